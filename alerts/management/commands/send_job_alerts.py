"""``manage.py send_job_alerts [--frequency daily]``: one pass of the alert run (cron calls it)."""

from django.core.management.base import BaseCommand

from alerts.models import Alert
from alerts.sending import alerts_send


class Command(BaseCommand):
    help = "Email every due job alert the jobs that are new since its previous email."

    def add_arguments(self, parser):
        parser.add_argument("--frequency", choices=Alert.Frequency.values)

    def handle(self, *args, frequency=None, **options):
        stats = alerts_send(frequency=frequency)
        self.stdout.write(
            f"{stats.alerts} alerts, {stats.searches} searches, {stats.emails} emails, "
            f"{stats.paused} paused"
        )
