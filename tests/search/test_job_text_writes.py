"""JobText is written once per change, never rewritten unchanged; jobs_job has no tsvector."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jobs.factories import PublishedJobFactory
from jobs.models import JobRequirement
from search import job_text
from search.models import JobText

pytestmark = pytest.mark.django_db


def jobtext_writes(queries) -> int:
    return sum('INSERT INTO "search_jobtext"' in q["sql"] for q in queries.captured_queries)


def test_a_job_save_writes_its_text_once(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""
    job = PublishedJobFactory(title="Retail Technician")
    job.title = "Night Sterile Technician"
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True),
    ):
        job.save()
    assert jobtext_writes(queries) == 1
    assert "night" in JobText.objects.get(job=job).title.split()


def test_unchanged_text_is_not_rewritten():
    job = PublishedJobFactory(title="Retail Technician")
    job_text.sync([job.pk])  # the factory added requirements after the save
    with CaptureQueriesContext(connection) as queries:
        job_text.sync([job.pk])
        job.save(update_fields=["view_count"])  # no word of the text changed
    assert jobtext_writes(queries) == 0


def test_a_requirement_change_reaches_the_text(django_capture_on_commit_callbacks):
    job = PublishedJobFactory(requirements=[])  # a community retail job: nothing sterile
    assert "sterile" not in JobText.objects.get(job=job).facts.split()
    # "CSPT" (the sterile compounding credential) is read as the sterile term.
    requirement = JobRequirement.objects.create(job=job, code="ptcb-cspt", level="required")
    assert "sterile" in JobText.objects.get(job=job).facts.split()
    with django_capture_on_commit_callbacks(execute=True):
        requirement.delete()
    assert "sterile" not in JobText.objects.get(job=job).facts.split()


def test_rebuild_writes_missing_rows_and_deletes_none_it_needs():
    jobs = PublishedJobFactory.create_batch(3)
    JobText.objects.filter(job=jobs[0]).delete()
    JobText.objects.filter(job=jobs[1]).update(title="stale")
    assert job_text.rebuild() == 3
    expected = {job.pk: JobText.objects.get(job=job).title for job in jobs}
    assert set(JobText.objects.values_list("job_id", flat=True)) == {job.pk for job in jobs}
    assert "stale" not in expected.values() and all(expected.values())


@pytest.mark.postgres
def test_jobs_job_has_no_search_vector_column():
    with connection.cursor() as cursor:
        table = connection.introspection.get_table_description(cursor, "jobs_job")
    columns = {column.name for column in table}
    assert "search_vector" not in columns
    assert "title" in columns  # the introspection did read the table
