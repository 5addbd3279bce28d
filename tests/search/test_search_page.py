"""The /jobs/ page: result cards (logo, "You qualify", "Applied on", save) for a signed-in job
seeker in a fixed number of queries, errors in the fields' own words tied to their fields,
"Filters (n)", and a canonical link without the volatile parameters."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from accounts.factories import EmployerUserFactory, JobSeekerFactory
from applications.models import Application, SavedJob
from candidates.factories import CandidateProfileFactory, PtcbCphtFactory
from employers.factories import VerifiedOrganisationFactory
from employers.logos import normalised_logo
from jobs.factories import PublishedJobFactory
from pharmacy.states import state_choices
from tests.html import find_all, text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _database_engine(settings):
    settings.ELASTICSEARCH_URL = ""
    cache.clear()


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


def card(html: str, title: str) -> str:
    """The result card whose title starts with ``title``."""
    cards = html.split("</ol>")[0].split('<li class="job-result">')[1:]
    unmarked = [c.replace("<mark>", "").replace("</mark>", "") for c in cards]  # highlights
    found = [c for c in unmarked if f">{title}" in c]
    assert len(found) == 1, f"no single card for {title!r}"
    return found[0]


@pytest.fixture
def seeker():
    profile = CandidateProfileFactory(user=JobSeekerFactory())
    PtcbCphtFactory(profile=profile)
    return profile.user


def seed(n: int):
    return [
        PublishedJobFactory(
            title=f"Pharmacy Technician {i}",
            state="OH",
            state_credential="not-required",
            requirements=[("ptcb-cpht", "required", None)],
        )
        for i in range(n)
    ]


def test_a_seeker_sees_qualify_applied_and_saved_on_each_card(client, seeker):
    qualifies = PublishedJobFactory(
        title="Retail Technician Qualifies", state="OH", state_credential="not-required",
        requirements=[("ptcb-cpht", "required", None)],
    )  # fmt: skip
    needs_more = PublishedJobFactory(
        title="Sterile Technician Needs CSPT", state="OH", state_credential="not-required",
        requirements=[("ptcb-cspt", "required", None)],
    )  # fmt: skip
    application = Application.objects.create(job=needs_more, candidate=seeker)
    SavedJob.objects.create(user=seeker, job=qualifies)
    client.force_login(seeker)
    html = client.get("/jobs/?q=technician").content.decode()

    good, other = card(html, "Retail Technician Qualifies"), card(html, "Sterile Technician")
    assert "You qualify" in good and "You qualify" not in other
    assert 'value="unsave"' in good and 'value="save"' in other
    assert f'href="/candidate/applications/{application.pk}/"' in other
    assert "Applied on" in other and "Applied on" not in good
    # The save buttons submit the one form outside the search form, back to this search.
    assert '<form id="save-job" method="post">' in html
    assert 'name="next" value="/jobs/?q=technician"' in html


def test_saving_from_a_card_comes_back_to_the_search(client, seeker):
    job = seed(1)[0]
    client.force_login(seeker)
    response = client.post(
        f"/jobs/{job.pk}/save/", {"action": "save", "next": "/jobs/?q=technician"}
    )
    assert response.status_code == 302 and response["Location"] == "/jobs/?q=technician"
    assert SavedJob.objects.filter(user=seeker, job=job).exists()


@pytest.mark.parametrize("who", ["anonymous", "employer"])
def test_others_get_no_seeker_marks(client, who):
    seed(2)
    if who == "employer":
        client.force_login(EmployerUserFactory())
    html = client.get("/jobs/").content.decode()
    assert "Pharmacy Technician 0" in html
    assert 'form="save-job"' not in html and 'id="save-job"' not in html
    assert "You qualify" not in html


def test_the_marks_cost_the_same_queries_for_3_or_20_results(
    client, seeker, django_assert_max_num_queries
):
    jobs = seed(3)
    for job in jobs:
        Application.objects.create(job=job, candidate=seeker)
        SavedJob.objects.create(user=seeker, job=job)
    client.force_login(seeker)
    client.get("/jobs/")  # warm: session, site, caches
    with CaptureQueriesContext(connection) as three:
        assert client.get("/jobs/").content.decode().count("You qualify") == 3
    for job in seed(17):
        Application.objects.create(job=job, candidate=seeker)
    with django_assert_max_num_queries(len(three.captured_queries)):
        html = client.get("/jobs/").content.decode()
    assert html.count("You qualify") == 20 and html.count("Applied on") == 20


def test_the_organisation_logo_is_on_its_cards(client):
    organisation = VerifiedOrganisationFactory()
    organisation.logo.save(
        "logo.png", normalised_logo(SimpleUploadedFile("logo.png", png_bytes())), save=True
    )
    PublishedJobFactory(title="Logo Technician", organisation=organisation)
    PublishedJobFactory(title="Plain Technician")
    html = client.get("/jobs/").content.decode()
    assert re.search(r'<img class="job-result__logo" src="[^"]+\.png"', card(html, "Logo Tech"))
    assert "job-result__logo" not in card(html, "Plain Technician")


def test_errors_show_the_fields_labels_tied_to_their_fields(client):
    html = client.get("/jobs/?zip=00000&min_pay=abc&radius=25").content.decode()
    assert '<a href="#id_zip">ZIP code</a>: Enter a valid 5-digit US ZIP code.' in html
    assert "<strong>Minimum hourly pay</strong>: Enter a number." in html
    assert ">zip<" not in html and ">min_pay<" not in html
    assert 'aria-describedby="id_zip_error"' in html
    assert '<p class="field-error" id="id_zip_error">Enter a valid 5-digit US ZIP code.</p>' in html


def test_fields_without_errors_are_not_marked_invalid(client):
    html = client.get("/jobs/?zip=00000").content.decode()
    assert html.count('aria-invalid="true"') == 1 and "id_q_error" not in html


def test_the_state_credential_held_stays_chosen_in_the_language_of_the_page(client):
    for path, code, name in (
        ("/jobs/", "TX", "Texas"), ("/es/jobs/", "TX", "Texas"), ("/es/jobs/", "NY", "Nueva York"),
        ("/jobs/", "NY", "New York"),
    ):  # fmt: skip
        response = client.get(path, {"have": f"state-registration-{code}"})
        chosen = find_all(response, '//select[@id="f-have-state"]/option[@selected]')
        assert [(o.get("value"), text(o)) for o in chosen] == [(f"state-registration-{code}", name)]
    options = find_all(client.get("/es/jobs/"), '//select[@id="f-have-state"]/option')
    assert len(options) == 1 + len(state_choices())  # "Ninguna" and one a state
    assert [o for o in options if o.get("selected") is not None] == []


def test_the_api_keeps_the_parameter_keys_in_its_errors(client):
    errors = client.get("/api/v1/jobs?zip=00000&min_pay=abc").json()["errors"]
    assert set(errors) == {"zip", "min_pay"}


def test_an_error_in_a_filter_opens_the_filters_panel(client):
    html = client.get("/jobs/?posted=9999").content.decode()
    assert '<details id="search-filters" class="search-filters" open>' in html
    assert '<a href="#f-posted">Posted within (days)</a>' in html
    assert 'id="f-posted" aria-describedby="f-posted-error"' in html
    closed = client.get("/jobs/?zip=00000").content.decode()
    assert '<details id="search-filters" class="search-filters">' in closed


def test_filters_control_counts_the_active_filters(client):
    seed(1)
    html = client.get("/jobs/?q=tech&zip=43215&state=OH&state=TX&remote=1&sort=newest").content
    assert b'Filters <span class="search-filters__count">(3)</span>' in html
    assert b"search-filters__count" not in client.get("/jobs/?q=tech").content


def test_canonical_leaves_out_page_sort_and_unknown_parameters(client, settings):
    settings.SITE_URL = "https://careers.example.com"
    seed(1)
    html = client.get(
        "/jobs/?state=TX&q=iv&page=2&sort=newest&utm_source=mail&state=OH", HTTP_HX_REQUEST="false"
    ).content.decode()
    assert (
        '<link rel="canonical" href="https://careers.example.com/jobs/?q=iv&amp;state=OH&amp;state=TX">'
        in html
    )
    bare = client.get("/jobs/?page=3&sort=pay").content.decode()
    assert '<link rel="canonical" href="https://careers.example.com/jobs/">' in bare
    assert '<meta property="og:url" content="https://careers.example.com/jobs/">' in bare
