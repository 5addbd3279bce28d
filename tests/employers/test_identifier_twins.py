"""An NPI or NCPDP number already used by another organisation: flagged, never verified twice."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from employers import services
from employers.factories import OrganisationFactory, PendingOrganisationFactory
from employers.models import Organisation

pytestmark = pytest.mark.django_db
MODERATION = reverse("employers:moderation")


@pytest.fixture
def chain():
    return OrganisationFactory(name="Famous Chain Pharmacy", npi="1234567893", ncpdp="1234567")


def test_identifier_twins_match_on_either_number(chain):
    same_npi = PendingOrganisationFactory(name="Copy One", npi=chain.npi)
    same_ncpdp = PendingOrganisationFactory(name="Copy Two", ncpdp=chain.ncpdp)
    unrelated = PendingOrganisationFactory(name="Someone Else")
    assert list(chain.identifier_twins()) == [same_npi, same_ncpdp]
    assert list(same_npi.identifier_twins()) == [chain]
    assert list(unrelated.identifier_twins()) == []


def test_moderation_page_shows_twins_side_by_side(client, moderator, chain):
    PendingOrganisationFactory(name="Famous Chain Pharmacy Hiring", npi=chain.npi)
    client.force_login(moderator)
    page = client.get(MODERATION).content.decode()
    assert "Identifier already in use" in page
    assert "Famous Chain Pharmacy Hiring (this one)" in page
    assert chain.get_absolute_url() in page
    assert "(same)" in page


def test_moderation_page_finds_twins_in_one_query(
    client, moderator, chain, django_assert_max_num_queries
):
    for n in range(5):
        PendingOrganisationFactory(name=f"Copy {n}", npi=chain.npi)
    client.force_login(moderator)
    client.get(MODERATION)
    with django_assert_max_num_queries(12):
        page = client.get(MODERATION).content.decode()
    assert page.count("Identifier already in use") == 5


def test_an_identifier_cannot_be_verified_twice(moderator, chain):
    copy = PendingOrganisationFactory(name="Copy", ncpdp=chain.ncpdp)
    with pytest.raises(ValidationError, match="Famous Chain Pharmacy, already verified"):
        services.organisation_verify(organisation=copy, by=moderator)
    copy.refresh_from_db()
    assert copy.verification == Organisation.Verification.PENDING


def test_the_verify_button_refuses_with_a_clear_message(client, moderator, chain):
    copy = PendingOrganisationFactory(name="Copy", npi=chain.npi)
    client.force_login(moderator)
    response = client.post(reverse("employers:moderation_verify", args=[copy.pk]), follow=True)
    assert "Copy was not verified: Famous Chain Pharmacy, already verified" in (
        response.content.decode()
    )
    copy.refresh_from_db()
    assert copy.verification == Organisation.Verification.PENDING


def test_twins_that_are_both_pending_can_have_one_verified(moderator):
    first = PendingOrganisationFactory(name="First", npi="1234567893")
    second = PendingOrganisationFactory(name="Second", npi="1234567893")
    services.organisation_verify(organisation=first, by=moderator)
    with pytest.raises(ValidationError):
        services.organisation_verify(organisation=second, by=moderator)


def test_a_verified_organisation_cannot_take_another_verified_ones_number(moderator, chain):
    other = OrganisationFactory(name="Corner Drug", npi="1245319599")
    other.npi = chain.npi  # the owner's edit, as the form leaves it on the instance
    services.organisation_update(organisation=other, changed={"npi"})
    other.refresh_from_db()
    assert other.proposed_identity == {"npi": chain.npi}
    with pytest.raises(ValidationError, match="Famous Chain Pharmacy, already verified"):
        services.organisation_identity_approve(organisation=other, by=moderator)
    other.refresh_from_db()
    assert other.npi == "1245319599"
    assert other.proposed_identity == {"npi": chain.npi}
