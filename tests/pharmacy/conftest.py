import pytest

from employers.factories import OrganisationFactory, OwnerMembershipFactory


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Lone Star Pharmacy")


@pytest.fixture
def owner(organisation):
    return OwnerMembershipFactory(organisation=organisation).user
