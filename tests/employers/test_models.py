from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts.factories import EmployerUserFactory
from employers import services
from employers.factories import (
    OrganisationFactory,
    OwnerMembershipFactory,
    PendingOrganisationFactory,
    RejectedOrganisationFactory,
    UnverifiedOrganisationFactory,
)
from employers.models import Membership, Organisation, TransitionNotAllowed
from employers.signals import organisation_verified

pytestmark = pytest.mark.django_db


def test_about_is_sanitised_on_save():
    org = OrganisationFactory(
        about=(
            '<p onclick="steal()">We <strong>hire</strong> <em>techs</em>.</p>'
            "<script>alert(1)</script><style>p{}</style>"
            '<a href="javascript:alert(1)">x</a> '
            '<a href="https://example.com" target="_blank">site</a>'
            '<img src="x" onerror="alert(1)"><ul><li>one</li></ul>'
        )
    )
    org.refresh_from_db()
    assert "script" not in org.about
    assert "alert" not in org.about
    assert "onclick" not in org.about
    assert "onerror" not in org.about
    assert "<img" not in org.about
    assert "style" not in org.about
    assert "javascript:" not in org.about
    assert "<strong>hire</strong>" in org.about
    assert "<li>one</li>" in org.about
    assert 'href="https://example.com"' in org.about
    assert 'rel="nofollow' in org.about


def test_an_identifier_is_required_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(npi="", ncpdp="")


def test_full_clean_reports_missing_identifier_and_bad_values():
    org = OrganisationFactory.build(npi="", ncpdp="")
    with pytest.raises(ValidationError, match="at least one identifier"):
        org.full_clean()
    org = OrganisationFactory.build(npi="1234567890", ncpdp="12")
    with pytest.raises(ValidationError) as error:
        org.full_clean()
    assert set(error.value.message_dict) >= {"npi", "ncpdp"}


def test_unknown_practice_setting_is_rejected():
    org = OrganisationFactory.build(practice_settings=["community-retail", "space-station"])
    with pytest.raises(ValidationError, match="space-station"):
        org.full_clean()


def test_one_organisation_per_user():
    membership = OwnerMembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(organisation=OrganisationFactory(), user=membership.user)


def test_verification_lifecycle(moderator):
    org = UnverifiedOrganisationFactory()
    org.submit_for_review()
    assert org.verification == Organisation.Verification.PENDING
    with pytest.raises(TransitionNotAllowed):
        org.submit_for_review()
    org.verify(moderator)
    org.refresh_from_db()
    assert org.is_verified and org.verified_by == moderator and org.verified_at
    with pytest.raises(TransitionNotAllowed):
        org.verify(moderator)
    with pytest.raises(ValueError):
        org.reject(moderator, "   ")
    org.reject(moderator, "NPI belongs to someone else")
    org.refresh_from_db()
    assert org.verification == Organisation.Verification.REJECTED
    assert org.rejection_reason == "NPI belongs to someone else"
    assert org.verified_at is None
    with pytest.raises(TransitionNotAllowed):
        UnverifiedOrganisationFactory().verify(moderator)


@pytest.mark.parametrize(
    "email,flagged",
    [
        ("pat@gmail.com", True),
        ("PAT@Outlook.COM", True),
        ("pat@proton.me", True),
        ("pat@lonestarrx.com", False),
    ],
)
def test_free_mail_flag_is_set_on_creation(email, flagged):
    owner = EmployerUserFactory(email=email)
    org = services.organisation_create(
        organisation=OrganisationFactory.build(name="Corner Drug"), owner=owner
    )
    org.refresh_from_db()
    assert org.flagged_free_mail is flagged
    assert org.verification == Organisation.Verification.PENDING  # flagged, not blocked
    assert org.memberships.get().role == Membership.Role.OWNER


def test_create_refuses_a_second_organisation():
    owner = OwnerMembershipFactory().user
    count = Organisation.objects.count()
    with pytest.raises(ValidationError):
        services.organisation_create(organisation=OrganisationFactory.build(), owner=owner)
    assert Organisation.objects.count() == count


def test_create_picks_a_slug_that_does_not_shadow_pages():
    owner = EmployerUserFactory()
    org = services.organisation_create(
        organisation=OrganisationFactory.build(name="Dashboard", slug=""), owner=owner
    )
    assert org.slug == "dashboard-2"


def test_reject_service_emails_every_owner(moderator, django_capture_on_commit_callbacks):
    org = PendingOrganisationFactory()
    OwnerMembershipFactory(organisation=org, user__email="a@pharmacy.example")
    OwnerMembershipFactory(organisation=org, user__email="b@pharmacy.example")
    with django_capture_on_commit_callbacks(execute=True):
        services.organisation_reject(organisation=org, by=moderator, reason="Website offline.")
    assert len(mail.outbox) == 1
    assert sorted(mail.outbox[0].to) == ["a@pharmacy.example", "b@pharmacy.example"]
    assert "Website offline." in mail.outbox[0].body


def test_verify_service_announces_after_commit(moderator, django_capture_on_commit_callbacks):
    org = PendingOrganisationFactory()
    OwnerMembershipFactory(organisation=org)
    heard = []

    def receiver(sender, organisation, by, **kwargs):
        heard.append((organisation.pk, by))

    # Only this test's receiver: the jobs app's own receiver is tested with jobs.
    with mock.patch.object(organisation_verified, "receivers", []):
        organisation_verified.connect(receiver, weak=False)
        with django_capture_on_commit_callbacks(execute=True):
            services.organisation_verify(organisation=org, by=moderator)
            assert heard == []  # never mid-transaction
    assert heard == [(org.pk, moderator)]
    assert "verified" in mail.outbox[0].subject


def test_changing_identifiers_of_a_verified_organisation_waits_for_review():
    # Issue 11: was "sends it back to pending" (its live jobs then showed the new values).
    org = OrganisationFactory()
    verified_npi = org.npi
    org.about = "<p>New text</p>"
    services.organisation_update(organisation=org, changed={"about"})
    assert org.is_verified
    org.npi = "1245319599"
    services.organisation_update(organisation=org, changed={"npi"})
    org.refresh_from_db()
    assert org.is_verified and org.npi == verified_npi
    assert org.proposed_identity == {"npi": "1245319599"} and org.proposed_at


def test_correcting_a_rejected_organisation_keeps_it_rejected():
    # Issue 11: was "resubmits it" (its jobs went public again); staff reopen it instead.
    org = RejectedOrganisationFactory()
    org.ncpdp = "1234567"
    services.organisation_update(organisation=org, changed={"ncpdp"})
    org.refresh_from_db()
    assert org.verification == Organisation.Verification.REJECTED and org.ncpdp == "1234567"
