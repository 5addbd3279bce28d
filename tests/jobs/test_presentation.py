"""One presentation of a job: pay, location and requirement badges read the same everywhere."""

import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.urls import reverse

from jobs.factories import PublishedJobFactory
from jobs.models import Job
from jobs.presentation import RequirementBadge
from pharmacy.pay import PayUnit


def job(**fields) -> Job:
    """An unsaved job: the labels read only its own fields."""
    return Job(state="TX", **fields)


@pytest.mark.parametrize(
    ("pay_min", "pay_max", "unit", "label"),
    [
        ("18.50", "24", PayUnit.HOUR, "$18.50–$24.00 an hour"),
        ("45000", "52000", PayUnit.YEAR, "$45,000–$52,000 a year"),
        ("18", None, PayUnit.HOUR, "From $18.00 an hour"),
        (None, "60000", PayUnit.YEAR, "Up to $60,000 a year"),
        ("21", "21", PayUnit.HOUR, "$21.00 an hour"),
        (None, None, PayUnit.HOUR, ""),
    ],
)
def test_pay_label(pay_min, pay_max, unit, label):
    amounts = [Decimal(a) if a is not None else None for a in (pay_min, pay_max)]
    assert job(pay_min=amounts[0], pay_max=amounts[1], pay_unit=unit).pay_label == label


def test_a_salary_also_reads_as_its_hourly_equivalent_and_an_hourly_wage_does_not():
    salary = job(pay_min=Decimal("41600"), pay_max=Decimal("52000"), pay_unit=PayUnit.YEAR)
    salary.pay_min_hourly, salary.pay_max_hourly = Decimal("20.00"), Decimal("25.00")
    assert salary.hourly_pay_label == "$20.00–$25.00 an hour"
    assert job(pay_min=Decimal("20"), pay_unit=PayUnit.HOUR).hourly_pay_label == ""


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"workplace": "onsite", "city": "Houston"}, "Houston, TX"),
        ({"workplace": "onsite", "city": ""}, "TX"),
        ({"workplace": "hybrid", "city": "Austin"}, "Austin, TX (hybrid)"),
        ({"workplace": "remote", "remote_states": []}, "Remote"),
        ({"workplace": "remote", "remote_states": ["TX", "OK"]}, "Remote (TX, OK)"),
        (
            {"workplace": "remote", "remote_states": ["TX", "OK", "LA", "AR", "NM", "CO"]},
            "Remote (6 states)",
        ),
    ],
)
def test_location_label(fields, label):
    assert job(**fields).location_label == label


@pytest.mark.django_db
def test_requirement_badges_say_how_strongly_each_credential_is_asked_for():
    posted = PublishedJobFactory(
        state="TX",
        state_credential="trainee-accepted",
        requirements=[
            ("national-certification", "required", None),
            ("ptcb-cspt", "required", 90),
            ("ptcb-hdm", "preferred", None),
        ],
    )
    badges = {badge.code: badge for badge in posted.requirement_badges()}
    assert list(badges) == [
        "national-certification",
        "ptcb-cspt",
        "ptcb-hdm",
        "state-credential",
    ]
    national, sterile, hazardous, state = badges.values()
    assert (national.kind, national.level, national.text) == (
        "required",
        "required",
        "PTCB or NHA CPhT",
    )
    assert national.name == "National certification (PTCB or NHA CPhT)"
    assert (sterile.kind, sterile.level, sterile.within_days) == ("within", "required", 90)
    assert sterile.kind_label == "Within 90 days of hire"
    assert sterile.text == "PTCB CSPT (within 90 days of hire)"
    assert (hazardous.kind, hazardous.level) == ("preferred", "preferred")
    assert hazardous.text == "PTCB Hazardous Drug Management certificate (preferred)"
    assert state.is_state_credential and state.trainees_accepted
    assert state.text == "Texas state credential (trainees accepted)"


@pytest.mark.django_db
def test_a_job_without_a_state_credential_has_no_state_badge():
    posted = PublishedJobFactory(state_credential="not-required", requirements=[])
    assert posted.requirement_badges() == []


def test_a_one_day_window_is_singular():
    badge = RequirementBadge(
        code="ptcb-cspt", label="PTCB CSPT", name="", kind="within", within_days=1
    )
    assert badge.kind_label == "Within 1 day of hire"


@pytest.mark.django_db
def test_the_same_pay_and_location_on_the_job_page_search_api_and_feed(client, settings):
    settings.ELASTICSEARCH_URL = ""  # the database search: no index to build
    cache.clear()  # fresh API rate limits
    posted = PublishedJobFactory(
        title="Sterile Compounding Technician",
        pay_min=Decimal("31.25"),
        pay_max=Decimal("38.75"),
        workplace="remote",
        remote_states=["TX", "OK"],
    )
    pay, place = "$31.25–$38.75 an hour", "Remote (TX, OK)"
    assert (posted.pay_label, posted.location_label) == (pay, place)

    job_page = client.get(posted.get_absolute_url()).content.decode()
    search_page = client.get(reverse("search:jobs")).content.decode()
    api = client.get(f"/api/v1/jobs/{posted.pk}").json()
    feed = client.get(reverse("search:feed")).content.decode()

    # Once each: in the job's facts and in its card, nowhere else on those pages.
    assert job_page.count(pay) == 1 and search_page.count(pay) == 1
    assert re.search(rf"<dt>Pay</dt>\s*<dd>{re.escape(pay)}", job_page)
    assert re.search(rf"<span>{re.escape(pay)}</span>", search_page)
    assert place in job_page and f"<span>{place}</span>" in search_page
    assert (api["pay"]["label"], api["location"]) == (pay, place)
    description = re.search(r"<description>([^<]*PTCB[^<]*)</description>", feed).group(1)
    assert description.split(" · ")[:2] == [place, pay]
