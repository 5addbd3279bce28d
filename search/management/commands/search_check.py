from django.core.management.base import BaseCommand, CommandError

from search import engine, indexing


class Command(BaseCommand):
    help = "Report jobs missing from, stale in or extra in the search index; --fix repairs them."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Index or delete what differs.")

    def handle(self, *args, fix, **options):
        if not engine.is_configured():
            raise CommandError("ELASTICSEARCH_URL is not set: search is served from the database.")
        if not indexing.alias_exists():
            raise CommandError(f"No index {indexing.alias_name()}: run `manage.py search_reindex`.")
        report = indexing.check()
        for label, ids in (
            ("missing", report.missing),
            ("stale", report.stale),
            ("extra", report.extra),
        ):
            shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
            self.stdout.write(f"{label}: {len(ids)}{f' ({shown})' if ids else ''}")
        if report.ok:
            self.stdout.write(self.style.SUCCESS("Index matches the database."))
            return
        if not fix:
            raise CommandError("Index differs from the database: run with --fix.")
        indexing.fix(report)
        after = indexing.check()
        if not after.ok:
            raise CommandError("Some differences remain after --fix; see the log.")
        self.stdout.write(self.style.SUCCESS("Fixed: index matches the database."))
