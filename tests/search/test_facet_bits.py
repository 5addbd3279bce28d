"""The database engines count facets from each job's bits (``search.facet_bits``), skip the
text for a word every job has, and Elasticsearch counts "drop one filter" in one request."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from jobs.factories import PublishedJobFactory
from jobs.models import JobRequirement
from pharmacy.eligibility import StatePolicy
from pharmacy.vocabulary import EmploymentType, Setting, Shift
from search import engine, facet_bits, fallback, job_text
from search.filters import bind, criteria_from
from search.models import JobFacets
from search.service import job_search

pytestmark = pytest.mark.django_db


def _statement_sql(params) -> str:
    """The SQL of the fallback's one statement for ``params`` (the longest query it runs)."""
    with CaptureQueriesContext(connection) as queries:
        fallback.search(criteria_from(bind(params)), offset=0, limit=20)
    return max((q["sql"] for q in queries), key=len)


def _bits(job) -> int:
    return JobFacets.objects.get(job=job).bits


def _has(job, param, value) -> bool:
    return bool(_bits(job) & facet_bits.bit()[(param, value)])


def test_bits_hold_what_the_filters_mean():
    job = PublishedJobFactory(
        employment_types=[EmploymentType.PART_TIME],
        shifts=[Shift.NIGHT, Shift.WEEKEND],
        pay_min=19,
        pay_max=21,
        pay_unit="hour",
        requirements=[("ptcb-cspt", "required", None)],
    )
    on = {value for value in facet_bits.values() if _has(job, *value)}
    assert {("type", "part-time"), ("shift", "night"), ("shift", "weekend")} <= on
    assert ("type", "full-time") not in on and ("shift", "day") not in on
    assert ("requires", "ptcb-cspt") in on and ("requires", "none") not in on
    # "at least $X": the top of the range, $21, reaches 15, 18 and 20 only
    assert {v for p, v in on if p == "min_pay"} == {"15", "18", "20"}


def test_bits_follow_requirement_changes(django_capture_on_commit_callbacks):
    job = PublishedJobFactory(requirements=[], state="OH")  # Ohio: no state credential
    job.refresh_from_db()
    # "none": no requirement rows and no state credential
    assert _has(job, "requires", "none") == (job.state_credential == StatePolicy.NOT_REQUIRED)
    requirement = JobRequirement.objects.create(job=job, code="ptcb-cpht", level="required")
    assert _has(job, "requires", "ptcb-cpht") and not _has(job, "requires", "none")
    with django_capture_on_commit_callbacks(execute=True):
        requirement.delete()
    assert not _has(job, "requires", "ptcb-cpht")


def test_the_migrations_fill_the_bits_of_existing_jobs_with_their_layout():
    jobs = [
        PublishedJobFactory(shifts=[Shift.DAY], requirements=[("ptcb-cspt", "required", None)]),
        PublishedJobFactory(employment_types=[EmploymentType.PER_DIEM], requirements=[]),
    ]
    written = {job.pk: (_bits(job), facet_bits.layout()) for job in jobs}
    JobFacets.objects.update(bits=0, layout=0)  # as 0005 found them: no layout yet
    migration = importlib.import_module("search.migrations.0005_jobfacets_layout")

    migration.refill(apps, connection.schema_editor())

    assert {f.job_id: (f.bits, f.layout) for f in JobFacets.objects.all()} == written
    assert all(bits for bits, _layout in written.values())


@pytest.mark.postgres
def test_rows_of_another_layout_are_not_read_until_rewritten(settings):
    """A vocabulary change moves the bits: until ``search_reindex`` rewrites the rows, the
    filters and counts come from the jobs' lists, and are right."""
    settings.ELASTICSEARCH_URL = ""
    night = PublishedJobFactory(shifts=[Shift.NIGHT], requirements=[])
    PublishedJobFactory(shifts=[Shift.DAY], requirements=[])
    JobFacets.objects.update(bits=0, layout=F("layout") + 1)  # written by another layout
    fallback._LAYOUT_CURRENT.clear()

    sql = _statement_sql({"shift": ["night"]})
    assert "bit_counts" not in sql and "shifts" in sql
    result = job_search({"shift": ["night"]})
    assert [job.pk for job in result.jobs] == [night.pk]
    assert {o["value"]: o["count"] for o in result.facets["shift"]}["day"] == 1

    job_text.rebuild()
    assert "bit_counts" in _statement_sql({"shift": ["night"]})
    assert [job.pk for job in job_search({"shift": ["night"]}).jobs] == [night.pk]


