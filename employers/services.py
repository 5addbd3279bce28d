"""Writes that span models or have side effects (email, announcements)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.mail import absolute_url, mail_send_templated, mail_send_to_people
from accounts.models import User

from .free_mail import is_free_mail
from .models import (
    INVITATION_LIFETIME,
    RESERVED_SLUGS,
    Invitation,
    Membership,
    Organisation,
    OrganisationDecision,
)
from .signals import organisation_verified


class InvitationError(Exception):
    """An invitation link that cannot be used; `status` is the HTTP status to answer with."""

    def __init__(self, message: str, *, status: int):
        super().__init__(message)
        self.message = message
        self.status = status


def _unique_slug(name: str) -> str:
    base = slugify(name)[:200] or "organisation"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Organisation.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def organisation_create(*, organisation: Organisation, owner) -> Organisation:
    """Save a new (validated, unsaved) organisation with `owner` as its owner, sent for review."""
    if Membership.objects.filter(user=owner).exists():
        raise ValidationError(_("You already belong to an organisation."))
    organisation.slug = organisation.slug or _unique_slug(organisation.name)
    # A new organisation is reviewed whatever the submitted object says.
    organisation.verification = Organisation.Verification.UNVERIFIED
    organisation.flagged_free_mail = is_free_mail(owner.email)
    organisation.save()
    try:
        with transaction.atomic():
            Membership.objects.create(
                organisation=organisation, user=owner, role=Membership.Role.OWNER
            )
    except IntegrityError as exc:  # a second tab created one meanwhile
        raise ValidationError(_("You already belong to an organisation.")) from exc
    organisation.submit_for_review()
    return organisation


IDENTITY_FIELDS = frozenset({"name", "npi", "ncpdp"})


def _lock(organisation: Organisation) -> None:
    """Lock the row and re-read its decision columns: staff decisions and owners' edits are
    decided on the row as it is now, one after the other."""
    list(Organisation.objects.select_for_update().filter(pk=organisation.pk).values_list("pk"))
    organisation.refresh_from_db(
        fields=["verification", "rejection_reason", "proposed_identity", "proposed_at"]
    )


def _record(organisation: Organisation, *, by, decision: str, reason: str = "", details=None):
    """Store a staff decision and tell the owners in plain words (verify/reject have their
    own emails)."""
    record = OrganisationDecision.objects.create(
        organisation=organisation, actor=by, decision=decision, reason=reason, details=details or {}
    )
    if decision not in (OrganisationDecision.Decision.VERIFY, OrganisationDecision.Decision.REJECT):
        mail_send_to_people(
            template_prefix="employers/email/decision",
            context={"organisation": organisation, "decision": record},
            people=organisation.people(owners_only=True),
        )
    return record


@transaction.atomic
def organisation_update(*, organisation: Organisation, changed: set[str]) -> Organisation:
    """Save the fields the form changed onto the row as it is now (locked; never its
    verification). A verified organisation's new name or identifiers wait for staff while the
    public keeps the verified ones; a rejected one stays rejected until staff reopen it; an
    unverified one is sent for review."""
    current = Organisation.objects.select_for_update().get(pk=organisation.pk)
    columns = {field.name for field in Organisation._meta.concrete_fields}
    changed = {name for name in changed if name in columns}
    identity = {name: getattr(organisation, name) for name in changed & IDENTITY_FIELDS}
    fields = changed - IDENTITY_FIELDS
    for name in fields:
        setattr(current, name, getattr(organisation, name))
    if current.is_verified:
        if identity:
            current.propose_identity(identity)
            fields |= {"proposed_identity", "proposed_at"}
    else:
        for name, value in identity.items():
            setattr(current, name, value)
        fields |= set(identity)
    if fields:
        current.save(update_fields=[*sorted(fields), "updated_at"])
    if identity and current.verification == Organisation.Verification.UNVERIFIED:
        current.submit_for_review()
    return current


@transaction.atomic
def organisation_reopen(*, organisation: Organisation, by, reason: str = "") -> None:
    """Staff give a rejected organisation another review (it goes back to pending)."""
    _lock(organisation)
    organisation.reopen()
    _record(
        organisation, by=by, decision=OrganisationDecision.Decision.REOPEN, reason=reason.strip()
    )


@transaction.atomic
def organisation_identity_approve(*, organisation: Organisation, by, reason: str = "") -> None:
    """Staff checked a verified organisation's new name/identifiers: they go public.

    Refused (ValidationError) when a proposed NPI or NCPDP belongs to another verified
    organisation: a number is verified once.
    """
    _lock(organisation)
    proposed = organisation.proposed_identity or {}
    if "npi" in proposed or "ncpdp" in proposed:
        twin = (
            organisation.identifier_twins(npi=proposed.get("npi"), ncpdp=proposed.get("ncpdp"))
            .filter(verification=Organisation.Verification.VERIFIED)
            .first()
        )
        if twin is not None:
            raise ValidationError(
                _(
                    "%(name)s's change was not approved: %(other)s, already verified, uses the "
                    "proposed NPI or NCPDP number."
                )
                % {"name": organisation.name, "other": twin.name}
            )
    approved = organisation.approve_proposed_identity()
    _record(
        organisation,
        by=by,
        decision=OrganisationDecision.Decision.APPROVE_CHANGE,
        reason=reason.strip(),
        details=approved,
    )


@transaction.atomic
def organisation_identity_reject(*, organisation: Organisation, by, reason: str) -> None:
    """Staff refused the proposed name/identifiers: the verified ones stay public."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("Refusing a change needs a reason the owner can act on.")
    _lock(organisation)
    refused = organisation.reject_proposed_identity()
    _record(
        organisation,
        by=by,
        decision=OrganisationDecision.Decision.REJECT_CHANGE,
        reason=reason,
        details=refused,
    )


