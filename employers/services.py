"""Writes that span models or have side effects (email, announcements)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .free_mail import is_free_mail
from .models import (
    INVITATION_LIFETIME,
    RESERVED_SLUGS,
    Invitation,
    Membership,
    Organisation,
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


def _mail(*, template: str, context: dict, to: list[str]) -> None:
    if not to:
        return
    subject, _sep, body = render_to_string(template, context).partition("\n")
    send_mail(
        f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject.strip()}",
        body.lstrip(),
        None,
        to,
    )


def _owner_emails(organisation: Organisation) -> list[str]:
    return [m.user.email for m in organisation.owners()]


@transaction.atomic
def organisation_create(*, organisation: Organisation, owner) -> Organisation:
    """Save a new (validated, unsaved) organisation with `owner` as its owner, sent for review."""
    if Membership.objects.filter(user=owner).exists():
        raise ValidationError(_("You already belong to an organisation."))
    organisation.slug = organisation.slug or _unique_slug(organisation.name)
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


@transaction.atomic
def organisation_update(*, organisation: Organisation, changed: set[str]) -> Organisation:
    """Save edits; a change of name or identifiers sends the organisation back for review."""
    organisation.save()
    if changed & IDENTITY_FIELDS and not organisation.is_pending:
        organisation.submit_for_review()
    return organisation


@transaction.atomic
def organisation_verify(*, organisation: Organisation, by) -> None:
    """Verify the organisation, tell its owners, and announce it (jobs may publish)."""
    organisation.verify(by)
    _mail(
        template="employers/email/verified.txt",
        context={"organisation": organisation, "site_url": settings.SITE_URL},
        to=_owner_emails(organisation),
    )
    transaction.on_commit(
        lambda: organisation_verified.send(sender=Organisation, organisation=organisation, by=by)
    )


@transaction.atomic
def organisation_reject(*, organisation: Organisation, by, reason: str) -> None:
    """Reject the organisation and email its owners the reason."""
    organisation.reject(by, reason)
    _mail(
        template="employers/email/rejected.txt",
        context={"organisation": organisation, "reason": organisation.rejection_reason},
        to=_owner_emails(organisation),
    )


@transaction.atomic
def invitation_create(
    *, organisation: Organisation, email: str, invited_by, site_url: str | None = None
) -> Invitation:
    """Invite `email` as a recruiter and send the one-use link (valid 7 days)."""
    email = email.strip().lower()
    if organisation.memberships.filter(user__email__iexact=email).exists():
        raise ValidationError(_("%(email)s is already a member.") % {"email": email})
    if Membership.objects.filter(user__email__iexact=email).exists():
        raise ValidationError(
            _("%(email)s already belongs to another organisation.") % {"email": email}
        )
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
    path = reverse("employers:invitation_accept", kwargs={"token": token})
    _mail(
        template="employers/email/invitation.txt",
        context={
            "organisation": organisation,
            "invited_by": invited_by,
            "accept_url": f"{(site_url or settings.SITE_URL).rstrip('/')}{path}",
            "expires_at": invitation.expires_at,
        },
        to=[email],
    )
    return invitation


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
