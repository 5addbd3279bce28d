"""sitemap.xml, robots.txt, site search and scheduled publishing."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from cms.models import GuidePage
from cms.site_url import site_root_url
from employers.models import Organisation
from jobs.models import Job

pytestmark = pytest.mark.django_db


def locations(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return re.findall(r"<loc>(.*?)</loc>", response.content.decode())


def test_sitemap_index_lists_the_page_and_job_sections(client):
    sections = locations(client, "/sitemap.xml")
    assert any(loc.endswith("/sitemap-pages.xml") for loc in sections)
    assert any(loc.endswith("/sitemap-jobs.xml") for loc in sections)


def test_sitemap_has_live_pages_only(client, make_guide, texas_page):
    live = make_guide("Live guide")
    make_guide("Draft guide", live=False)
    pages = locations(client, "/sitemap-pages.xml")
    assert any(loc.endswith(live.url) for loc in pages)
    assert any(loc.endswith("/states/tx/") for loc in pages)
    assert any(loc.endswith("/guides/") for loc in pages)
    assert not any("draft-guide" in loc for loc in pages)


def test_sitemap_has_public_jobs_only(client, make_job, organisation):
    public = make_job("Public")
    hidden = [
        make_job("Expired", expires_in=-timedelta(hours=1)),
        make_job("Expired by status", status=Job.Status.EXPIRED),
        make_job("Closed", status=Job.Status.CLOSED),
        make_job("Draft", status=Job.Status.DRAFT),
        make_job("Pending", status=Job.Status.PENDING_REVIEW),
        make_job("Reported", hidden_by_reports=True),
    ]
    rejected_org = Organisation.objects.create(
        name="Rejected",
        slug="rejected",
        hq_state="TX",
        npi="1234567893",
        verification=Organisation.Verification.REJECTED,
    )
    rejected = Job.objects.create(
        organisation=rejected_org,
        title="From a rejected org",
        description="x",
        setting="community-retail",
        state="TX",
        status=Job.Status.PUBLISHED,
        published_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=5),
    )
    hidden.append(rejected)
    jobs = locations(client, "/sitemap-jobs.xml")
    assert [loc for loc in jobs if loc.endswith(public.get_absolute_url())]
    for job in hidden:
        assert not [loc for loc in jobs if loc.endswith(job.get_absolute_url())], job.title
    # The public job only, once per language (English and /es/).
    assert sorted(jobs) == sorted(
        f"http://{host}{path}"
        for host in {loc.split("/")[2] for loc in jobs}
        for path in (public.get_absolute_url(), f"/es{public.get_absolute_url()}")
    )


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text and "Allow: /" in text
    for path in ("/admin/", "/django-admin/", "/employer/", "/candidate/", "/accounts/"):
        assert f"Disallow: {path}\n" in text
    assert f"Sitemap: {site_root_url()}/sitemap.xml" in text  # SITE_URL, not the request's host


def test_site_search_shows_guides_and_jobs_together(client, make_guide, make_job):
    make_guide("Sterile compounding careers", summary="IV rooms and cleanrooms.")
    make_guide("Retail basics", summary="Registers and refills.")
    make_guide("Sterile draft", live=False)
    make_job("Sterile Compounding Technician")
    make_job("Sterile closed", status=Job.Status.CLOSED)
    html = client.get("/search/", {"q": "sterile"}).content.decode()
    guides, jobs = html.split('id="guide-results"')[1].split('id="job-results"')
    assert "Sterile compounding careers" in guides
    assert "Retail basics" not in guides and "Sterile draft" not in guides
    assert "Sterile Compounding Technician" in jobs and "Sterile closed" not in jobs


def test_site_search_without_a_query_and_with_odd_input(client):
    assert client.get("/search/").status_code == 200
    assert client.get("/search/", {"q": "x" * 5000}).status_code == 200
    assert client.get("/search/", {"q": "<script>", "page": "abc"}).status_code == 200


def test_scheduled_publishing_waits_for_go_live_at(client, moderator, make_guide):
    guide = make_guide("Scheduled guide", live=False)
    go_live = timezone.now() + timedelta(hours=2)
    guide.go_live_at = go_live
    revision = guide.save_revision(user=moderator)
    revision.publish(user=moderator)
    guide.refresh_from_db()
    assert not guide.live
    assert revision.approved_go_live_at == go_live

    # Time passes: move the schedule into the past rather than sleeping.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled")
    guide.refresh_from_db()
    assert guide.live
    assert GuidePage.objects.live().filter(pk=guide.pk).exists()
