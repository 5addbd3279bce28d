"""The database fallback answers a search in one statement: page, total and every facet."""

import pytest

from jobs.factories import PublishedJobFactory
from pharmacy.vocabulary import Setting
from search import fallback
from search.filters import bind, criteria_from
from search.service import job_search

from .relaxations import check_relaxations_on_the_page, check_relaxed_totals

pytestmark = pytest.mark.django_db


def _search(params, **kwargs):
    return fallback.search(criteria_from(bind(params)), offset=0, limit=20, **kwargs)


SEARCHES = [
    {},
    {"q": "sterile technician", "sort": "relevance"},
    {"q": "pharmacy", "state": ["TX"], "type": ["full-time"], "sort": "pay"},
    {"setting": ["hospital-health-system"], "requires": ["none"], "min_pay": "18"},
    {"have": ["ptcb-cpht"], "shift": ["day"], "sort": "newest"},
    {"zip": "78701", "radius": "50", "sort": "distance"},
    {"zip": "78701", "sort": "relevance"},
]


@pytest.mark.parametrize("params", SEARCHES)
def test_one_statement_answers_page_total_and_facets(params, django_assert_max_num_queries):
    PublishedJobFactory(title="Sterile Compounding Technician", zip_code="78701")
    PublishedJobFactory(title="Inpatient Pharmacy Technician", zip_code="75201")
    _search(params)  # the eligibility rule's answers are cached on first use
    # SQLite: the statement (+ the radius or page-distance query). PostgreSQL also sets two
    # transaction-local settings in a savepoint: SAVEPOINT, SET, statement, RELEASE.
    # It was about a dozen queries (total, page, one or two per facet).
    with django_assert_max_num_queries(5):
        answer = _search(params)
    assert answer.total == len(answer.ids)


def test_without_facets_the_statement_still_counts():
    jobs = [PublishedJobFactory(title=f"Pharmacy Technician {n}") for n in range(3)]
    answer = fallback.search(
        criteria_from(bind({"sort": "newest"})), offset=1, limit=1, facets=False
    )
    assert (answer.total, answer.ids, answer.facets) == (3, [jobs[1].pk], {})


def test_radius_limits_every_facet_like_elasticsearch(settings):
    """The radius is a filter of the search, not of one facet: the setting facet counts
    the other settings within the radius (it used to count only the chosen setting's)."""
    settings.ELASTICSEARCH_URL = ""
    PublishedJobFactory(setting=Setting.HOSPITAL, zip_code="78701")
    PublishedJobFactory(setting=Setting.COMMUNITY_RETAIL, zip_code="78702")
    PublishedJobFactory(setting=Setting.COMMUNITY_RETAIL, zip_code="79901")  # El Paso: far

    result = job_search({"zip": "78701", "radius": "25", "setting": [Setting.HOSPITAL]})

    counts = {option["value"]: option["count"] for option in result.facets["setting"]}
    assert result.total == 1
    assert counts[Setting.HOSPITAL] == 1
    assert counts[Setting.COMMUNITY_RETAIL] == 1  # Austin's; not El Paso's


def test_facets_when_nothing_is_within_the_radius(settings):
    PublishedJobFactory(zip_code="79901")
    answer = _search({"zip": "78701", "radius": "25"})
    assert (answer.total, answer.ids) == (0, [])
    assert set(answer.facets["setting"].values()) == {0}
    assert {"state-credential", "none"} <= answer.facets["requires"].keys()
    assert set(answer.facets["requires"].values()) == {0}


def test_drop_one_filter_counts_are_one_statement(settings):
    settings.ELASTICSEARCH_URL = ""
    check_relaxed_totals()


def test_zero_results_name_the_filter_to_drop(settings):
    settings.ELASTICSEARCH_URL = ""
    check_relaxations_on_the_page()
