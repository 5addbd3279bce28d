"""The project's own 404 and 500 pages, favicon and app icons."""

import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.views.defaults import server_error

STATIC = Path(__file__).resolve().parent.parent / "static"


def test_500_renders_without_context_processors_or_database():
    """Not marked django_db: any query while rendering would fail this test."""
    response = server_error(RequestFactory().get("/jobs/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in html
    assert 'href="/static/css/site.css"' in html and 'class="site-header"' in html
    assert "{%" not in html and "{{" not in html


@pytest.mark.django_db
def test_404_is_the_project_page_for_views_and_cms_paths(client):
    for url in ("/no-such-page/", "/guides/no-such-guide/", "/jobs/999999/"):
        response = client.get(url)
        assert response.status_code == 404, url
        html = response.content.decode()
        assert "We can’t find that page" in html, url
        assert 'class="site-header"' in html and 'action="/jobs/"' in html
        assert '<meta name="robots" content="noindex">' in html


@pytest.mark.django_db
def test_favicon_ico_redirects_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.ico"
    assert finders.find("img/favicon.ico")


@pytest.mark.django_db
def test_every_page_links_its_icons_and_manifest(client):
    html = client.get("/jobs/").content.decode()
    for link in (
        '<link rel="icon" href="/static/img/favicon.ico"',
        '<link rel="apple-touch-icon" href="/static/img/apple-touch-icon.png">',
        '<link rel="manifest" href="/static/site.webmanifest">',
    ):
        assert link in html
    manifest = json.loads((STATIC / "site.webmanifest").read_text())
    for icon in manifest["icons"]:
        assert (STATIC / icon["src"].removeprefix("/static/")).is_file(), icon


def test_the_og_image_is_a_1200_by_630_png():
    from PIL import Image

    with Image.open(STATIC / "img" / "og-image.png") as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))
