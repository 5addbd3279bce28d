"""Candidate profiles, their work history, the credentials they hold and their résumés."""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pharmacy import credentials as vocab
from pharmacy.eligibility import EXPIRING_SOON_DAYS, CredentialStatus, Held
from pharmacy.state_law import state_law
from pharmacy.states import state_choices
from pharmacy.vocabulary import Education, Setting

__all__ = [
    "CandidateCredential",
    "CandidateProfile",
    "CredentialReminder",
    "Resume",
    "WorkHistory",
]


class CandidateProfile(models.Model):
    """What a job seeker tells employers about themselves."""

    class Visibility(models.TextChoices):
        PRIVATE = "private", _("Private: only employers I apply to")
        VERIFIED_EMPLOYERS = "verified-employers", _("Visible to verified employers")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="candidate_profile"
    )
    headline = models.CharField(
        _("headline"), max_length=150, blank=True, help_text=_("e.g. “CPhT, 3 years retail”")
    )
    summary = models.TextField(_("summary"), blank=True, max_length=3000)
    city = models.CharField(_("city"), max_length=100, blank=True)
    state = models.CharField(_("state"), max_length=2, choices=state_choices, blank=True)
    zip_code = models.CharField(_("ZIP code"), max_length=5, blank=True)
    work_states = models.JSONField(_("states I would work in"), default=list, blank=True)
    willing_to_relocate = models.BooleanField(_("willing to relocate"), default=False)
    desired_settings = models.JSONField(_("practice settings"), default=list, blank=True)
    desired_employment_types = models.JSONField(_("employment types"), default=list, blank=True)
    desired_shifts = models.JSONField(_("shifts"), default=list, blank=True)
    min_hourly_pay = models.DecimalField(
        _("minimum hourly pay"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    years_experience = models.PositiveSmallIntegerField(
        _("years of experience"), null=True, blank=True
    )
    education = models.CharField(_("education"), max_length=20, choices=Education, blank=True)
    duties = models.JSONField(_("duties I can do"), default=list, blank=True)
    available_from = models.DateField(_("available from"), null=True, blank=True)
    visibility = models.CharField(
        _("who can see my profile"),
        max_length=20,
        choices=Visibility,
        default=Visibility.PRIVATE,
    )
    # Read by applications' saved-job notices (closing soon, filled, taken off the site).
    saved_job_notices = models.BooleanField(
        _("email me when a job I saved is closing soon, filled or taken off the site"),
        default=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("candidate profile")
        verbose_name_plural = _("candidate profiles")

    def __str__(self):
        return self.headline or str(self.user)

    def get_absolute_url(self):
        return reverse("candidates:dashboard")

    @property
    def is_visible_to_verified_employers(self) -> bool:
        return self.visibility == self.Visibility.VERIFIED_EMPLOYERS

    @property
    def is_started(self) -> bool:
        """Whether the person has filled in anything yet (else sign-in lands on the start)."""
        return bool(self.headline or self.city or self.state) or self.credentials.exists()

    def held_credentials(self) -> list[Held]:
        """Every credential on the profile, in the eligibility rule's terms."""
        credentials = list(self.credentials.all())
        states = {c.state for c in credentials if c.kind == CandidateCredential.Kind.STATE}
        laws = {state: state_law(state) for state in states}
        return [credential.as_held(law=laws.get(credential.state)) for credential in credentials]

    def completeness(self) -> tuple[int, list[str]]:
        """(percent, the missing parts) for the dashboard's progress line."""
        parts = {
            str(_("a headline")): bool(self.headline),
            str(_("your location")): bool(self.city and self.state),
            str(_("states you would work in")): bool(self.work_states),
            str(_("practice settings")): bool(self.desired_settings),
            str(_("a credential")): self.credentials.exists(),
            str(_("work history")): self.work_history.exists(),
            str(_("a résumé")): self.resumes.filter(archived_at__isnull=True).exists(),
        }
        missing = [name for name, done in parts.items() if not done]
        return round(100 * (len(parts) - len(missing)) / len(parts)), missing

    def snapshot(self) -> dict:
        """The profile as it stands, for an application's record and the data export."""
        return {
            "name": self.user.get_full_name(),
            "email": self.user.email,
            "headline": self.headline,
            "summary": self.summary,
            "city": self.city,
            "state": self.state,
            "zip_code": self.zip_code,
            "work_states": list(self.work_states),
            "willing_to_relocate": self.willing_to_relocate,
            "desired_settings": list(self.desired_settings),
            "desired_employment_types": list(self.desired_employment_types),
            "desired_shifts": list(self.desired_shifts),
            "min_hourly_pay": str(self.min_hourly_pay) if self.min_hourly_pay else None,
            "years_experience": self.years_experience,
            "education": self.education,
            "duties": list(self.duties),
            "available_from": _iso(self.available_from),
            "visibility": self.visibility,
            "work_history": [entry.snapshot() for entry in self.work_history.all()],
        }


class WorkHistory(models.Model):
    profile = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="work_history"
    )
    employer = models.CharField(_("employer"), max_length=200)
    setting = models.CharField(_("practice setting"), max_length=40, choices=Setting, blank=True)
    title = models.CharField(_("job title"), max_length=200)
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("to"), null=True, blank=True, help_text=_("Empty if current."))
    description = models.TextField(_("what you did"), blank=True, max_length=3000)

    class Meta:
        ordering = ["-started_on", "-pk"]
        verbose_name = _("work history entry")
        verbose_name_plural = _("work history")

    def __str__(self):
        return f"{self.title}, {self.employer}"

    def clean(self):
        if self.ended_on and self.started_on and self.ended_on < self.started_on:
            raise ValidationError({"ended_on": _("The end date is before the start date.")})

    def snapshot(self) -> dict:
        return {
            "employer": self.employer,
            "setting": self.setting,
            "title": self.title,
            "started_on": _iso(self.started_on),
            "ended_on": _iso(self.ended_on),
            "description": self.description,
        }


class CandidateCredential(models.Model):
    """A national/specialty credential or a state credential the candidate holds.

    Whether it has expired is computed from ``expires_on`` and today's date, never stored.
    """

    class Kind(models.TextChoices):
        NATIONAL = "national", _("National or specialty credential")
        STATE = "state", _("State credential")

    class Verification(models.TextChoices):
        SELF_REPORTED = "self-reported", _("Self-reported")
        VERIFIED = "verified", _("Verified by staff")
        REJECTED = "rejected", _("Rejected")

    profile = models.ForeignKey(
        CandidateProfile, on_delete=models.CASCADE, related_name="credentials"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    credential_code = models.CharField(
        _("credential"), max_length=40, choices=vocab.credential_choices, blank=True
    )
    state = models.CharField(_("state"), max_length=2, choices=state_choices, blank=True)
    state_type = models.CharField(
        _("type"), max_length=30, choices=vocab.StateCredentialType, blank=True
    )
    state_title = models.CharField(
        _("the state's title for it"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “Registered Pharmacy Technician”"),
    )
    number = models.CharField(_("number"), max_length=60, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CredentialStatus,
        default=CredentialStatus.ACTIVE.value,
    )
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    verification = models.CharField(
        _("verification"), max_length=15, choices=Verification, default=Verification.SELF_REPORTED
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    evidence = models.TextField(_("evidence checked"), blank=True)
    rejection_reason = models.TextField(_("rejection reason"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "credential_code", "state", "pk"]
        verbose_name = _("credential held")
        verbose_name_plural = _("credentials held")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="national", state="", state_type="") & ~Q(credential_code=""))
                | (Q(kind="state", credential_code="") & ~Q(state="") & ~Q(state_type="")),
                name="candidate_credential_kind_fields",
            ),
            # One PTCB CPhT per person: a second entry would only hide which one is true.
            models.UniqueConstraint(
                fields=["profile", "credential_code"],
                condition=Q(kind="national"),
                name="one_national_credential_each",
                violation_error_message=_(
                    "You have already added this credential. Edit the one you have instead."
                ),
            ),
        ]

    def __str__(self):
        return self.label

    def clean(self):
        if self.issued_on and self.expires_on and self.expires_on < self.issued_on:
            raise ValidationError({"expires_on": _("The expiry date is before the issue date.")})

    @property
    def code(self) -> str:
        """The vocabulary code: ``ptcb-cpht`` or ``state-registration-TX``."""
        if self.kind == self.Kind.STATE:
            return vocab.state_credential_code(self.state_type, self.state)
        return self.credential_code

    @property
    def label(self) -> str:
        label = vocab.label_for(self.code)
        if self.kind == self.Kind.STATE and self.state_title:
            label = f"{label} ({self.state_title})"
        return label

    @property
    def is_expired(self) -> bool:
        return self.expires_on is not None and self.expires_on < timezone.localdate()

    @property
    def days_to_expiry(self) -> int | None:
        if self.expires_on is None:
            return None
        return (self.expires_on - timezone.localdate()).days

    @property
    def is_expiring_soon(self) -> bool:
        days = self.days_to_expiry
        return days is not None and 0 <= days <= EXPIRING_SOON_DAYS

    @property
    def status_label(self) -> str:
        """The status people see: "Expired" once the date has passed, whatever was entered."""
        if self.is_expired:
            return str(CredentialStatus.EXPIRED.label)
        return CredentialStatus(self.status).label

    def as_held(self, *, law=None) -> Held:
        """In the rule's terms. ``law``: the state's law, read when not given (state kind only).

        Decision: a credential staff rejected never counts, and says why; self-reported ones
        do. A state credential of a type its state does not issue counts for nothing.
        """
        issued = True
        if self.kind == self.Kind.STATE:
            issued = (law or state_law(self.state)).issues(self.state_type)
        return Held(
            code=self.code,
            status=CredentialStatus(self.status),
            expires_on=self.expires_on,
            rejected=self.verification == self.Verification.REJECTED,
            rejection_reason=self.rejection_reason,
            issued=issued,
        )

    def reset_verification(self) -> None:
        """An edited credential is self-reported again until staff re-check it."""
        self.verification = self.Verification.SELF_REPORTED
        self.verified_by = None
        self.verified_at = None
        self.rejection_reason = ""

    def verify(self, *, by, evidence: str) -> None:
        self.verification = self.Verification.VERIFIED
        self.verified_by, self.verified_at = by, timezone.now()
        self.evidence, self.rejection_reason = evidence, ""
        self.save()

    def reject(self, *, by, reason: str) -> None:
        if not reason.strip():
            raise ValueError("A rejection needs a reason the candidate can act on.")
        self.verification = self.Verification.REJECTED
        self.verified_by, self.verified_at = by, timezone.now()
        self.rejection_reason = reason
        self.save()

    def snapshot(self) -> dict:
        return {
            "code": self.code,
            "label": self.label,
            "number": self.number,
            "status": self.status,
            "issued_on": _iso(self.issued_on),
            "expires_on": _iso(self.expires_on),
            "verification": self.verification,
        }


class CredentialReminder(models.Model):
    """A reminder already sent: one per credential, threshold and expiry date (idempotence)."""

    credential = models.ForeignKey(
        CandidateCredential, on_delete=models.CASCADE, related_name="reminders"
    )
    days_before = models.PositiveSmallIntegerField()
    expires_on = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["credential", "days_before", "expires_on"], name="one_reminder_each"
            )
        ]

    def __str__(self):
        return f"{self.credential} — {self.days_before} days"


class Resume(models.Model):
    """An uploaded résumé. The file sits in the private storage under a random name."""

    profile = models.ForeignKey(CandidateProfile, on_delete=models.CASCADE, related_name="resumes")
    stored_name = models.CharField(max_length=100, unique=True, editable=False)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    text = models.TextField(blank=True, help_text=_("Extracted for talent search."))
    # Set when the candidate removes a résumé that applications still point to: the employer
    # keeps the file they were sent; the candidate no longer sees it.
    archived_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("résumé")
        verbose_name_plural = _("résumés")

    def __str__(self):
        return self.original_name

    def open(self):
        return storages["private"].open(self.stored_name, "rb")

    def delete_file(self) -> None:
        storages["private"].delete(self.stored_name)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
