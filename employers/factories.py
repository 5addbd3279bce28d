"""Factories for organisations and their members; tests and `seed_demo` build from these."""

import factory
from django.utils import timezone
from django.utils.text import slugify

from accounts.factories import EmployerUserFactory
from pharmacy.vocabulary import Setting

from .identifiers import npi_check_digit
from .models import INVITATION_LIFETIME, Invitation, Membership, Organisation


def valid_npi(n: int) -> str:
    """A well-formed NPI (valid check digit) derived from a sequence number."""
    stem = f"1{n % 100_000_000:08d}"
    return stem + npi_check_digit(stem)


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A verified organisation by default; see the Pending/Unverified/Rejected subclasses."""

    name = factory.Sequence(lambda n: f"Community Pharmacy {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    website = factory.LazyAttribute(lambda o: f"https://{o.slug}.example")
    about = "<p>An independent pharmacy serving its neighbourhood.</p>"
    practice_settings = factory.LazyFunction(lambda: [Setting.COMMUNITY_RETAIL])
    hq_state = "TX"
    npi = factory.Sequence(valid_npi)
    ncpdp = ""
    verification = Organisation.Verification.VERIFIED
    verified_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Organisation
        django_get_or_create = ["slug"]


class VerifiedOrganisationFactory(OrganisationFactory):
    pass


class PendingOrganisationFactory(OrganisationFactory):
    verification = Organisation.Verification.PENDING
    verified_at = None


class UnverifiedOrganisationFactory(OrganisationFactory):
    verification = Organisation.Verification.UNVERIFIED
    verified_at = None


class RejectedOrganisationFactory(OrganisationFactory):
    verification = Organisation.Verification.REJECTED
    verified_at = None
    rejection_reason = "The NPI belongs to a different pharmacy."


class MembershipFactory(factory.django.DjangoModelFactory):
    """A recruiter by default; use OwnerMembershipFactory for an owner."""

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(EmployerUserFactory)
    role = Membership.Role.RECRUITER

    class Meta:
        model = Membership


class OwnerMembershipFactory(MembershipFactory):
    role = Membership.Role.OWNER


class RecruiterMembershipFactory(MembershipFactory):
    role = Membership.Role.RECRUITER


class InvitationFactory(factory.django.DjangoModelFactory):
    """An open invitation. The raw token is on `invitation.token` (only the hash is stored)."""

    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"invitee{n}@example.com")
    expires_at = factory.LazyFunction(lambda: timezone.now() + INVITATION_LIFETIME)

    class Meta:
        model = Invitation

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        token, token_hash = Invitation.new_token()
        invitation = super()._create(model_class, *args, token_hash=token_hash, **kwargs)
        invitation.token = token
        return invitation
