import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pharmacy.states import state_choices
from pharmacy.vocabulary import Setting

from .about_html import clean_about
from .identifiers import validate_ncpdp, validate_npi

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "webp"]
INVITATION_LIFETIME = timedelta(days=7)
# Paths under /employers/ that an organisation's slug must never shadow.
RESERVED_SLUGS = frozenset({"dashboard", "moderation", "new", "organisation", "invitations"})


def validate_slug_not_reserved(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(_("“%(slug)s” is reserved."), params={"slug": value})


def validate_logo_size(file) -> None:
    if file and file.size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("The logo is %(size).1f MB; the limit is 2 MB."),
            code="logo_too_large",
            params={"size": file.size / (1024 * 1024)},
        )


def validate_practice_settings(value) -> None:
    unknown = sorted(set(value or []) - set(Setting.values))
    if not isinstance(value, list) or unknown:
        raise ValidationError(
            _("Unknown practice setting: %(codes)s."), params={"codes": ", ".join(unknown)}
        )


class TransitionNotAllowed(Exception):
    """A verification change that the current status does not allow."""


class Organisation(models.Model):
    """A pharmacy, health system or LTC provider that posts jobs."""

    class Verification(models.TextChoices):
        UNVERIFIED = "unverified", _("Unverified")
        PENDING = "pending", _("Pending review")
        VERIFIED = "verified", _("Verified")
        REJECTED = "rejected", _("Rejected")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=220, unique=True, validators=[validate_slug_not_reserved]
    )
    logo = models.ImageField(
        _("logo"),
        upload_to="logos/",
        blank=True,
        validators=[FileExtensionValidator(LOGO_EXTENSIONS), validate_logo_size],
        help_text=_("PNG, JPEG, GIF or WebP, up to 2 MB."),
    )
    website = models.URLField(_("website"), blank=True)
    about = models.TextField(_("about"), blank=True, help_text=_("Sanitised HTML."))
    practice_settings = models.JSONField(
        _("practice settings"), default=list, blank=True, validators=[validate_practice_settings]
    )
    hq_state = models.CharField(_("headquarters state"), max_length=2, choices=state_choices)
    npi = models.CharField(
        _("NPI"),
        max_length=10,
        blank=True,
        validators=[validate_npi],
        help_text=_("The pharmacy's 10-digit National Provider Identifier."),
    )
    ncpdp = models.CharField(
        _("NCPDP number"),
        max_length=7,
        blank=True,
        validators=[validate_ncpdp],
        help_text=_("The pharmacy's 7-digit NCPDP provider ID."),
    )
    verification = models.CharField(
        _("verification"), max_length=20, choices=Verification, default=Verification.UNVERIFIED
    )
    rejection_reason = models.TextField(_("rejection reason"), blank=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    flagged_free_mail = models.BooleanField(_("signed up from a free-mail domain"), default=False)
    # A verified organisation's new name or identifiers wait here for staff; until approved
    # the public sees the verified values. Keys: a subset of IDENTITY_FIELDS.
    proposed_identity = models.JSONField(
        _("proposed name and identifiers"), default=dict, blank=True
    )
    proposed_at = models.DateTimeField(_("change proposed at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=~Q(npi="") | ~Q(ncpdp=""),
                name="organisation_has_identifier",
                violation_error_message=_(
                    "Enter at least one identifier staff can check: an NPI or an NCPDP number."
                ),
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.about = clean_about(self.about)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("employers:organisation", kwargs={"slug": self.slug})

    @property
    def is_verified(self) -> bool:
        return self.verification == self.Verification.VERIFIED

    @property
    def is_pending(self) -> bool:
        return self.verification == self.Verification.PENDING

    def practice_setting_labels(self) -> list[str]:
        labels = dict(Setting.choices)
        return [labels[code] for code in self.practice_settings if code in labels]

    def _move(self, to: str, allowed_from: set[str]) -> None:
        if self.verification not in allowed_from:
            raise TransitionNotAllowed(
                f"Cannot go from {self.verification} to {to} for organisation {self.pk}."
            )
        self.verification = to

    def submit_for_review(self) -> None:
        """Ask staff to check the identifiers (unverified → pending).

        A rejected organisation stays rejected until staff ``reopen()`` it; a verified one
        proposes a new name or identifiers instead (``propose_identity()``).
        """
        self._move(self.Verification.PENDING, {self.Verification.UNVERIFIED})
        self.verified_at = None
        self.save(update_fields=["verification", "verified_at", "updated_at"])

    def reopen(self) -> None:
        """Staff give a rejected organisation another review (rejected → pending)."""
        self._move(self.Verification.PENDING, {self.Verification.REJECTED})
        self.verified_at = None
        self.save(update_fields=["verification", "verified_at", "updated_at"])

    @property
    def has_proposed_identity(self) -> bool:
        return bool(self.proposed_identity)

    def proposed_changes(self) -> list[tuple[str, str, str]]:
        """[(field label, verified value, proposed value)] for the moderators' side-by-side."""
        return [
            (str(self._meta.get_field(name).verbose_name), getattr(self, name), value)
            for name, value in self.proposed_identity.items()
        ]

    def propose_identity(self, changes: dict[str, str]) -> None:
        """Hold a verified organisation's new name/identifiers for review (not saved here)."""
        proposal = {**self.proposed_identity, **changes}
        proposal = {k: v for k, v in proposal.items() if v != getattr(self, k)}
        self.proposed_identity = proposal
        self.proposed_at = (self.proposed_at or timezone.now()) if proposal else None

    def approve_proposed_identity(self) -> dict[str, str]:
        """Staff checked the proposed values: they become the public ones."""
        if not self.has_proposed_identity:
            raise TransitionNotAllowed(f"Organisation {self.pk} proposed no change.")
        approved = dict(self.proposed_identity)
        for name, value in approved.items():
            setattr(self, name, value)
        self.proposed_identity, self.proposed_at = {}, None
        self.full_clean(exclude=["logo", "slug"])
        self.save(update_fields=[*approved, "proposed_identity", "proposed_at", "updated_at"])
        return approved

    def reject_proposed_identity(self) -> dict[str, str]:
        """Staff refused the proposed values: the verified ones stay."""
        if not self.has_proposed_identity:
            raise TransitionNotAllowed(f"Organisation {self.pk} proposed no change.")
        refused = dict(self.proposed_identity)
        self.proposed_identity, self.proposed_at = {}, None
        self.save(update_fields=["proposed_identity", "proposed_at", "updated_at"])
        return refused

    def verify(self, by) -> None:
        """Staff confirmed the identifiers (pending or rejected → verified)."""
        self._move(
            self.Verification.VERIFIED, {self.Verification.PENDING, self.Verification.REJECTED}
        )
        self.verified_at = timezone.now()
        self.verified_by = by
        self.rejection_reason = ""
        self.save(
            update_fields=[
                "verification",
                "verified_at",
                "verified_by",
                "rejection_reason",
                "updated_at",
            ]
        )

    def reject(self, by, reason: str) -> None:
        """Staff could not confirm the organisation (pending or verified → rejected)."""
        reason = (reason or "").strip()
        if not reason:
            raise ValueError("A rejection needs a reason the owner can act on.")
        self._move(
            self.Verification.REJECTED, {self.Verification.PENDING, self.Verification.VERIFIED}
        )
        self.rejection_reason = reason
        self.verified_at = None
        self.verified_by = by
        self.save(
            update_fields=[
                "verification",
                "rejection_reason",
                "verified_at",
                "verified_by",
                "updated_at",
            ]
        )

    def owners(self):
        return self.memberships.filter(role=Membership.Role.OWNER).select_related("user")

    def people(self, *, owners_only: bool = False) -> list:
        """The accounts of its members (or owners): who its emails go to, each in their own
        language (``accounts.mail.mail_send_to_people``)."""
        memberships = self.owners() if owners_only else self.memberships.select_related("user")
        return [membership.user for membership in memberships]

    def identifier_twins(self, *, npi: str | None = None, ncpdp: str | None = None):
        """Other organisations that use this one's NPI or NCPDP number (or the ones given)."""
        npi = self.npi if npi is None else npi
        ncpdp = self.ncpdp if ncpdp is None else ncpdp
        same = Q()
        if npi:
            same |= Q(npi=npi)
        if ncpdp:
            same |= Q(ncpdp=ncpdp)
        if not same:
            return Organisation.objects.none()
        return Organisation.objects.filter(same).exclude(pk=self.pk).order_by("pk")


def attach_identifier_twins(organisations) -> None:
    """Set `.twins` on each organisation (those sharing its NPI or NCPDP), in one query."""
    organisations = list(organisations)
    npis = {o.npi for o in organisations if o.npi}
    ncpdps = {o.ncpdp for o in organisations if o.ncpdp}
    candidates = list(
        Organisation.objects.filter(Q(npi__in=npis) | Q(ncpdp__in=ncpdps)).order_by("pk")
    )
    for organisation in organisations:
        organisation.twins = [
            other
            for other in candidates
            if other.pk != organisation.pk
            and (
                (organisation.npi and other.npi == organisation.npi)
                or (organisation.ncpdp and other.ncpdp == organisation.ncpdp)
            )
        ]


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
        ordering = ["role", "created_at"]
        constraints = [
            # In this product a person works for one organisation at a time.
            models.UniqueConstraint(
                fields=["user"],
                name="one_organisation_per_user",
                violation_error_message=_("This person already belongs to an organisation."),
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.organisation} ({self.get_role_display()})"

    @property
    def is_owner(self) -> bool:
        return self.role == self.Role.OWNER


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(
            accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now()
        )

    def for_token(self, token: str):
        return self.filter(token_hash=_hash_token(token))


class Invitation(models.Model):
    """An owner's invitation for one email address to join as a recruiter.

    Only a hash of the token is stored: the link in the email is the sole copy.
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    def get_absolute_url(self):
        return reverse("employers:members", kwargs={"slug": self.organisation.slug})

    @classmethod
    def new_token(cls) -> tuple[str, str]:
        """A fresh (token, hash) pair."""
        token = secrets.token_urlsafe(32)
        return token, _hash_token(token)

    @property
    def is_used(self) -> bool:
        return self.accepted_at is not None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_open(self) -> bool:
        return not (self.is_used or self.is_expired or self.is_revoked)

    def matches(self, user) -> bool:
        return user.email.strip().lower() == self.email.strip().lower()

    def mark_accepted(self, by) -> None:
        """Use the invitation up; a conditional UPDATE so two clicks cannot both succeed."""
        now = timezone.now()
        used = Invitation.objects.filter(
            pk=self.pk, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
        ).update(accepted_at=now, accepted_by=by)
        if not used:
            raise TransitionNotAllowed("This invitation can no longer be accepted.")
        self.accepted_at, self.accepted_by = now, by

    def revoke(self) -> None:
        if not self.is_open:
            raise TransitionNotAllowed("Only an open invitation can be revoked.")
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])


class OrganisationDecision(models.Model):
    """One staff decision on an organisation: who, when, what and why (its history)."""

    class Decision(models.TextChoices):
        VERIFY = "verify", _("Verified")
        REJECT = "reject", _("Rejected")
        REOPEN = "reopen", _("Reopened for review")
        APPROVE_CHANGE = "approve_change", _("Name/identifier change approved")
        REJECT_CHANGE = "reject_change", _("Name/identifier change refused")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="decisions"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)
    decision = models.CharField(_("decision"), max_length=20, choices=Decision)
    reason = models.TextField(_("reason"), blank=True)
    # What a change decision was about: {"name": "…", "npi": "…"}.
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        verbose_name = _("organisation decision")
        verbose_name_plural = _("organisation decisions")

    def __str__(self):
        return f"{self.get_decision_display()} · {self.organisation_id}"
