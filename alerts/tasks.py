"""Background work for alerts (django-tasks): one pass of the alert run."""

from __future__ import annotations

from django_tasks import task


@task()
def send_alerts_task(*, frequency: str | None = None) -> dict:
    from .sending import alerts_send

    stats = alerts_send(frequency=frequency)
    return {"alerts": stats.alerts, "searches": stats.searches, "emails": stats.emails}
