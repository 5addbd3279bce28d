"""Every page names its English and Spanish versions (issue 15), in its head and in the
sitemap: ``hreflang`` en, es and x-default (English), on the site's own host."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from cms.site_url import site_root_url
from tests.html import parse

pytestmark = pytest.mark.django_db

XHTML = "{http://www.w3.org/1999/xhtml}link"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def versions(path: str) -> dict[str, str]:
    """What a page at English ``path`` should name: itself in each language."""
    root = site_root_url()
    english = f"{root}{path}"
    return {"en": english, "es": f"{root}/es{path}", "x-default": english}


def head_alternates(client, url) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == 200, url
    links = parse(response).xpath("//head/link[@rel='alternate'][@hreflang]")
    return {link.get("hreflang"): link.get("href") for link in links}


@pytest.fixture
def texas_page(texas_page):
    """The Texas page and its Spanish translation (a Wagtail page names only the versions that
    exist: tests/cms/test_spanish_content.py covers an untranslated one)."""
    spanish = texas_page.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish.save_revision().publish()
    return texas_page


@pytest.fixture
def job_path(make_job):
    return make_job("Night Shift Pharmacy Technician").get_absolute_url()


@pytest.mark.parametrize("language", ["", "/es"])
def test_the_head_of_each_kind_of_page_names_both_versions(client, language, job_path, texas_page):
    for path in ["/", "/jobs/", job_path, texas_page.url, "/accounts/signup/"]:
        assert head_alternates(client, f"{language}{path}") == versions(path), path


def sitemap_alternates(client, section) -> dict[str, dict[str, str]]:
    response = client.get(f"/sitemap-{section}.xml")
    assert response.status_code == 200
    urls = ET.fromstring(response.content).iter(f"{SITEMAP}url")
    return {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.iter(XHTML)
        }
        for url in urls
    }


def test_the_sitemap_lists_a_job_in_both_languages_each_naming_the_other(client, job_path):
    listed = sitemap_alternates(client, "jobs")
    expected = versions(job_path)
    for language in ("en", "es"):
        assert listed.get(expected[language]) == expected, (expected[language], listed)


def test_the_sitemap_lists_a_page_in_both_languages_each_naming_the_other(client, texas_page):
    listed = sitemap_alternates(client, "pages")
    expected = versions(texas_page.url)
    for language in ("en", "es"):
        assert listed.get(expected[language]) == expected, (expected[language], listed)
