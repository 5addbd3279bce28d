"""Issue 11: a taken-down job, or one of a rejected organisation, leaves the index, the
sitemap, the feed and the API at once (all read ``Job.objects.visible()``)."""

import pytest

from accounts.factories import ModeratorFactory
from employers import services as employer_services
from jobs import services
from jobs.factories import PublishedJobFactory
from search import engine, indexing

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def moderator(db):
    return ModeratorFactory()


def indexed_ids() -> set[int]:
    indexing.refresh()
    hits = engine.get_client().search(index=indexing.alias_name(), size=100, source=False)
    return {int(hit["_id"]) for hit in hits["hits"]["hits"]}


def public_surfaces(client, job) -> dict[str, bool]:
    return {
        "index": job.pk in indexed_ids(),
        "sitemap": f"/jobs/{job.pk}/" in client.get("/sitemap-jobs.xml").content.decode(),
        "feed": f"/jobs/{job.pk}/" in client.get("/jobs/feed/").content.decode(),
        "api": client.get(f"/api/v1/jobs/{job.pk}").status_code == 200,
    }


def test_a_take_down_leaves_every_public_surface(
    client, es_index, moderator, django_capture_on_commit_callbacks
):
    job = PublishedJobFactory()
    es_index.rebuild()
    assert all(public_surfaces(client, job).values())
    with django_capture_on_commit_callbacks(execute=True):
        services.job_take_down(job=job, by=moderator, reason="Scam")
    assert not any(public_surfaces(client, job).values())


def test_rejecting_the_organisation_removes_its_jobs(
    client, es_index, moderator, django_capture_on_commit_callbacks
):
    job = PublishedJobFactory()
    es_index.rebuild()
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_reject(
            organisation=job.organisation, by=moderator, reason="Not a pharmacy"
        )
    assert not any(public_surfaces(client, job).values())