@transaction.atomic
def organisation_verify(*, organisation: Organisation, by) -> None:
    """Verify the organisation, tell its owners, and announce it (jobs may publish).

    Refused (ValidationError) while another verified organisation holds its NPI or NCPDP.
    """
    # Lock this row and its twins' (in pk order, so two verifications cannot deadlock): of two
    # moderators verifying twins at once, the second sees the first's decision.
    twins = organisation.identifier_twins()
    pks = [organisation.pk, *twins.values_list("pk", flat=True)]
    list(Organisation.objects.filter(pk__in=pks).select_for_update().order_by("pk"))
    verified_twin = twins.filter(verification=Organisation.Verification.VERIFIED).first()
    if verified_twin is not None:
        raise ValidationError(
            _(
                "%(name)s was not verified: %(other)s, already verified, uses the same NPI or "
                "NCPDP number. Check which of the two really holds it."
            )
            % {"name": organisation.name, "other": verified_twin.name}
        )
    organisation.verify(by)
    _record(organisation, by=by, decision=OrganisationDecision.Decision.VERIFY)
    mail_send_to_people(
        template_prefix="employers/email/verified",
        context={"organisation": organisation},
        people=organisation.people(owners_only=True),
    )
    transaction.on_commit(
        lambda: organisation_verified.send(sender=Organisation, organisation=organisation, by=by)
    )


@transaction.atomic
def organisation_reject(*, organisation: Organisation, by, reason: str) -> None:
    """Reject the organisation and email its owners the reason."""
    _lock(organisation)
    organisation.reject(by, reason)
    _record(
        organisation,
        by=by,
        decision=OrganisationDecision.Decision.REJECT,
        reason=organisation.rejection_reason,
    )
    mail_send_to_people(
        template_prefix="employers/email/rejected",
        context={"organisation": organisation, "reason": organisation.rejection_reason},
        people=organisation.people(owners_only=True),
    )


def _refuse_job_seeker_address(email: str) -> None:
    """A job-seeker account can never accept (``invitation_accept``), so say so now, and what
    to do, instead of sending a link that leads nowhere. Decision: docs/employer-screens.md."""
    account = User.objects.filter(email__iexact=email).only("role", "is_staff").first()
    if account is None:
        return
    if account.is_job_seeker:
        raise ValidationError(
            _(
                "%(email)s belongs to a job-seeker account, which cannot join an employer. "
                "Invite their work address instead, or ask them to sign up for an employer "
                "account with another address and invite that one."
            )
            % {"email": email},
            code="job-seeker-account",
        )
    if account.is_staff:
        raise ValidationError(
            _(
                "%(email)s belongs to an RxTech Careers staff account, which cannot join an "
                "employer. Invite another address."
            )
            % {"email": email},
            code="staff-account",
        )


