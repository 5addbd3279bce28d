"""Job alerts in the data export and account deletion (accounts.personal_data).

A person's alerts are those of their account and the guest alerts sent to its address."""

from django.db.models import Q

from accounts.personal_data import Part

from .models import Alert


def _alerts(user):
    return Alert.objects.filter(Q(user=user) | Q(user__isnull=True, email__iexact=user.email))


def export_alerts(user, files):
    alerts = _alerts(user).prefetch_related("deliveries__jobs__job")
    return [
        {
            "name": alert.name,
            "search": alert.params,
            "frequency": alert.frequency,
            "paused": alert.paused,
            "email": alert.email,
            "created_at": alert.created_at.isoformat(),
            "confirmed_at": alert.confirmed_at.isoformat() if alert.confirmed_at else None,
            "sent": [
                {
                    "at": delivery.sent_at.isoformat(),
                    "jobs": [
                        {"id": row.job_id, "title": row.job.title} for row in delivery.jobs.all()
                    ],
                }
                for delivery in alert.deliveries.all()
            ],
        }
        for alert in alerts
    ]


def erase_alerts(user):
    _alerts(user).delete()


PARTS = [Part(name="job_alerts", export=export_alerts, erase=erase_alerts)]
