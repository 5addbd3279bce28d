"""Fixtures for the CMS tests: the page tree the migrations create, people, jobs and rules."""

import itertools
from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Site

from accounts.factories import CounsellorFactory, ModeratorFactory
from cms.models import GuideIndexPage, GuidePage, StateRequirementsIndexPage, StateRequirementsPage
from employers.models import Organisation
from jobs.models import Job
from pharmacy.models import StateRule

_numbers = itertools.count(1)


@pytest.fixture
def home():
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def guides_index():
    return GuideIndexPage.objects.get(slug="guides")


@pytest.fixture
def states_index():
    return StateRequirementsIndexPage.objects.get(slug="states")


@pytest.fixture
def counsellor():
    return CounsellorFactory(full_name="Priya Natarajan")


@pytest.fixture
def moderator():
    return ModeratorFactory()


@pytest.fixture
def organisation():
    return Organisation.objects.create(
        name="Lone Star Health",
        slug="lone-star-health",
        hq_state="TX",
        npi="1234567893",
        verification=Organisation.Verification.VERIFIED,
    )


@pytest.fixture
def make_job(organisation):
    """A job straight through the ORM; visible unless told otherwise."""

    def make(
        title="Pharmacy Technician",
        *,
        state="TX",
        setting="hospital-health-system",
        status=Job.Status.PUBLISHED,
        expires_in=timedelta(days=20),
        **fields,
    ):
        now = timezone.now()
        return Job.objects.create(
            organisation=organisation,
            title=f"{title} {next(_numbers)}",
            description="<p>Fill and label, inventory.</p>",
            setting=setting,
            state=state,
            city="Austin" if state == "TX" else "Sacramento",
            employment_types=["full-time"],
            status=status,
            published_at=now - timedelta(days=1),
            expires_at=now + expires_in,
            **fields,
        )

    return make


@pytest.fixture
def texas_rules():
    common = {
        "state": "TX",
        "source_url": "https://www.pharmacy.texas.gov/",
        "source_citation": "22 TAC §297.3",
        "verified_on": date(2026, 3, 2),
        "confidence": "confirmed",
    }
    return [
        StateRule.objects.create(
            **common,
            tier_order=1,
            official_title="Pharmacy technician trainee",
            credential_type="trainee",
            required_to_work=True,
            national_certification="required-to-leave-trainee",
            renewable=False,
            validity_months=24,
            background_check=True,
        ),
        StateRule.objects.create(
            **common,
            tier_order=2,
            official_title="Registered pharmacy technician",
            credential_type="registration",
            national_certification="required",
            accepted_exams=["PTCB PTCE", "NHA ExCPT"],
            renewal_months=24,
            ce_hours=20,
        ),
    ]


@pytest.fixture
def texas_page(states_index, texas_rules):
    page = StateRequirementsPage(
        title="Texas pharmacy technician requirements",
        slug="tx",
        state="TX",
        summary="Two tiers.",
    )
    states_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def body(*blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


@pytest.fixture
def make_guide(guides_index):
    def make(title="Becoming a technician", *, live=True, blocks=(), tags=(), **fields):
        guide = GuidePage(
            title=title,
            live=False,
            summary=fields.pop("summary", "A guide."),
            author_name="Priya Natarajan",
            author_credentials="CPhT, CPTEd",
            body=body(*blocks) or body(("paragraph", "<p>Pharmacy technicians work.</p>")),
            **fields,
        )
        guides_index.add_child(instance=guide)
        if tags:
            guide.tags.add(*tags)
        revision = guide.save_revision()
        if live:
            revision.publish()
        return GuidePage.objects.get(pk=guide.pk)

    return make
