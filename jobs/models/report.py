from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

# This many open reports from distinct reporters hide a job until a moderator decides.
REPORTS_TO_HIDE = 3


class JobReport(models.Model):
    """Someone's report that a job is a scam, misleading or otherwise wrong.

    Anyone may report: a signed-in person is the ``reporter``; an anonymous one is known only
    by a keyed hash of their IP address (``reporter_ip_hash``), enough to count distinct
    reporters and to refuse a second open report, never to show or look up an address.
    """

    class Reason(models.TextChoices):
        SCAM = "scam", _("Scam or fraud (asks for money or personal details)")
        MISLEADING = "misleading", _("Misleading pay, location or requirements")
        DISCRIMINATORY = "discriminatory", _("Discriminatory or offensive")
        FILLED = "filled", _("No longer available")
        SPAM = "spam", _("Spam or duplicate")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DISMISSED = "dismissed", _("Dismissed")
        UPHELD = "upheld", _("Upheld")

    job = models.ForeignKey("jobs.Job", on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="job_reports",
    )
    reporter_ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason)
    text = models.TextField(_("what is wrong"), max_length=2000, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.OPEN)
    created = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["job", "reporter"],
                condition=Q(status="open"),
                name="one_open_report_per_user_and_job",
            ),
            models.UniqueConstraint(
                fields=["job", "reporter_ip_hash"],
                condition=Q(status="open", reporter__isnull=True),
                name="one_open_anonymous_report_per_ip_and_job",
            ),
            models.CheckConstraint(
                condition=Q(reporter__isnull=False) | ~Q(reporter_ip_hash=""),
                name="job_report_has_a_reporter",
            ),
        ]
        verbose_name = _("job report")
        verbose_name_plural = _("job reports")

    def __str__(self):
        return f"{self.get_reason_display()} · {self.job_id}"

    @property
    def reporter_key(self) -> str:
        """Who reported, for counting distinct reporters: the account, else the network."""
        return f"user:{self.reporter_id}" if self.reporter_id else f"ip:{self.reporter_ip_hash}"


def report_ip_hash(ip_address: str) -> str:
    """A keyed hash of a reporter's IP address: comparable, not reversible without the key."""
    return salted_hmac("jobs.JobReport.ip", ip_address, algorithm="sha256").hexdigest()


def distinct_reporters(reports) -> int:
    """How many people filed ``reports``: two reports are one person's when they share the
    account or the network (so signing out, or a second account, does not add a reporter)."""
    owner: dict[str, str] = {}

    def root(key: str) -> str:
        while owner.setdefault(key, key) != key:
            key = owner[key]
        return key

    for report in reports:
        keys = [report.reporter_key]
        if report.reporter_ip_hash:
            keys.append(f"ip:{report.reporter_ip_hash}")
        first = root(keys[0])
        for key in keys[1:]:
            owner[root(key)] = first
    return len({root(key) for key in owner})
