"""How a saved job stands now: closing soon, filled, closed, taken off the site, or open.

One rule, written once as a database expression (``SavedJobQuerySet.with_mark``): Saved jobs
shows it as a mark on each card, and the notices task (``applications.saved_notices``) emails
the marks in ``SavedJobMark.NOTIFIED``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from employers.models import Organisation
from jobs.models import Job

# A saved job closes "soon" when it expires within this long.
CLOSING_SOON = timedelta(days=3)


class SavedJobMark(models.TextChoices):
    OPEN = "", _("Open")
    CLOSING = "closing", _("Closing soon")
    FILLED = "filled", _("Filled")
    CLOSED = "closed", _("No longer taking applications")
    REMOVED = "removed", _("Taken off the site")

    @classmethod
    def notice_choices(cls) -> list[tuple[str, str]]:
        return [(mark.value, mark.label) for mark in NOTIFIED]


# The marks the person is told about by email, once each (an expiry follows a "closing soon").
NOTIFIED = (SavedJobMark.CLOSING, SavedJobMark.FILLED, SavedJobMark.REMOVED)


def mark_conditions(now: datetime) -> list[tuple[SavedJobMark, Q]]:
    """Each mark and its condition on a saved job's ``job``, first match wins."""
    removed = (
        Q(job__status=Job.Status.TAKEN_DOWN)
        | Q(job__hidden_by_reports=True)
        | Q(job__organisation__verification=Organisation.Verification.REJECTED)
    )
    published = Q(job__status=Job.Status.PUBLISHED)
    closed = Q(job__status=Job.Status.EXPIRED) | (published & Q(job__expires_at__lte=now))
    closing = published & Q(job__expires_at__lte=now + CLOSING_SOON)
    return [
        (SavedJobMark.REMOVED, removed),
        (SavedJobMark.FILLED, Q(job__status=Job.Status.CLOSED)),
        (SavedJobMark.CLOSED, closed),
        (SavedJobMark.CLOSING, closing),
    ]


class SavedJobQuerySet(models.QuerySet):
    def with_mark(self, now: datetime | None = None):
        """Annotate ``mark`` (a ``SavedJobMark`` value; "" while the job is simply open)."""
        whens = [
            When(condition, then=Value(mark.value))
            for mark, condition in mark_conditions(now or timezone.now())
        ]
        return self.annotate(mark=Case(*whens, default=Value(""), output_field=models.CharField()))
