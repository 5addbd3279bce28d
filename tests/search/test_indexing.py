"""The index follows the database: alias rebuilds, on_commit updates, check and fix."""

import os

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from employers.models import Organisation
from jobs.factories import DraftJobFactory, PublishedJobFactory
from jobs.models import Job, JobRequirement
from search import documents, engine, indexing, job_text
from search.service import job_search

pytestmark = pytest.mark.elasticsearch


def indexed_ids() -> set[int]:
    indexing.refresh()
    client = engine.get_client()
    hits = client.search(index=indexing.alias_name(), size=1000, source=False)["hits"]["hits"]
    return {int(hit["_id"]) for hit in hits}


@pytest.mark.django_db
def test_rebuild_swaps_the_alias_and_drops_the_old_index(es_index):
    job = PublishedJobFactory()
    DraftJobFactory()
    first = set(engine.get_client().indices.get_alias(name=indexing.alias_name()))
    report = indexing.rebuild()
    assert report.load.indexed == 1 and not report.load.errors
    now_behind = set(engine.get_client().indices.get_alias(name=indexing.alias_name()))
    assert now_behind == {report.index} and not (first & now_behind)
    assert not engine.get_client().indices.exists(index=",".join(first))
    assert indexed_ids() == {job.pk}


@pytest.mark.django_db
def test_mappings_work_on_this_node(es_index):
    client = engine.get_client()
    ((index, mapping),) = client.indices.get_mapping(index=indexing.alias_name()).items()
    properties = mapping["mappings"]["properties"]
    assert properties["location"]["type"] == "geo_point"
    assert properties["suggest"]["type"] == "completion"
    # Nothing is analysed on the node: the title is only kept (search.highlight marks it).
    assert properties["title"]["index"] is False
    # Keyword queries match the analysed terms with constant scores: nothing to score with.
    for field in ("title_terms", "facts_terms", "body_terms", "words"):
        assert properties[field]["index_options"] == "docs", field
        assert properties[field]["norms"] is False, field
        assert properties[field]["analyzer"] == "whitespace", field
    assert "description" not in properties  # its words are body_terms
    # No analyzer of the index's own: the same index on the minimal and a full distribution.
    live = client.indices.get_settings(index=index)[index]["settings"]["index"]
    assert "analysis" not in live


@pytest.mark.django_db
def test_document_carries_the_eligibility_keys(es_index):
    job = PublishedJobFactory(
        state="TX",
        state_credential="trainee-accepted",
        requirements=[("ptcb-cpht", "required", None), ("ptcb-cspt", "preferred", None)],
    )
    source = documents.source_for(Job.objects.with_public_relations().get(pk=job.pk))
    assert source["required_keys"] == ["ptcb-cpht", "state-TX-trainee-ok"]
    assert source["required_keys_count"] == 2
    assert source["requires"] == ["ptcb-cpht", "ptcb-cspt", "state-credential"]


@pytest.mark.django_db
def test_lifecycle_changes_reach_the_index_after_commit(
    es_index, django_capture_on_commit_callbacks
):
    job = DraftJobFactory()
    with django_capture_on_commit_callbacks(execute=True):
        job.publish()
    assert job.pk in indexed_ids()

    with django_capture_on_commit_callbacks(execute=True):
        job.title = "Night IV Technician"
        job.save()
    indexing.refresh()
    assert job_search({"q": "night"}).jobs == [job]

    with django_capture_on_commit_callbacks(execute=True):
        JobRequirement.objects.create(job=job, code="ptcb-cspt", level="required")
    indexing.refresh()
    assert job_search({"requires": ["ptcb-cspt"]}).total == 1

    with django_capture_on_commit_callbacks(execute=True):
        job.mark_filled()
    assert job.pk not in indexed_ids()


