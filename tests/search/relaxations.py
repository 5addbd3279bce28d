"""Shared by the PostgreSQL and SQLite runs: "drop one filter" counts in one statement."""

from dataclasses import replace
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jobs.factories import PublishedJobFactory
from jobs.models import Job
from pharmacy.vocabulary import Setting
from search import fallback
from search.filters import bind, criteria_from
from search.service import RELAXABLE, _set_filters, job_search

# Each search sets several filters; every one of them can be dropped.
SEARCHES = [
    {"q": "technician", "state": ["OH"], "setting": [Setting.HOSPITAL], "type": ["part-time"]},
    {"state": ["TX", "OH"], "requires": ["ptcb-cspt"], "setting": [Setting.HOSPITAL],
     "posted": "7"},
    {"q": "sterile", "zip": "78701", "radius": "25", "min_pay": "25", "shift": ["night"]},
    {"remote": "1", "setting": [Setting.COMMUNITY_RETAIL], "have": ["ptcb-cpht"]},
    # Nothing within the radius (Schemathesis found this one: a 500 on PostgreSQL).
    {"zip": "72531", "radius": "150", "requires": ["none", "ptcb-cpht"], "posted": "220",
     "have": [""]},
]  # fmt: skip


def make_jobs():
    now = timezone.now()
    plain = {"duties": [], "benefits": [], "description": "<p>Join our team.</p>"}
    PublishedJobFactory(
        title="Sterile Compounding Technician", state="TX", zip_code="78701",
        setting=Setting.HOSPITAL, shifts=["night"], employment_types=["full-time"],
        pay_min=22, pay_max=26, pay_unit="hour",
        requirements=[("ptcb-cpht", "required", None)], **plain,
    )  # fmt: skip
    PublishedJobFactory(
        title="Inpatient Pharmacy Technician", state="OH", zip_code="43215",
        setting=Setting.HOSPITAL, employment_types=["full-time"], shifts=["day"],
        requirements=[("ptcb-cspt", "required", None)],
        published_at=now - timedelta(days=20), **plain,
    )  # fmt: skip
    PublishedJobFactory(
        title="Retail Pharmacy Technician", state="OH", zip_code="43215",
        setting=Setting.COMMUNITY_RETAIL, employment_types=["part-time"], shifts=["evening"],
        **plain,
    )  # fmt: skip
    PublishedJobFactory(
        title="Remote Prior Authorization Technician", state="TX", workplace=Job.Workplace.REMOTE,
        remote_states=["TX", "OH"], zip_code="", setting=Setting.COMMUNITY_RETAIL,
        requirements=[("ptcb-cpht", "required", None)], **plain,
    )  # fmt: skip


def check_relaxed_totals():
    """Equal to one count-only search per dropped filter, in at most three queries."""
    make_jobs()
    for params in SEARCHES:
        criteria = criteria_from(bind(params), now=timezone.now())
        dropped = _set_filters(criteria)
        assert len(dropped) >= 3, params
        expected = {
            p: fallback.search(replace(criteria, **RELAXABLE[p]), offset=0, limit=0).total
            for p in dropped
        }
        fallback.relaxed_totals(criteria, dropped)  # the eligibility answers are cached
        with CaptureQueriesContext(connection) as queries:
            totals = fallback.relaxed_totals(criteria, dropped)
        assert totals == expected, (params, totals, expected)
        assert len(queries) <= 2, [q["sql"][:80] for q in queries]  # (+ the radius query)
        assert any(totals.values()), (params, totals)  # not all empty
        # A search that finds nothing counted its facet filters' drops itself (all of them,
        # or none when nothing can match, e.g. no job within the radius): the same.
        answer = fallback.search(criteria, offset=0, limit=20)
        if answer.total == 0:
            facets = set(fallback.facet_filters(criteria)) & set(dropped)
            assert set(answer.relaxed) in (facets, set()), (params, answer.relaxed)
            assert all(n == expected[p] for p, n in answer.relaxed.items()), answer.relaxed
        if "radius" in params and "78701" not in params.get("zip", ""):
            assert totals["zip"] > 0 and not totals["requires"], totals


def check_relaxations_on_the_page():
    """A search that finds nothing names the filters to drop with their true counts."""
    make_jobs()
    result = job_search({"q": "sterile", "state": ["OH"], "shift": ["night"]})
    assert result.total == 0 and result.engine == "database"
    offered = {r["param"]: r["count"] for r in result.relaxations}
    # Without the state: the Texas night job; without the shift: the Ohio day job that
    # requires the sterile products certificate (CSPT: its words are in the job's facts).
    assert offered == {"state": 1, "shift": 1}, result.relaxations


def check_facet_drops_come_with_the_search():
    """With only facet filters set, a search that finds nothing names what to drop from its
    own statement (no second count); a search that finds jobs counts nothing more."""
    make_jobs()
    params = {"q": "sterile", "state": ["OH"], "shift": ["night"]}
    criteria = criteria_from(bind(params), now=timezone.now())
    answer = fallback.search(criteria, offset=0, limit=20)
    assert answer.total == 0
    assert answer.relaxed == fallback.relaxed_totals(criteria, ["state", "shift"])
    assert answer.relaxed == {"state": 1, "shift": 1}
    with CaptureQueriesContext(connection) as queries:
        result = job_search(params)
    statements = [q["sql"][:60] for q in queries if "AS MATERIALIZED" in q["sql"]]
    assert len(statements) == 1, statements
    assert {r["param"]: r["count"] for r in result.relaxations} == {"state": 1, "shift": 1}
    found = fallback.search(
        criteria_from(bind({"q": "sterile", "state": ["TX"]}), now=timezone.now()),
        offset=0, limit=20,
    )  # fmt: skip
    assert found.total == 1 and found.relaxed == {}
    # A caller that shows no "drop a filter" advice (the API, feeds, alerts) counts none:
    # the statement has no 'relaxed' selects and nothing is counted after it.
    quiet = fallback.search(criteria, offset=0, limit=20, relaxed=False)
    assert quiet.total == 0 and quiet.relaxed == {}
    with CaptureQueriesContext(connection) as queries:
        result = job_search(params, relaxations=False)
    assert result.total == 0 and result.relaxations == [] and result.filtered
    statements = [q["sql"] for q in queries if "AS MATERIALIZED" in q["sql"]]
    assert len(statements) == 1 and "'relaxed'" not in statements[0]
