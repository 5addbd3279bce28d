"""Tell people about saved jobs closing soon, filled or taken off the site (one pass)."""

from django.core.management.base import BaseCommand

from applications.saved_notices import saved_job_notices_send


class Command(BaseCommand):
    help = (
        "Email each person once about saved jobs that are closing soon, filled or taken off "
        "the site (schedule it a few times a day; a re-run tells nobody twice)."
    )

    def handle(self, *args, **options):
        sent = saved_job_notices_send()
        self.stdout.write(self.style.SUCCESS(f"{sent} saved-job email(s) queued."))
