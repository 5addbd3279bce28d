"""Email credential expiry reminders (60 and 7 days before). Schedule it daily, e.g. cron:

    15 7 * * *  python manage.py send_credential_reminders

Safe to run more than once a day: each reminder is sent once per credential and threshold.
"""

from datetime import date

from django.core.management.base import BaseCommand

from candidates.services import credential_reminders_send


class Command(BaseCommand):
    help = "Email credential expiry reminders (60 and 7 days before). Run daily."

    def add_arguments(self, parser):
        parser.add_argument("--today", type=date.fromisoformat, help="Pretend today is YYYY-MM-DD.")

    def handle(self, *args, today=None, **options):
        sent = credential_reminders_send(today=today)
        self.stdout.write(self.style.SUCCESS(f"Sent {sent} credential reminder(s)."))
