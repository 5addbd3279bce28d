from django.core.management.base import BaseCommand, CommandError

from search import engine, indexing, job_text


class Command(BaseCommand):
    help = "Rebuild the job index: new index, bulk load, atomic alias swap, catch-up, cleanup."

    def handle(self, *args, **options):
        rows = job_text.rebuild()
        self.stdout.write(f"Database search text rebuilt for {rows:,} jobs.")
        if not engine.is_configured():
            self.stdout.write("ELASTICSEARCH_URL is not set: search is served from the database.")
            return

        def progress(done, total):
            self.stdout.write(f"  {done:,}/{total:,} jobs")

        self.stdout.write(f"Rebuilding {indexing.alias_name()} …")
        report = indexing.rebuild(progress=progress)
        load = report.load
        self.stdout.write(
            f"Indexed {load.indexed:,} jobs into {report.index} in {load.seconds:.1f}s "
            f"({load.rate:,.0f}/s); caught up {report.caught_up}; "
            f"removed {', '.join(report.deleted) or 'no old index'}; total {report.seconds:.1f}s."
        )
        if load.errors:
            for error in load.errors[:20]:
                self.stderr.write(f"  error: {error}")
            raise CommandError(f"{len(load.errors)} job(s) failed to index (listed above).")
        self.stdout.write(self.style.SUCCESS("Search index ready."))
