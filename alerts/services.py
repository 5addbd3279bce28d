"""Signing up for, confirming, changing and leaving alerts (the rules; views only call these)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from accounts.mail import absolute_url, mail_send_templated

from . import tokens
from .models import Alert, UnsubscribeReason
from .params import params_errors, params_key, querystring


@dataclass(frozen=True)
class Subscribed:
    alert: Alert
    created: bool
    # Guests: a confirmation email went out (a new or still unconfirmed alert).
    confirmation_sent: bool = False


def alert_subscribe(
    *, params: dict, frequency: str, name: str = "", user=None, email: str = ""
) -> Subscribed:
    """Save an alert for a signed-in user, or a guest's unconfirmed one (and email the link).

    ``params`` are already canonical and valid (``alerts.forms``). The same person and search
    never make a second alert: the first one is returned (a guest's unconfirmed one gets a
    fresh confirmation link)."""
    key = params_key(params)
    owner = {"user": user} if user is not None else {"user": None, "email": email.lower()}
    defaults = {
        "params": params,
        "frequency": frequency,
        "name": name,
        "language": translation.get_language() or "",
        "confirmed_at": timezone.now() if user is not None else None,
    }
    try:
        with transaction.atomic():
            alert, created = Alert.objects.get_or_create(**owner, params_key=key, defaults=defaults)
    except IntegrityError:  # A concurrent identical sign-up won the race.
        alert, created = Alert.objects.get(**owner, params_key=key), False
    if user is None and not alert.is_confirmed:
        _send_confirmation(alert)
        return Subscribed(alert, created, confirmation_sent=True)
    return Subscribed(alert, created)


def _send_confirmation(alert: Alert) -> None:
    url = absolute_url(reverse("alerts:confirm", args=[tokens.confirm_token(alert)]))
    mail_send_templated(
        template_prefix="alerts/email/confirm",
        context={"alert": alert, "confirm_url": url, "days": tokens.CONFIRM_MAX_AGE.days},
        to=[alert.email],
        language=alert.mail_language,
    )


def alert_from_token(pk: int, key_prefix: str) -> Alert | None:
    alert = Alert.objects.select_related("user").filter(pk=pk).first()
    if alert is None or not alert.params_key.startswith(key_prefix):
        return None
    return alert


def alert_confirm(alert: Alert) -> None:
    if alert.confirmed_at is None:
        alert.confirmed_at = timezone.now()
        alert.save(update_fields=["confirmed_at"])


def alert_pause(alert: Alert, paused: bool) -> None:
    alert.paused = paused
    alert.paused_reason = Alert.PausedReason.OWNER if paused else Alert.PausedReason.NONE
    alert.save(update_fields=["paused", "paused_reason"])


def alert_unsubscribe(alert: Alert) -> None:
    """Leave: the alert and the record of what it sent go (nothing more is kept)."""
    alert.delete()


def reason_record(reason: str) -> None:
    UnsubscribeReason.objects.create(reason=reason)


def alert_pause_invalid(alert: Alert, errors: dict[str, list[str]]) -> None:
    """The saved search no longer validates: pause it and tell the owner (once)."""
    with transaction.atomic():
        updated = Alert.objects.filter(pk=alert.pk, paused=False).update(
            paused=True, paused_reason=Alert.PausedReason.INVALID
        )
        if not updated:
            return
        alert.paused, alert.paused_reason = True, Alert.PausedReason.INVALID
        # The search's messages were made in the sender's language: remake them in the reader's.
        with translation.override(alert.mail_language or settings.LANGUAGE_CODE):
            errors = params_errors(alert.params, user=alert.user) or errors
        mail_send_templated(
            template_prefix="alerts/email/paused",
            context={
                "alert": alert,
                "errors": errors,
                "manage_url": manage_url(alert),
                "search_url": search_url(alert),
            },
            to=[alert.recipient],
            language=alert.mail_language,
        )


def manage_url(alert: Alert) -> str:
    if alert.user_id:
        return absolute_url(reverse("alerts:list"))
    return absolute_url(reverse("alerts:unsubscribe", args=[tokens.unsubscribe_token(alert)]))


def unsubscribe_url(alert: Alert) -> str:
    return absolute_url(reverse("alerts:unsubscribe", args=[tokens.unsubscribe_token(alert)]))


def search_url(alert: Alert) -> str:
    query = f"{querystring(alert.params)}&sort=newest".lstrip("&")
    return absolute_url(f"{reverse('search:jobs')}?{query}")
