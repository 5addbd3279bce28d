"""Each worker keeps the result cards it rendered (search.listing_cache): a repeated card is
the kept copy, and any change to what it shows is a new card."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from lxml import html as lxml_html

from accounts.factories import JobSeekerFactory
from applications.models import SavedJob
from candidates.factories import CandidateProfileFactory, PtcbCphtFactory
from jobs.factories import PublishedJobFactory
from jobs.models import JobRequirement
from search.fragments import _result_html
from tests.html import find, find_all, has_class, text, texts

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _database_engine(settings):
    settings.ELASTICSEARCH_URL = ""
    cache.clear()


def the_card(client, path="/jobs/?q=technician"):
    (card,) = find_all(client.get(path), '//ol[@class="job-results"]/li')
    return card


def results(response) -> str:
    """The list of results as HTML (the page around it has a fresh nonce and token each time)."""
    return lxml_html.tostring(find(response, '//ol[@class="job-results"]'), encoding="unicode")


def badges(card) -> list[str]:
    return texts(find_all(card, f".//*[{has_class('badge')}]"))


def test_a_repeated_card_is_the_kept_copy_and_the_same_html(client):
    PublishedJobFactory(title="Retail Technician", state="OH")
    _result_html.cache_clear()
    first = results(client.get("/jobs/?q=technician"))
    assert _result_html.cache_info().hits == 0
    second = results(client.get("/jobs/?q=technician"))
    assert _result_html.cache_info().hits == 1
    assert first == second and first.count('<li class="job-result">') == 1


def test_a_changed_job_employer_or_requirement_is_a_new_card(client):
    job = PublishedJobFactory(
        title="Retail Technician", state="OH", state_credential="not-required",
        requirements=[("ptcb-cpht", "required", None)],
    )  # fmt: skip
    card = the_card(client)
    assert job.organisation.name in text(card) and "$25.00" not in text(card)
    assert badges(card) == ["PTCB CPhT"]

    job.pay_min, job.pay_max = Decimal("25.00"), Decimal("30.00")
    job.save()
    assert "$25.00" in text(the_card(client)) and "$30.00" in text(the_card(client))

    job.organisation.name = "Renamed Drugstore Co"
    job.organisation.save()
    assert find(the_card(client), f".//*[{has_class('job-result__employer')}]").text == (
        "Renamed Drugstore Co"
    )

    JobRequirement.objects.create(job=job, code="ptcb-cspt", level="required")
    assert badges(the_card(client)) == ["PTCB CPhT", "PTCB CSPT"]


def test_the_highlight_and_the_seeker_marks_are_part_of_the_card(client):
    job = PublishedJobFactory(
        title="Retail Pharmacy Technician", state="OH", state_credential="not-required",
        requirements=[("ptcb-cpht", "required", None)],
    )  # fmt: skip
    assert texts(find_all(the_card(client, "/jobs/?q=retail"), ".//mark")) == ["Retail"]
    assert texts(find_all(the_card(client), ".//mark")) == ["Technician"]

    profile = CandidateProfileFactory(user=JobSeekerFactory())
    PtcbCphtFactory(profile=profile)
    client.force_login(profile.user)
    assert "You qualify" in text(the_card(client))
    assert find(the_card(client), ".//button").get("value") == "save"
    SavedJob.objects.create(user=profile.user, job=job)
    assert find(the_card(client), ".//button").get("value") == "unsave"
    client.logout()
    assert the_card(client).xpath(".//button") == []
