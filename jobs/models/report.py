from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# This many open reports hide a job until a moderator decides.
REPORTS_TO_HIDE = 3


class JobReport(models.Model):
    """A signed-in person's report that a job is a scam, misleading or otherwise wrong."""

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
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="job_reports"
    )
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
            )
        ]
        verbose_name = _("job report")
        verbose_name_plural = _("job reports")

    def __str__(self):
        return f"{self.get_reason_display()} · {self.job_id}"
