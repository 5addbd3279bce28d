"""Expire published jobs past their expiry date. Run daily (cron / systemd timer)."""

from django.core.management.base import BaseCommand

from jobs.services import jobs_expire_due


class Command(BaseCommand):
    help = "Expire published jobs whose expiry has passed (schedule it daily)."

    def handle(self, *args, **options):
        expired = jobs_expire_due()
        self.stdout.write(self.style.SUCCESS(f"{expired} job(s) expired."))