@pytest.mark.postgres
def test_facets_read_bits_not_json_lists_or_requirement_rows(settings):
    """The unfiltered search's facets were a pass per facet over the JSON lists and a join
    of the requirement rows (~600 ms at 100,000 jobs); now one pass over the bits."""
    settings.ELASTICSEARCH_URL = ""
    PublishedJobFactory(shifts=[Shift.NIGHT])
    sql = _statement_sql({"sort": "pay"})
    assert "bit_counts" in sql
    for column in ("jobs_jobrequirement", "employment_types", "shifts", "state_credential"):
        assert column not in sql, column


@pytest.mark.postgres
def test_filters_are_bit_tests_with_the_same_answers(settings):
    settings.ELASTICSEARCH_URL = ""
    night = PublishedJobFactory(
        shifts=[Shift.NIGHT],
        employment_types=[EmploymentType.FULL_TIME],
        requirements=[("ptcb-cspt", "required", None)],
    )
    PublishedJobFactory(
        shifts=[Shift.DAY],
        employment_types=[EmploymentType.FULL_TIME],
        requirements=[("ptcb-cspt", "required", None)],
    )
    params = {"shift": ["night"], "requires": ["ptcb-cspt"], "type": ["full-time", "part-time"]}
    sql = _statement_sql(params)
    assert "jobs_jobrequirement" not in sql and "shifts" not in sql
    result = job_search(params)
    assert [job.pk for job in result.jobs] == [night.pk]
    counts = {o["value"]: o["count"] for o in result.facets["shift"]}
    assert counts["night"] == 1 and counts["day"] == 1  # each facet without its own filter


@pytest.mark.postgres
def test_a_word_every_job_has_reads_no_text_unless_ranked(settings):
    """'technician' is in every job's facts: it selects every job, so only ranking reads it."""
    settings.ELASTICSEARCH_URL = ""
    jobs = [PublishedJobFactory(title="Courier"), PublishedJobFactory(title="IV Technician")]
    assert "search_jobtext" not in _statement_sql({"q": "technician", "sort": "newest"})
    assert job_search({"q": "technician", "sort": "newest"}).total == len(jobs)
    assert "search_jobtext" in _statement_sql({"q": "technician", "sort": "relevance"})
    ranked = job_search({"q": "technician", "sort": "relevance"})
    assert ranked.jobs[0].pk == jobs[1].pk  # the title match first
    assert "search_jobtext" in _statement_sql({"q": "sterile technician", "sort": "newest"})


@pytest.mark.postgres
def test_a_credentials_words_find_the_jobs_that_require_it(settings):
    """A job's requirement rows are in its search text (the factory once skipped the
    signals that write it, as no form does)."""
    settings.ELASTICSEARCH_URL = ""
    cspt = PublishedJobFactory(title="Technician", requirements=[("ptcb-cspt", "required", None)])
    PublishedJobFactory(title="Technician", requirements=[])
    assert [job.pk for job in job_search({"q": "CSPT"}).jobs] == [cspt.pk]


@pytest.mark.elasticsearch
def test_drop_one_filter_totals_are_one_request(es_index, monkeypatch):
    PublishedJobFactory(title="Hospital Pharmacy Technician", state="TX", setting=Setting.HOSPITAL)
    es_index.rebuild()
    client = engine.get_client()
    calls = []
    for method in ("search", "msearch"):
        real = getattr(client, method)

        def counted(*args, _real=real, _method=method, **kwargs):
            calls.append(_method)
            return _real(*args, **kwargs)

        monkeypatch.setattr(client, method, counted)

    result = job_search(
        {"q": "hospital", "state": "OH", "setting": [Setting.COMMUNITY_RETAIL], "shift": ["night"]}
    )

    assert result.total == 0 and result.engine == "elasticsearch"
    offered = {r["param"]: r["count"] for r in result.relaxations}
    assert offered == {}  # two filters exclude the job: dropping any one still finds none
    assert calls == ["search", "msearch"]  # was one search per set filter
    result = job_search({"q": "hospital", "state": "OH"})
    assert {r["param"]: r["count"] for r in result.relaxations} == {"state": 1}
