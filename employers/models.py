from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from candidates.credentials import US_STATES


class Organisation(models.Model):
    """A pharmacy, health system or LTC provider that posts jobs."""

    class Verification(models.TextChoices):
        UNVERIFIED = "unverified", _("Unverified")
        PENDING = "pending", _("Pending review")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    website = models.URLField(_("website"), blank=True)
    about = models.TextField(_("about"), blank=True, help_text=_("Sanitised HTML."))
    practice_settings = models.JSONField(_("practice settings"), default=list, blank=True)
    hq_state = models.CharField(_("headquarters state"), max_length=2, choices=US_STATES)
    npi = models.CharField(_("NPI"), max_length=10, blank=True)
    ncpdp = models.CharField(_("NCPDP number"), max_length=7, blank=True)
    verification = models.CharField(
        _("verification"), max_length=20, choices=Verification, default=Verification.UNVERIFIED
    )
    rejection_reason = models.TextField(_("rejection reason"), blank=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    flagged_free_mail = models.BooleanField(_("signed up from a free-mail domain"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("employers:organisation", kwargs={"slug": self.slug})

    @property
    def is_verified(self) -> bool:
        return self.verification == self.Verification.VERIFIED


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        RECRUITER = "recruiter", _("Recruiter")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role, default=Role.RECRUITER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="unique_membership")
        ]

    def __str__(self):
        return f"{self.user} · {self.organisation} ({self.get_role_display()})"
