from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ModerationDecision(models.Model):
    """One moderator's decision on a job: who, when, what and why (the job's history)."""

    class Decision(models.TextChoices):
        APPROVE = "approve", _("Approved")
        TAKE_DOWN = "take_down", _("Taken down")
        REINSTATE = "reinstate", _("Reinstated")
        DISMISS_REPORTS = "dismiss_reports", _("Reports dismissed")
        UPHOLD_REPORTS = "uphold_reports", _("Reports upheld, taken down")

    job = models.ForeignKey("jobs.Job", on_delete=models.CASCADE, related_name="decisions")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)
    decision = models.CharField(_("decision"), max_length=20, choices=Decision)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        verbose_name = _("moderation decision")
        verbose_name_plural = _("moderation decisions")

    def __str__(self):
        return f"{self.get_decision_display()} · {self.job_id}"
