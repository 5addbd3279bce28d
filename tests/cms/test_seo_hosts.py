"""Canonical links, og:url, og:image, breadcrumb JSON-LD, the job page and every sitemap name
one host: SITE_URL's, whatever host the request came in on (the test client's is testserver)."""

import json
import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from cms.checks import default_site_matches_site_url
from cms.site_url import site_point_at_site_url, site_root_url
from tests.migration_data import ensure_site_tree

pytestmark = pytest.mark.django_db

META = {
    "canonical": r'<link rel="canonical" href="([^"]+)"',
    "og:url": r'<meta property="og:url" content="([^"]+)"',
    "og:image": r'<meta property="og:image" content="([^"]+)"',
}


def root(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def page_urls(html: str) -> dict[str, list[str]]:
    """Every absolute URL the page gives search engines and link previews."""
    found = {name: re.findall(pattern, html) for name, pattern in META.items()}
    found["breadcrumb"] = []
    found["jsonld url"] = []
    for script in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(script)
        if data.get("@type") == "BreadcrumbList":
            found["breadcrumb"] += [item["item"] for item in data["itemListElement"]]
        elif data.get("@type") == "JobPosting":
            found["jsonld url"].append(data["url"])
    return found


def locations(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, url
    return re.findall(r"<loc>(.*?)</loc>", response.content.decode())


@pytest.fixture(params=[None, "https://careers.example.com", "http://jobs.example.org:8080/"])
def site_url(request, settings):
    """The SITE_URL the test database was migrated with, then two others set as seed_demo
    sets them (through the same function as the migration)."""
    if request.param:
        settings.SITE_URL = request.param
        site_point_at_site_url(Site)
    return site_root_url()


def test_every_seo_url_and_sitemap_entry_is_on_site_url(
    client, site_url, make_guide, make_job, texas_page
):
    assert site_url != "http://testserver"
    make_guide("Sterile compounding careers", tags=["careers"])
    guide = make_guide("Hospital jobs in Texas", tags=["careers"])
    job = make_job("Sterile Compounding Technician")
    pages = ["/", "/guides/", guide.url, "/states/", "/states/tx/", job.get_absolute_url()]
    seen: dict[str, list[str]] = {}
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        for kind, urls in page_urls(response.content.decode()).items():
            seen.setdefault(kind, []).extend(urls)
    index = locations(client, "/sitemap.xml")
    seen["sitemap index"] = index
    seen["sitemap entries"] = [loc for section in index for loc in locations(client, section)]
    robots = client.get("/robots.txt").content.decode()
    seen["robots"] = re.findall(r"Sitemap: (\S+)", robots)

    # Each kind is there: 6 canonicals and og:urls, breadcrumbs on the 4 inner CMS pages.
    assert len(seen["canonical"]) == len(seen["og:url"]) == len(seen["og:image"]) == 6
    assert len(seen["breadcrumb"]) >= 8 and len(seen["jsonld url"]) == 1
    assert len(seen["sitemap index"]) == 2 and len(seen["sitemap entries"]) >= 6
    assert site_url + job.get_absolute_url() in seen["sitemap entries"]
    assert site_url + guide.url in seen["sitemap entries"]
    wrong = {kind: [u for u in urls if root(u) != site_url] for kind, urls in seen.items()}
    assert {kind: urls for kind, urls in wrong.items() if urls} == {}


def test_start_up_check_warns_when_the_default_site_disagrees(settings):
    assert default_site_matches_site_url() == []  # as migrated
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    (warning,) = default_site_matches_site_url()
    assert warning.id == "cms.W001" and "http://localhost" in warning.msg
    settings.SITE_URL = "https://careers.example.com/"
    site_point_at_site_url(Site)
    assert default_site_matches_site_url() == []
    assert Site.objects.get(is_default_site=True).root_url == "https://careers.example.com"


def test_the_tests_site_tree_restore_agrees_with_the_migration():
    Site.objects.all().delete()
    ensure_site_tree()
    assert default_site_matches_site_url() == []


def test_an_https_site_url_on_another_port_is_reported():
    """Wagtail cannot spell https on port 8443: the check says so rather than hide it."""
    from django.test import override_settings

    with override_settings(SITE_URL="https://careers.example.com:8443"):
        site_point_at_site_url(Site)
        (warning,) = default_site_matches_site_url()
    assert warning.id == "cms.W001"
