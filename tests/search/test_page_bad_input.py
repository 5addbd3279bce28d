"""Bad keywords on /jobs/ give a page (200), on the API a 200 or a JSON 400, never a 500: very
long input, punctuation only, NUL and other control characters, Elasticsearch and SQLite FTS5
query syntax. Control characters read as spaces on the page (the perimeter lets it have them)."""

import pytest
from django.core.cache import cache

from jobs.factories import PublishedJobFactory
from tests.html import find, find_all, text

pytestmark = pytest.mark.django_db

BAD = {
    "very long": "pharmacy " * 300,
    "punctuation only": "!?.,;:-_/\\|()[]{}",
    "NUL": "\x00",
    "NUL inside a word": "night\x00shift",
    "control characters": "\x01\x02\x1b\x7f",
    "ES field and wildcard": "title:*",
    "ES operator": "OR",
    "ES quote": '"',
    "ES unbalanced quote": '"night shift',
    "FTS5 NEAR": "NEAR(",
    "FTS5 star": "*",
    "FTS5 caret": "^",
}


@pytest.fixture
def night_shift(settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine; test_elasticsearch_* below use ES
    cache.clear()
    return PublishedJobFactory(title="Night Shift Pharmacy Technician", state="OH")


def check_answers(client) -> None:
    for name, q in BAD.items():
        html_page = client.get("/jobs/", {"q": q})
        assert html_page.status_code == 200, name
        # The page draws its search box and either results, a zero-result help or an error
        # (the long input is over the 200-character limit).
        box = find(html_page, '//input[@id="id_q"]')
        assert "\x00" not in box.get("value", ""), name
        assert find_all(html_page, '//*[@id="results-heading"]'), name
        api = client.get("/api/v1/jobs", {"q": q})
        assert api.status_code in (200, 400), (name, api.status_code)
        assert api["Content-Type"].startswith("application/json"), name


def test_bad_keywords_give_a_page_and_never_a_500(client, night_shift):
    check_answers(client)


@pytest.mark.elasticsearch
def test_bad_keywords_give_a_page_and_never_a_500_on_elasticsearch(client, settings, es_index):
    PublishedJobFactory(title="Night Shift Pharmacy Technician", state="OH")
    es_index.rebuild()
    cache.clear()
    check_answers(client)


def test_a_nul_in_the_keywords_reads_as_a_space_on_the_page(client, night_shift):
    response = client.get("/jobs/?q=night%00shift")
    assert response.status_code == 200  # the perimeter answered 400 before
    assert text(find(response, '//*[@id="results-heading"]')) == "1 job"
    assert find(response, '//input[@id="id_q"]').get("value") == "night shift"
    titles = [text(a) for a in find_all(response, '//ol[@class="job-results"]//h3/a')]
    assert titles == ["Night Shift Pharmacy Technician"]


def test_control_characters_in_a_parameter_name_or_a_filter_give_a_page(client, night_shift):
    for url in ["/jobs/?%00=1", "/jobs/?state=%01OH", "/jobs/?zip=%0043215", "/es/jobs/?q=%1B"]:
        assert client.get(url).status_code == 200, url


def test_the_api_and_other_pages_still_refuse_control_characters(client, night_shift):
    api = client.get("/api/v1/jobs?q=night%00shift")
    assert api.status_code == 400 and api.json()["detail"].startswith("Control characters")
    assert client.get("/jobs/feed/?q=%00").status_code == 400
    assert client.get("/jobs%00/").status_code == 400  # a control character in the path
