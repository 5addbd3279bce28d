import pytest

from accounts.factories import EmployerUserFactory, JobSeekerFactory, ModeratorFactory
from employers.factories import (
    OrganisationFactory,
    OwnerMembershipFactory,
    PendingOrganisationFactory,
    RecruiterMembershipFactory,
)
from jobs.factories import DraftJobFactory, PublishedJobFactory


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Lone Star Pharmacy")


@pytest.fixture
def unverified_organisation(db):
    return PendingOrganisationFactory(name="Brand New Rx")


@pytest.fixture
def owner(organisation):
    return OwnerMembershipFactory(organisation=organisation).user


@pytest.fixture
def recruiter(organisation):
    return RecruiterMembershipFactory(organisation=organisation).user


@pytest.fixture
def other_member(db):
    return OwnerMembershipFactory(organisation=OrganisationFactory(name="Other Pharmacy")).user


@pytest.fixture
def seeker(db):
    return JobSeekerFactory()


@pytest.fixture
def moderator(db):
    return ModeratorFactory()


@pytest.fixture
def employer_without_org(db):
    return EmployerUserFactory()


@pytest.fixture
def draft(organisation):
    return DraftJobFactory(organisation=organisation)


@pytest.fixture
def published(organisation):
    return PublishedJobFactory(organisation=organisation)
