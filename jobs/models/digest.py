from django.db import models
from django.utils.translation import gettext_lazy as _


class ModerationDigest(models.Model):
    """One moderators' digest that went out: the next one lists what is new since ``sent_at``."""

    sent_at = models.DateTimeField(_("sent at"), db_index=True)
    held_jobs = models.PositiveIntegerField(default=0)
    reports = models.PositiveIntegerField(default=0)
    organisations = models.PositiveIntegerField(default=0)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-sent_at"]
        get_latest_by = "sent_at"
        verbose_name = _("moderation digest")
        verbose_name_plural = _("moderation digests")

    def __str__(self):
        return f"Moderation digest {self.sent_at:%Y-%m-%d %H:%M}"
