"""The API keeps its OpenAPI promise: Schemathesis generates requests from the schema (valid and
invalid ones, every parameter) and runs all of its checks on the answers; the schema lists every
parameter with its type and choices and every status the API answers; the docs need no network."""

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from config.wsgi import application
from jobs.factories import PublishedJobFactory

pytestmark = pytest.mark.django_db

SCHEMA_URL = "/api/v1/openapi.json"


# The schema is read from the app itself (no database needed to build it).
schema = schemathesis.openapi.from_wsgi(SCHEMA_URL, application)


@pytest.fixture
def jobs(settings):
    settings.ELASTICSEARCH_URL = ""  # the embedded default engine: no index to build
    cache.clear()
    # Like Django's test client: the WSGI app must not close the test's database connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield [
        PublishedJobFactory(title="Pharmacy Technician", state="TX", zip_code="77002"),
        PublishedJobFactory(title="IV Technician", state="OH", zip_code="43215"),
    ]
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_answer_conforms_to_the_schema_under_all_checks(case, jobs):
    cache.clear()  # the rate limit is documented (429), but the run is about the answers
    case.call_and_validate()


def test_the_schema_lists_every_search_parameter_with_its_type_and_choices(client):
    from search.filters import JobSearchFilterSet

    operation = client.get(SCHEMA_URL).json()["paths"]["/api/v1/jobs"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) == set(JobSearchFilterSet.base_filters)
    assert parameters["state"]["schema"]["type"] == "array"
    assert "TX" in parameters["state"]["schema"]["items"]["enum"]
    assert parameters["sort"]["schema"]["enum"] == ["relevance", "newest", "pay", "distance"]
    assert parameters["radius"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 500}
    assert "state-registration-TX" in parameters["have"]["schema"]["items"]["enum"]
    assert parameters["zip"]["schema"]["pattern"] == "^[0-9]{5}$"
    assert set(operation["responses"]) == {"200", "400", "429"}
    assert "Retry-After" in operation["responses"]["429"]["headers"]
    detail = client.get(SCHEMA_URL).json()["paths"]["/api/v1/jobs/{job_id}"]["get"]
    assert set(detail["responses"]) == {"200", "400", "404", "422", "429"}


def test_results_carry_absolute_urls(client, settings):
    settings.ELASTICSEARCH_URL = ""
    settings.SITE_URL = "https://careers.example.com"
    cache.clear()
    job = PublishedJobFactory(title="Pharmacy Technician")
    result = client.get("/api/v1/jobs").json()["results"][0]
    assert result["url"] == f"https://careers.example.com{job.get_absolute_url()}"
    detail = client.get(f"/api/v1/jobs/{job.pk}").json()
    assert detail["url"] == f"https://careers.example.com{job.get_absolute_url()}"


def test_control_characters_get_a_json_400_from_the_api(client):
    response = client.get("/api/v1/jobs?q=%01")
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert response.json()["detail"].startswith("Control characters")
    # Other pages keep the perimeter's plain-text 400; the search page reads them as spaces
    # (tests/search/test_page_bad_input.py).
    assert client.get("/jobs/feed/?q=%01")["Content-Type"].startswith("text/plain")


def test_the_docs_load_only_our_own_assets(client):
    html = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "/static/ninja/swagger-ui-init.js" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert "<script>" not in html  # no inline script: the CSP allows only our files


def test_the_search_answer_has_exactly_the_schemas_fields(client, jobs):
    """The endpoint returns its dicts without validating them through the schema again: each
    result, its pay and badges carry exactly the documented fields."""
    from search.api import Badge, FacetValue, JobResult, Pay, SearchResponse

    PublishedJobFactory(
        title="Sterile Technician", state="TX", requirements=[("ptcb-cpht", "required", None)]
    )
    body = client.get("/api/v1/jobs", {"q": "technician", "zip": "77002"}).json()
    assert set(body) == set(SearchResponse.model_fields)
    assert body["total"] == 3
    badges = []
    for result in body["results"]:
        assert set(result) == set(JobResult.model_fields)
        assert set(result["pay"]) == set(Pay.model_fields)
        assert result["distance_miles"] is not None  # a ZIP: distances are given
        badges += result["requirements"]
    assert badges and all(set(badge) == set(Badge.model_fields) for badge in badges)
    for options in body["facets"].values():
        assert all(set(option) == set(FacetValue.model_fields) for option in options)
    SearchResponse.model_validate(body)  # and the values have the documented types
