"""Making alerts as the sign-up would, without the pages."""

from django.utils import timezone

from alerts.models import Alert
from alerts.params import canonical, params_key


def make_alert(*, params, user=None, email="", frequency="daily", confirmed=True, **extra):
    params = canonical(params)
    return Alert.objects.create(
        user=user,
        email=email if user is None else "",
        params=params,
        params_key=params_key(params),
        frequency=frequency,
        confirmed_at=timezone.now() if confirmed else None,
        **extra,
    )
