"""Saved searches that email new jobs (job alerts) and the record of what each one sent.

An alert stores the public search parameters (``search/filters.py`` validates them, the same
as on the search page) as a canonical ``{name: [values]}`` dict and its ``params_key`` (a hash
of that dict), so identical searches are grouped and a second sign-up for the same address and
search finds the first. What an alert sent is one ``AlertDelivery`` per email and one
``AlertDeliveryJob`` per job in it, unique per (alert, job): a job is never sent twice by the
same alert, whatever crashes and re-runs happen (see ``alerts/sending.py``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Alert(models.Model):
    class Frequency(models.TextChoices):
        INSTANT = "instant", _("Instantly (within minutes)")
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    class PausedReason(models.TextChoices):
        NONE = "", _("Not paused")
        OWNER = "owner", _("Paused by you")
        INVALID = "invalid", _("The search is no longer valid")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="job_alerts",
    )
    # Guests only (signed-in users' alerts go to their account's address).
    email = models.EmailField(_("email"), blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    params = models.JSONField(default=dict)
    params_key = models.CharField(max_length=64)
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency, default=Frequency.DAILY
    )
    paused = models.BooleanField(_("paused"), default=False)
    paused_reason = models.CharField(max_length=10, choices=PausedReason, blank=True)
    language = models.CharField(max_length=10, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_run_at = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "params_key"],
                condition=Q(user__isnull=False),
                name="alerts_one_per_user_and_search",
            ),
            models.UniqueConstraint(
                fields=["email", "params_key"],
                condition=Q(user__isnull=True),
                name="alerts_one_per_guest_and_search",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(email=""), name="alerts_has_recipient"
            ),
        ]
        indexes = [models.Index(fields=["frequency", "paused", "params_key"])]

    def __str__(self) -> str:
        return self.name or self.params_key[:8]

    @property
    def recipient(self) -> str:
        return self.user.email if self.user_id else self.email

    @property
    def mail_language(self) -> str | None:
        """The language its emails are in: the owner's own, or for a guest the one the
        sign-up page was in."""
        owner_language = self.user.language if self.user_id else ""
        return owner_language or self.language or None

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def only_eligible(self) -> bool:
        """'Only jobs I can take': the owner's credentials, read on the day of sending."""
        return self.params.get("eligible") == ["1"]


class AlertDelivery(models.Model):
    """One email an alert sent."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField()

    class Meta:
        ordering = ["-sent_at"]
        get_latest_by = "sent_at"

    def __str__(self) -> str:
        return f"{self.alert_id} at {self.sent_at:%Y-%m-%d %H:%M}"


class AlertDeliveryJob(models.Model):
    """A job an alert sent: once per alert, ever (the database guarantees it)."""

    delivery = models.ForeignKey(AlertDelivery, on_delete=models.CASCADE, related_name="jobs")
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="+")
    job = models.ForeignKey("jobs.Job", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "job"], name="alerts_job_sent_once")
        ]

    def __str__(self) -> str:
        return f"{self.alert_id}: {self.job_id}"


class UnsubscribeReason(models.Model):
    """Why someone left (the optional question on the goodbye page); nothing about who."""

    class Reason(models.TextChoices):
        TOO_MANY = "too-many", _("Too many emails")
        NOT_RELEVANT = "not-relevant", _("The jobs were not relevant")
        FOUND_JOB = "found-job", _("I found a job")
        OTHER = "other", _("Another reason")

    reason = models.CharField(max_length=20, choices=Reason)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.reason
