"""One pass of the alert run: search once per distinct search, email each alert what is new.

Exactly once: an alert's email, the ``AlertDelivery`` and its ``AlertDeliveryJob`` rows are
written in one transaction, and the email is queued only when it commits
(``accounts.mail``). The unique (alert, job) constraint is the last word: a job an alert has
sent is never in its email again, so a run killed half-way and run again sends nothing twice,
and the alerts it had not reached are still due and get their email.

New: published after the alert's previous email (less ``INDEX_LAG``, for a job the index
learnt of late; the (alert, job) rows keep those from coming twice), or after the alert was
made when it has sent nothing yet, and matching the search today (for "only jobs I can take",
the owner's credentials as they stand today).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from itertools import groupby

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from accounts.mail import mail_send_templated
from search.service import job_search

from . import services
from .models import Alert, AlertDelivery, AlertDeliveryJob

logger = logging.getLogger(__name__)

MAX_JOBS = 10  # listed in one email; the link to the full search shows the rest
SEARCH_DEPTH = 50  # newest matches read per distinct search
INDEX_LAG = timedelta(minutes=15)
CHUNK = 1000  # alerts whose delivered jobs are read in one query
# A scheduled alert is due again this long after its last run (runs may start a little early).
DUE_AFTER = {
    Alert.Frequency.INSTANT: timedelta(0),
    Alert.Frequency.DAILY: timedelta(hours=20),
    Alert.Frequency.WEEKLY: timedelta(days=6, hours=20),
}


@dataclass
class RunStats:
    alerts: int = 0
    searches: int = 0
    emails: int = 0
    paused: int = 0


def alerts_due(*, frequency: str | None = None, now=None):
    now = now or timezone.now()
    if frequency is not None and frequency not in DUE_AFTER:
        raise ValueError(f"Not an alert frequency: {frequency!r}")
    due = Q()
    for freq, after in DUE_AFTER.items():
        if frequency and freq != frequency:
            continue
        due |= Q(frequency=freq) & (Q(last_run_at__isnull=True) | Q(last_run_at__lte=now - after))
    return Alert.objects.filter(due, paused=False, confirmed_at__isnull=False)


def _search_key(alert: Alert):
    # Identical searches share one query, except "only jobs I can take": its owner's own.
    return (alert.params_key, alert.user_id if alert.only_eligible else None)


def alerts_send(*, frequency: str | None = None, now=None) -> RunStats:
    """Send every due alert once. Returns what the pass did."""
    now = now or timezone.now()
    stats = RunStats()
    alerts = (
        alerts_due(frequency=frequency, now=now)
        .select_related("user")
        .order_by("params_key", "user_id", "pk")
        .iterator(chunk_size=2000)
    )
    for (_key, _user), group in groupby(alerts, key=_search_key):
        group = list(group)
        stats.alerts += len(group)
        stats.searches += 1
        first = group[0]
        try:
            result = job_search(
                {**first.params, "sort": ["newest"]},
                user=first.user if first.only_eligible else None,
                per_page=SEARCH_DEPTH,
                facets=False,
                relaxations=False,
            )
        except Exception:
            logger.exception("Alert search %s failed; its alerts wait for the next run", _key)
            continue
        if not result.is_valid:
            for alert in group:
                services.alert_pause_invalid(alert, result.errors)
                stats.paused += 1
            continue
        for start in range(0, len(group), CHUNK):
            stats.emails += _send_chunk(group[start : start + CHUNK], result.jobs, now)
    return stats


def _send_chunk(alerts: list[Alert], jobs: list, now) -> int:
    sent_pairs = set(
        AlertDeliveryJob.objects.filter(
            alert__in=[a.pk for a in alerts], job__in=[j.pk for j in jobs]
        ).values_list("alert_id", "job_id")
    )
    quiet, emails = [], 0
    for alert in alerts:
        since = (alert.last_sent_at - INDEX_LAG) if alert.last_sent_at else alert.created_at
        new = [
            job
            for job in jobs
            if job.published_at
            and job.published_at > since
            and (alert.pk, job.pk) not in sent_pairs
        ]
        if new and alert_deliver(alert, new, now):
            emails += 1
        else:
            quiet.append(alert.pk)
    if quiet:
        Alert.objects.filter(pk__in=quiet).update(last_run_at=now)
    return emails


def alert_deliver(alert: Alert, new: list, now) -> bool:
    """Record and email one alert's new jobs, in one transaction; False if another run won."""
    listed = new[:MAX_JOBS]
    try:
        with transaction.atomic():
            delivery = AlertDelivery.objects.create(alert=alert, sent_at=now)
            AlertDeliveryJob.objects.bulk_create(
                AlertDeliveryJob(delivery=delivery, alert=alert, job=job) for job in listed
            )
            Alert.objects.filter(pk=alert.pk).update(last_sent_at=now, last_run_at=now)
            _mail(alert, listed, more=len(new) > len(listed))
    except IntegrityError:
        logger.info("Alert %s: another run sent these jobs first", alert.pk)
        return False
    return True


def _mail(alert: Alert, jobs: list, *, more: bool) -> None:
    unsubscribe = services.unsubscribe_url(alert)
    mail_send_templated(
        template_prefix="alerts/email/new_jobs",
        context={
            "alert": alert,
            "jobs": jobs,
            "more": more,
            "search_url": services.search_url(alert),
            "manage_url": services.manage_url(alert),
            "unsubscribe_url": unsubscribe,
        },
        to=[alert.recipient],
        language=alert.mail_language,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
