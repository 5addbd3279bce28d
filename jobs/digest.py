"""The moderators' daily digest: new holds, reports and organisations waiting for review.

``moderation_digest_send()`` is run once a day (``manage.py send_moderation_digest``, or the
``send_moderation_digest`` task for the db_worker). It lists what is new since the last digest
that went out (``ModerationDigest.sent_at``; the first one looks back one day), emails each
member of the Moderators group, and records itself; with nothing new it sends nothing and
records nothing, so the next run still looks back to the last digest sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.mail import mail_send_templated
from accounts.models import MODERATORS
from employers.models import Organisation

from .models import Job, JobReport, ModerationDigest

FIRST_LOOK_BACK = timedelta(days=1)


@dataclass
class DigestContents:
    since: datetime
    held_jobs: list = field(default_factory=list)
    reports: list = field(default_factory=list)
    organisations: list = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.held_jobs or self.reports or self.organisations)


def moderation_digest_contents(*, since: datetime) -> DigestContents:
    """What moderators have not been told about yet (a read: no side effects)."""
    pending = Job.objects.pending().filter(updated_at__gt=since).select_related("organisation")
    return DigestContents(
        since=since,
        # Filtered in Python: JSON equality differs between SQLite and PostgreSQL.
        held_jobs=[job for job in pending.order_by("updated_at") if job.hold_reasons],
        reports=list(
            JobReport.objects.filter(created__gt=since, status=JobReport.Status.OPEN)
            .select_related("job", "job__organisation")
            .order_by("created")
        ),
        organisations=list(
            Organisation.objects.filter(
                Q(verification=Organisation.Verification.PENDING, updated_at__gt=since)
                | Q(proposed_at__gt=since)
            ).order_by("updated_at")
        ),
    )


def moderation_digest_send(*, now: datetime | None = None) -> ModerationDigest | None:
    """Email the digest to every moderator if anything is new; returns the record, or None."""
    now = now or timezone.now()
    with transaction.atomic():
        # Locking the last digest makes two runs at once send one digest, not two.
        last = ModerationDigest.objects.select_for_update().order_by("-sent_at").first()
        since = last.sent_at if last else now - FIRST_LOOK_BACK
        contents = moderation_digest_contents(since=since)
        if contents.is_empty:
            return None
        moderators = list(
            get_user_model()
            .objects.filter(groups__name=MODERATORS, is_active=True)
            .exclude(email="")
            .distinct()
        )
        # Links are made in the templates, inside each moderator's language.
        context = {"contents": contents}
        for moderator in moderators:
            mail_send_templated(
                template_prefix="jobs/email/moderation_digest",
                context={**context, "moderator": moderator},
                to=[moderator.email],
                language=moderator.language,
            )
        return ModerationDigest.objects.create(
            sent_at=now,
            held_jobs=len(contents.held_jobs),
            reports=len(contents.reports),
            organisations=len(contents.organisations),
            recipients=len(moderators),
        )
