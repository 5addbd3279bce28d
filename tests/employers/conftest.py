import io

import pytest
from PIL import Image

from accounts.factories import EmployerUserFactory, JobSeekerFactory, ModeratorFactory
from employers.factories import (
    OrganisationFactory,
    OwnerMembershipFactory,
    RecruiterMembershipFactory,
)


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Lone Star Community Pharmacy")


@pytest.fixture
def owner(organisation):
    return OwnerMembershipFactory(
        organisation=organisation, user__email="owner@lonestar.example"
    ).user


@pytest.fixture
def recruiter(organisation, owner):
    return RecruiterMembershipFactory(
        organisation=organisation, user__email="recruiter@lonestar.example"
    ).user


@pytest.fixture
def outsider(db):
    """An owner of a different organisation."""
    other = OrganisationFactory(name="Cascade Health System", hq_state="WA")
    return OwnerMembershipFactory(organisation=other, user__email="owner@cascade.example").user


@pytest.fixture
def employer_without_org(db):
    return EmployerUserFactory(email="new.employer@pharmacy.example")


@pytest.fixture
def job_seeker(db):
    return JobSeekerFactory(email="tech@example.com")


@pytest.fixture
def moderator(db):
    return ModeratorFactory(email="mod@rxtech.example")


def png_bytes(size=(64, 64), noise=False) -> bytes:
    if noise:
        import os

        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (30, 90, 160))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