@transaction.atomic
def invitation_create(*, organisation: Organisation, email: str, invited_by) -> Invitation:
    """Invite `email` as a recruiter and send the one-use link (valid 7 days)."""
    email = email.strip().lower()
    if organisation.memberships.filter(user__email__iexact=email).exists():
        raise ValidationError(_("%(email)s is already a member.") % {"email": email})
    if Membership.objects.filter(user__email__iexact=email).exists():
        raise ValidationError(
            _("%(email)s already belongs to another organisation.") % {"email": email}
        )
    _refuse_job_seeker_address(email)
    # A fresh invitation replaces any open one for the same person.
    organisation.invitations.open().filter(email__iexact=email).update(revoked_at=timezone.now())
    token, token_hash = Invitation.new_token()
    invitation = Invitation.objects.create(
        organisation=organisation,
        email=email,
        token_hash=token_hash,
        invited_by=invited_by,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    language = _invitation_language(email, invited_by)
    with translation.override(language):  # the link opens the page in the email's language
        path = reverse("employers:invitation_accept", kwargs={"token": token})
    mail_send_templated(
        template_prefix="employers/email/invitation",
        context={
            "organisation": organisation,
            "invited_by": invited_by,
            "accept_url": absolute_url(path),
            "expires_at": invitation.expires_at,
        },
        to=[email],
        language=language,
    )
    return invitation


def _invitation_language(email: str, invited_by) -> str:
    """The invitee's own language when the address has an account, else the inviter's."""
    account = User.objects.filter(email__iexact=email).only("language").first()
    person = account or invited_by
    return getattr(person, "language", "") or settings.LANGUAGE_CODE


def invitation_lookup(*, token: str) -> Invitation:
    """The invitation for a link, or InvitationError saying why it cannot be used."""
    invitation = Invitation.objects.for_token(token).select_related("organisation").first()
    if invitation is None:
        raise InvitationError(_("This invitation link is not valid."), status=404)
    if invitation.is_used:
        raise InvitationError(
            _("This invitation has already been used. Ask the owner for a new one."), status=410
        )
    if invitation.is_revoked:
        raise InvitationError(
            _("This invitation was withdrawn. Ask the owner for a new one."), status=410
        )
    if invitation.is_expired:
        raise InvitationError(
            _("This invitation expired. Invitations last 7 days; ask the owner for a new one."),
            status=410,
        )
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user) -> Membership:
    """Join the inviting organisation as a recruiter; the link then stops working."""
    invitation = invitation_lookup(token=token)
    if not invitation.matches(user):
        raise InvitationError(
            _("This invitation is for %(email)s. Sign in with that address to accept it.")
            % {"email": invitation.email},
            status=403,
        )
    if user.is_job_seeker or user.is_staff:
        raise InvitationError(
            _("Job-seeker and staff accounts cannot join an employer. Use an employer account."),
            status=403,
        )
    if Membership.objects.filter(user=user).exists():
        raise InvitationError(_("You already belong to an organisation."), status=409)
    invitation.mark_accepted(by=user)
    if not user.role:
        user.role = user.Role.EMPLOYER
        user.save(update_fields=["role"])
    return Membership.objects.create(
        organisation=invitation.organisation, user=user, role=Membership.Role.RECRUITER
    )


@transaction.atomic
def membership_remove(*, membership: Membership, by) -> None:
    """An owner removes a member; the last owner can never be removed."""
    organisation = Organisation.objects.select_for_update().get(pk=membership.organisation_id)
    acting = organisation.memberships.filter(user=by, role=Membership.Role.OWNER).exists()
    if not acting:
        raise PermissionDenied
    if membership.is_owner and organisation.owners().count() <= 1:
        raise ValidationError(_("An organisation needs at least one owner."))
    membership.delete()
