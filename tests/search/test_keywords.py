"""Keywords on Elasticsearch and the PostgreSQL fallback: the shared analysis, bad input,
spelling, and what the page says when nothing matches. (SQLite: tests/relevance/sqlite_run.py
runs the same checks in a child process on the embedded default.)"""

import pytest
from django.urls import reverse

from jobs.factories import PublishedJobFactory
from search import job_text
from search.models import JobText
from search.service import job_search

from .keywords import check_bad_input, check_words

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_engine(settings):
    settings.ELASTICSEARCH_URL = ""


@pytest.mark.postgres
def test_postgres_words(database_engine):
    check_words()


@pytest.mark.elasticsearch
def test_elasticsearch_words(es_index):
    check_words(refresh=es_index.rebuild)


@pytest.mark.postgres
def test_postgres_bad_input(database_engine, client):
    PublishedJobFactory(title="Night Shift Pharmacy Technician")
    check_bad_input(client)


@pytest.mark.elasticsearch
def test_elasticsearch_bad_input(client, es_index):
    PublishedJobFactory(title="Night Shift Pharmacy Technician")
    es_index.rebuild()
    check_bad_input(client)


@pytest.mark.postgres
def test_structured_facts_are_words(database_engine):
    night = PublishedJobFactory(
        title="Pharmacy Technician", shifts=["night"], state="TX", zip_code="77002"
    )
    PublishedJobFactory(title="Pharmacy Technician", shifts=["day"], state="TX", zip_code="77002")
    PublishedJobFactory(title="Pharmacy Technician", shifts=["night"], state="OH")
    job_text.sync(JobText.objects.values_list("job_id", flat=True))  # requirements added late

    ids = [job.pk for job in job_search({"q": "night shift Houston CPhT"}).jobs]

    assert ids == [night.pk]


@pytest.mark.postgres
def test_title_match_ranks_above_fact_and_description(database_engine):
    in_body = PublishedJobFactory(
        title="Pharmacy Technician", description="<p>Some chemo work.</p>", duties=[]
    )
    in_facts = PublishedJobFactory(title="Pharmacy Technician", duties=["hazardous-chemo"])
    in_title = PublishedJobFactory(title="Chemo Pharmacy Technician", duties=[])

    ids = [job.pk for job in job_search({"q": "oncology"}).jobs]

    assert ids == [in_title.pk, in_facts.pk, in_body.pk]


@pytest.mark.postgres
def test_typo_is_corrected_against_the_index_vocabulary(database_engine):
    hospital = PublishedJobFactory(title="Hospital Pharmacy Technician")

    result = job_search({"q": "hosptial"})

    assert [job.pk for job in result.jobs] == [hospital.pk]
    assert result.corrected and result.suggestion == "hospital"


@pytest.mark.postgres
def test_zero_results_name_the_filter_to_drop(database_engine, client):
    PublishedJobFactory(title="Hospital Pharmacy Technician", state="TX")

    result = job_search({"q": "hospital", "state": "OH"})

    assert result.total == 0 and result.filtered
    assert result.relaxations == [{"param": "state", "count": 1, "query": "?q=hospital"}]
    page = client.get(reverse("search:jobs"), {"q": "hospital", "state": "OH"})
    assert b'href="?q=hospital"' in page.content
    assert "Remove one" in page.content.decode()


@pytest.mark.postgres
def test_zero_results_without_filters_do_not_blame_a_filter(database_engine, client):
    PublishedJobFactory(title="Hospital Pharmacy Technician")

    result = job_search({"q": "phlebotomist"})

    assert result.total == 0 and not result.filtered and result.relaxations == []
    text = client.get(reverse("search:jobs"), {"q": "phlebotomist"}).content.decode()
    assert "No jobs match these keywords" in text
    assert "filters" not in text.split('class="search-empty"')[1].split("</div>")[0]


@pytest.mark.postgres
def test_text_rows_follow_saves_and_deletes(database_engine):
    job = PublishedJobFactory(title="Pharmacy Technician")
    assert job_search({"q": "nuclear"}).total == 0
    job.title = "Nuclear Pharmacy Technician"
    job.save()
    assert job_search({"q": "nuclear"}).total == 1
    job.delete()
    assert not JobText.objects.filter(job_id=job.pk).exists()


@pytest.mark.postgres
def test_database_autocomplete(database_engine):
    PublishedJobFactory(title="Sterile Compounding Technician")
    from search.suggestions import suggest

    assert suggest("comp") == ["Sterile Compounding Technician"]
    assert suggest("steril comp") == ["Sterile Compounding Technician"]
    assert suggest("x") == []
