"""Signed tokens in alert emails (``django.core.signing``): nothing is stored to check them.

- confirmation (guests' double opt-in): expires after ``CONFIRM_MAX_AGE``;
- unsubscribe: never expires (an old email's link must still work), one per alert.
A forged or altered token raises ``BadToken``; so does an expired confirmation.
"""

from __future__ import annotations

from datetime import timedelta

from django.core import signing

CONFIRM_MAX_AGE = timedelta(days=3)
_CONFIRM = signing.TimestampSigner(salt="alerts.confirm")
_UNSUBSCRIBE = signing.Signer(salt="alerts.unsubscribe")


class BadToken(Exception):
    pass


def confirm_token(alert) -> str:
    return _CONFIRM.sign(f"{alert.pk}:{alert.params_key[:16]}")


def confirm_alert_id(token: str) -> tuple[int, str]:
    try:
        value = _CONFIRM.unsign(token, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise BadToken("expired") from exc
    except signing.BadSignature as exc:
        raise BadToken("forged") from exc
    return _split(value)


def unsubscribe_token(alert) -> str:
    return _UNSUBSCRIBE.sign(f"{alert.pk}:{alert.params_key[:16]}")


def unsubscribe_alert_id(token: str) -> tuple[int, str]:
    try:
        return _split(_UNSUBSCRIBE.unsign(token))
    except signing.BadSignature as exc:
        raise BadToken("forged") from exc


def _split(value: str) -> tuple[int, str]:
    pk, _sep, key = value.partition(":")
    if not pk.isdigit():
        raise BadToken("forged")
    return int(pk), key
