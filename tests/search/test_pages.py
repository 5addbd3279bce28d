"""The /jobs/ page, its feed, suggestions and the JSON API, with and without Elasticsearch."""

import pytest
from django.core.cache import cache

from employers.factories import RejectedOrganisationFactory
from jobs.factories import DraftJobFactory, PublishedJobFactory
from search import service
from tests.html import find, find_all, has_class, hrefs, text, texts

GARBAGE = [
    "state=ZZ",
    "setting=bakery",
    "type=forever",
    "requires=magic",
    "have=ptcb-cpht&have=state-registration-tx",
    "zip=00000",
    "zip=abcde&radius=10",
    "radius=25",
    "radius=9999&zip=78701",
    "min_pay=-1",
    "min_pay=lots",
    "posted=0",
    "remote=yes",
    "sort=distance",
    "sort=random",
    "page=0",
    "page=100000",
    "eligible=1",
    "q=" + "x" * 300,
    "state=TX&state=&page=",
]


@pytest.fixture
def database_search(settings):
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize("query", GARBAGE)
def test_invalid_parameters_show_errors_never_500(client, database_search, query):
    response = client.get(f"/jobs/?{query}")
    if query == "state=TX&state=&page=":
        assert response.status_code == 200 and b"Check your search" not in response.content
        return
    assert response.status_code == 200
    assert b"Check your search" in response.content
    api = client.get(f"/api/v1/jobs?{query}")
    assert api.status_code == 400
    assert api.json()["errors"]


@pytest.mark.django_db
def test_page_lists_only_public_jobs_with_their_details(client, database_search):
    shown = PublishedJobFactory(title="Sterile Compounding Technician", state="TX")
    DraftJobFactory(title="Draft Technician")
    PublishedJobFactory(organisation=RejectedOrganisationFactory(), title="Rejected Technician")
    response = client.get("/jobs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft Technician" not in html and "Rejected Technician" not in html
    (row,) = find_all(response, '//ol[@class="job-results"]/li')
    assert hrefs(find(row, "./*[1]")) == [shown.get_absolute_url()]
    assert text(find(row, "./*[1]")) == "Sterile Compounding Technician"
    assert shown.organisation.name in text(row)
    # The badge is the result's own (a facet label says the same words).
    assert "PTCB or NHA CPhT" in " ".join(texts(find_all(row, f".//*[{has_class('badge')}]")))
    # The pay's wording belongs to the presentation tests: here, that the row shows both figures.
    assert "18" in text(row) and "22.50" in text(row)
    tile = find(response, '//figure[@class="tile-map"]//a[@aria-label="Texas: 1 job"]')
    assert tile.get("href") == "?state=TX"


@pytest.mark.django_db
def test_links_keep_the_search_and_move_or_drop_the_page(client, database_search):
    PublishedJobFactory.create_batch(21, state="TX", employment_types=["full-time"])
    PublishedJobFactory(state="OH", zip_code="43215", employment_types=["full-time"])
    first = client.get("/jobs/?type=full-time&state=TX&posted=&page=1")
    pagination = find(first, '//nav[@aria-label="Pagination"]')
    assert hrefs(pagination) == ["?type=full-time&state=TX&page=2"]  # "posted=" is dropped
    feed = find(first, '//p[@class="search-feed"]/a').get("href")
    assert feed == "/jobs/feed/?type=full-time&state=TX"
    assert find(first, '//link[@type="application/rss+xml"]').get("href") == feed
    ohio = find(first, '//figure[@class="tile-map"]//a[starts-with(@aria-label, "Ohio:")]')
    assert ohio.get("href") == "?type=full-time&state=OH"

    second = client.get("/jobs/?type=full-time&state=TX&page=2")
    pagination = find(second, '//nav[@aria-label="Pagination"]')
    assert hrefs(pagination) == ["?type=full-time&state=TX&page=1"]
    assert find(second, '//p[@class="search-feed"]/a').get("href") == feed

    assert find(client.get("/jobs/"), '//p[@class="search-feed"]/a').get("href") == "/jobs/feed/"


@pytest.mark.django_db
def test_htmx_gets_the_partial_and_the_full_page_works_without_js(client, database_search):
    PublishedJobFactory()
    full = client.get("/jobs/?state=TX")
    partial = client.get("/jobs/?state=TX", headers={"HX-Request": "true"})
    assert b"<html" in full.content and b'id="job-search"' in full.content
    assert b"<html" not in partial.content and b'id="search-region"' in partial.content
    assert partial["Vary"].count("HX-Request")


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_the_result_size(
    client, database_search, django_assert_max_num_queries
):
    PublishedJobFactory.create_batch(2)
    with django_assert_max_num_queries(30) as small:
        client.get("/jobs/?state=TX&type=full-time")
    PublishedJobFactory.create_batch(25)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/jobs/?state=TX&type=full-time")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/jobs/?state=TX&type=full-time&page=2")
    with django_assert_max_num_queries(30) as api_small:
        client.get("/api/v1/jobs?state=TX")
    with django_assert_max_num_queries(30) as feed_small:
        client.get("/jobs/feed/?state=TX")
    PublishedJobFactory.create_batch(5)
    with django_assert_max_num_queries(len(api_small.captured_queries)):
        client.get("/api/v1/jobs?state=TX")
    # Listings load their jobs with LISTING_FIELDS only: a column they read beyond those
    # would cost a query per job here.
    with django_assert_max_num_queries(len(feed_small.captured_queries)):
        client.get("/jobs/feed/?state=TX")