@pytest.mark.django_db
def test_rejecting_or_renaming_an_organisation_updates_its_jobs(
    es_index, django_capture_on_commit_callbacks
):
    job = PublishedJobFactory()
    other = PublishedJobFactory()
    es_index.rebuild()
    organisation = job.organisation
    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Renamed Pharmacy Group"
        organisation.save()
    indexing.refresh()
    assert job_search({"q": "renamed"}).jobs == [job]
    with django_capture_on_commit_callbacks(execute=True):
        Organisation.objects.get(pk=organisation.pk).reject(by=None, reason="Not a pharmacy")
    assert indexed_ids() == {other.pk}


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_transaction_never_reaches_the_index(es_index):
    job = DraftJobFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        Job.objects.get(pk=job.pk).publish()
        raise RuntimeError("roll back")
    assert job.pk not in indexed_ids()
    Job.objects.get(pk=job.pk).publish()  # autocommit: on_commit runs at once
    assert job.pk in indexed_ids()


@pytest.mark.django_db
def test_an_unreachable_node_keeps_the_write_and_flags_the_job(
    es_index, settings, django_capture_on_commit_callbacks
):
    job = DraftJobFactory()
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:1"
    with django_capture_on_commit_callbacks(execute=True):
        job.publish()
    job.refresh_from_db()
    assert job.status == Job.Status.PUBLISHED and job.needs_index_sync


@pytest.mark.django_db
def test_search_check_reports_and_fixes_missing_stale_and_extra(es_index, capsys):
    kept = PublishedJobFactory()
    stale = PublishedJobFactory()
    gone = PublishedJobFactory()
    job_text.rebuild()  # what search_reindex does first (no commit hooks run in tests)
    es_index.rebuild()
    missing = PublishedJobFactory()  # created without the hook running (no commit in tests)
    Job.objects.filter(pk=stale.pk).update(title="Changed behind the index's back")
    Job.objects.filter(pk=gone.pk).update(status=Job.Status.CLOSED)
    report = indexing.check()
    assert (report.missing, report.stale, report.extra) == ([missing.pk], [stale.pk], [gone.pk])
    with pytest.raises(CommandError, match="--fix"):
        call_command("search_check")
    call_command("search_check", "--fix")
    assert indexing.check().ok
    assert indexed_ids() == {kept.pk, stale.pk, missing.pk}


@pytest.mark.django_db
def test_search_reindex_command_reports_progress(es_index, capsys):
    PublishedJobFactory.create_batch(3)
    call_command("search_reindex")
    out = capsys.readouterr().out
    assert "3/3 jobs" in out and "Search index ready." in out


@pytest.mark.django_db
def test_worker_processes_build_the_documents_built_here(es_index):
    PublishedJobFactory(title="Night IV Técnico", state="CO", workplace=Job.Workplace.REMOTE)
    PublishedJobFactory(title="Long-term care tech", requirements=[])
    PublishedJobFactory.create_batch(3)
    job_text.rebuild()
    report = indexing.rebuild(processes=2)
    assert report.load.indexed == 5 and not report.load.errors
    # check() builds every document in this process: same fingerprints as the workers'.
    assert indexing.check().ok


def test_small_loads_are_built_in_process():
    assert indexing.build_processes(100) == 0
    assert indexing.build_processes(10**6) == max(0, len(os.sched_getaffinity(0)) - 2)


@pytest.mark.django_db
def test_bulk_load_reads_the_stored_analysed_text_and_check_sees_a_stale_row(es_index):
    from search.models import JobText

    job = PublishedJobFactory(title="Pharmacy Technician")
    other = PublishedJobFactory(title="Pharmacy Technician")
    job_text.rebuild()  # search_reindex: the analysed text first, then the index from it
    indexing.rebuild()
    assert indexing.check().ok  # documents from stored text equal a fresh analysis

    # The loader takes each job's JobText row as it stands (it does not analyse again) …
    JobText.objects.filter(job=job).update(title="zzmarker")
    indexing.rebuild()
    assert [j.pk for j in job_search({"q": "zzmarker"}).jobs] == [job.pk]
    # … and search_check, which analyses afresh, reports the job whose row was stale.
    report = indexing.check()
    assert report.stale == [job.pk] and other.pk not in report.stale
    indexing.fix(report)
    assert indexing.check().ok
