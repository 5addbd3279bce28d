"""Tell people, once, that a job they saved is closing soon, was filled or was taken off the site.

``saved_job_notices_send()`` is one pass (the ``send_saved_job_notices`` task and management
command run it): every saved job whose mark (``applications.saved_marks``) is one of
``NOTIFIED`` and has no ``SavedJobNotice`` of that kind yet is gathered per person; each
person gets one email listing them, and the notices are recorded in the same transaction as
the mail is queued (``accounts.mail`` sends after commit). A re-run finds the notices and
sends nothing again; two runs at once serialise on the person's saved-job rows.

Skipped: people who turned the notices off on their profile (``saved_job_notices``), inactive
accounts, and "closing soon" for a job the person already applied to.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from itertools import groupby

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from accounts.mail import mail_send_templated

from .models import Application, SavedJob, SavedJobNotice
from .saved_marks import NOTIFIED, SavedJobMark
from .services import user_language


def saved_jobs_due(now: datetime):
    """Saved jobs with a mark the person has not been told about yet, grouped by person."""
    told = SavedJobNotice.objects.filter(saved_job=OuterRef("pk"), kind=OuterRef("mark"))
    applied = Application.objects.filter(job=OuterRef("job_id"), candidate=OuterRef("user_id"))
    return (
        SavedJob.objects.with_mark(now)
        .annotate(applied=Exists(applied))
        .filter(mark__in=[mark.value for mark in NOTIFIED], user__is_active=True)
        .exclude(user__candidate_profile__saved_job_notices=False)
        .exclude(Exists(told))
        .exclude(mark=SavedJobMark.CLOSING, applied=True)
        .order_by("user_id", "pk")
    )


def saved_job_notices_send(*, now: datetime | None = None) -> int:
    """One pass; returns how many emails were queued."""
    now = now or timezone.now()
    due = saved_jobs_due(now).values_list("user_id", "pk", "mark")
    sent = 0
    for user_id, rows in groupby(list(due), key=lambda row: row[0]):
        marks = {pk: mark for _user, pk, mark in rows}
        sent += _notify(user_id, marks, now)
    return sent


def _notify(user_id: int, marks: dict[int, str], now: datetime) -> int:
    with transaction.atomic():
        # Lock the person's saved jobs, then look again: a concurrent run may have told them.
        list(SavedJob.objects.select_for_update().filter(user_id=user_id).values_list("pk"))
        fresh = saved_jobs_due(now).filter(user_id=user_id, pk__in=marks)
        saved_jobs = list(fresh.select_related("user", "job__organisation"))
        if not saved_jobs:
            return 0
        SavedJobNotice.objects.bulk_create(
            SavedJobNotice(saved_job=saved, kind=saved.mark) for saved in saved_jobs
        )
        user = saved_jobs[0].user
        by_mark = defaultdict(list)
        for saved in saved_jobs:
            by_mark[saved.mark].append(saved.job)
        mail_send_templated(
            template_prefix="applications/email/saved_jobs_changed",
            context={
                "user": user,
                "removed": by_mark[SavedJobMark.REMOVED],
                "filled": by_mark[SavedJobMark.FILLED],
                "closing": by_mark[SavedJobMark.CLOSING],
            },
            to=[user.email],
            language=user_language(user),
        )
    return 1
