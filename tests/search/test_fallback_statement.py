"""The database fallback answers a search in one statement: page, total and every facet."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jobs.factories import PublishedJobFactory
from pharmacy.vocabulary import Setting
from search import fallback
from search.filters import bind, criteria_from
from search.service import _set_filters, job_search

from .relaxations import (
    check_facet_drops_come_with_the_search,
    check_relaxations_on_the_page,
    check_relaxed_totals,
)

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


def test_a_search_that_finds_nothing_counts_its_facet_drops_itself(settings):
    settings.ELASTICSEARCH_URL = ""
    check_facet_drops_come_with_the_search()


@pytest.mark.postgres
def test_drop_one_filter_counts_read_only_jobs_that_fail_at_most_one_filter(settings):
    """A job outside both the state and the setting cannot count when only one filter is
    dropped: the statement no longer computes every filter for it (700 → 200 ms for a
    zero-result search near a ZIP at 100,000 jobs)."""
    settings.ELASTICSEARCH_URL = ""
    PublishedJobFactory(state="TX", setting=Setting.HOSPITAL, shifts=["day"])
    PublishedJobFactory(state="OH", setting=Setting.HOSPITAL, shifts=["night"])
    for _ in range(3):  # neither Texas nor hospital: fail two filters
        PublishedJobFactory(state="OH", setting=Setting.COMMUNITY_RETAIL, shifts=["night"])
    params = {"state": ["TX"], "setting": [Setting.HOSPITAL], "shift": ["night"]}
    criteria = criteria_from(bind(params), now=timezone.now())
    with CaptureQueriesContext(connection) as queries:
        totals = fallback.relaxed_totals(criteria, _set_filters(criteria))
    assert totals == {"state": 1, "setting": 0, "shift": 1}

    sql = queries.captured_queries[-1]["sql"]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
        plan = cursor.fetchone()[0]
    plan = plan if isinstance(plan, list) else json.loads(plan)

    def nodes(node):
        yield node
        for child in node.get("Plans", []):
            yield from nodes(child)

    (cte,) = [n for n in nodes(plan[0]["Plan"]) if n.get("Subplan Name") == "CTE m"]
    assert cte["Actual Rows"] == 2  # the Texas job and the Ohio hospital job
