"""Background work for candidates (django-tasks)."""

from django_tasks import task

from .services import credential_reminders_send


@task()
def send_credential_reminders() -> int:
    """Daily: email the 60- and 7-day credential expiry reminders."""
    return credential_reminders_send()