@pytest.mark.django_db
def test_only_the_page_counts_which_filter_to_drop(client, database_search, monkeypatch):
    """The API and the feed give no "drop a filter" advice, so a search that finds nothing
    there counts none (it costs a count for each filter set); the page still offers it."""
    PublishedJobFactory(state="TX", setting="hospital-health-system")
    counted = []
    real = service._relaxations
    monkeypatch.setattr(
        service, "_relaxations", lambda *args: counted.append(args[0]) or real(*args)
    )
    query = "state=TX&setting=long-term-care"
    assert client.get(f"/api/v1/jobs?{query}").json()["total"] == 0
    assert client.get(f"/jobs/feed/?{query}").status_code == 200
    assert counted == []
    page = client.get(f"/jobs/?{query}")
    assert len(counted) == 1
    # Dropping the setting finds the job: the page links to the search without it.
    assert "?state=TX" in hrefs(find(page.content, "//ul[@class='search-relax']"))


@pytest.mark.django_db
def test_api_search_detail_and_schema(client, database_search, settings):
    settings.SITE_URL = "https://careers.example.com"
    job = PublishedJobFactory(title="Inpatient Technician", state="OH", zip_code="43215")
    draft = DraftJobFactory()
    data = client.get("/api/v1/jobs?state=OH&requires=national-certification").json()
    assert data["total"] == 1 and data["page"] == 1
    result = data["results"][0]
    assert result["id"] == job.pk
    assert result["url"] == f"https://careers.example.com{job.get_absolute_url()}"
    assert result["state"] == "OH" and result["requirements"][0]["code"] == "national-certification"
    assert {"value": "OH", "label": "Ohio", "count": 1} in data["facets"]["state"]
    assert set(data["facets"]) == {"setting", "state", "type", "shift", "requires", "min_pay"}
    detail = client.get(f"/api/v1/jobs/{job.pk}")
    assert detail.status_code == 200 and detail.json()["requirements"]
    assert client.get(f"/api/v1/jobs/{draft.pk}").status_code == 404
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/jobs" in schema["paths"]
    assert "Access-Control-Allow-Origin" not in client.get("/api/v1/jobs")
    assert client.post("/api/v1/jobs").status_code == 405


@pytest.mark.django_db
def test_feed_uses_the_same_parameters(client, database_search):
    PublishedJobFactory(title="Texas Technician", state="TX")
    PublishedJobFactory(title="Ohio Technician", state="OH", zip_code="43215")
    response = client.get("/jobs/feed/?state=OH")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss")
    assert b"Ohio Technician" in response.content and b"Texas Technician" not in response.content


@pytest.mark.parametrize(
    "engine", [pytest.param("elasticsearch", marks=pytest.mark.elasticsearch), "database"]
)
@pytest.mark.django_db
def test_highlights_are_escaped_and_marked_on_every_engine(client, engine, request, settings):
    PublishedJobFactory(title="Sterile <script>alert(1)</script> Technician")
    PublishedJobFactory(title="Hospital Technician, IV room")
    if engine == "elasticsearch":
        request.getfixturevalue("es_index").rebuild()
    else:
        settings.ELASTICSEARCH_URL = ""
    html = client.get("/jobs/?q=sterile").content.decode()
    assert "<mark>Sterile</mark> &lt;script&gt;" in html
    assert "<script>alert(1)" not in html
    # "IV room" is a synonym of sterile: the job is found by it and the words that matched
    assert "Hospital Technician, <mark>IV</mark> <mark>room</mark>" in html
    # a typo (found by typo tolerance or through "did you mean"): the word meant is marked
    html = client.get("/jobs/?q=hosptial").content.decode()
    assert "<mark>Hospital</mark> Technician, IV room" in html


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_a_down_node_falls_back_to_the_database_with_a_notice(client, es_index, settings):
    PublishedJobFactory(title="Fallback Technician")
    es_index.rebuild()
    assert b"simpler mode" not in client.get("/jobs/").content
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:1"  # the node "stops"
    response = client.get("/jobs/?q=fallback")
    assert response.status_code == 200
    assert b"<mark>Fallback</mark> Technician" in response.content  # highlighted there too
    assert b"simpler mode" in response.content
    assert client.get("/api/v1/jobs").json()["engine"] == "database"
    # Autocomplete falls back to the database too (issue 10; it used to answer nothing).
    assert client.get("/jobs/suggest?q=fal").json() == {"suggestions": ["Fallback Technician"]}


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_zero_hits_do_not_fall_back(client, es_index):
    es_index.rebuild()
    data = client.get("/api/v1/jobs?q=nothingmatchesthis").json()
    assert data["total"] == 0 and data["engine"] == "elasticsearch"


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_suggestions_complete_any_word_of_a_title(client, es_index):
    PublishedJobFactory(title="Inpatient Pharmacy Technician")
    es_index.rebuild()
    suggestions = client.get("/jobs/suggest?q=tech").json()["suggestions"]
    assert "Technician" in suggestions
    assert (
        "Inpatient Pharmacy Technician" in client.get("/jobs/suggest?q=inp").json()["suggestions"]
    )
