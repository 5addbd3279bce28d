"""Every main page of every role is valid HTML by the Nu Html Checker (the W3C validator).

The checker runs locally (scripts/vnu fetches it from Maven Central once into the service
cache); in CI a missing Java is a failure, locally a skip.
"""

import pytest

from tests.conftest import need

from .checker import check, java_available, report
from .pages import page_list, render_pages, seed_demo

pytestmark = pytest.mark.django_db


def test_every_main_page_is_valid_html(tmp_path):
    need("Java (for the Nu Html Checker)", java_available(), "install a JDK >= 17")
    seed_demo()
    pages = render_pages(page_list())
    errors = check(pages, tmp_path)
    assert not errors, report(errors)


def test_the_checker_reports_what_it_finds(tmp_path):
    """The test above is only as good as the checker's eyes: an hx-* attribute, a datetime with
    microseconds and an empty form action are each reported, on the page they are on."""
    need("Java (for the Nu Html Checker)", java_available(), "install a JDK >= 17")
    page = "<!doctype html><html lang='en'><head><title>t</title></head><body>{}</body></html>"
    errors = check(
        {
            "htmx": page.format("<p hx-get='/x'>x</p>"),
            "time": page.format("<time datetime='2026-01-02T03:04:05.123456+00:00'>x</time>"),
            "action": page.format("<form action=''></form>"),
            "clean": page.format("<p data-hx-get='/x'><time datetime='2026-01-02'>x</time></p>"),
        },
        tmp_path,
    )
    assert sorted(errors) == ["action", "htmx", "time"]
    assert "hx-get" in errors["htmx"][0]
    assert "fraction of a second" in errors["time"][0]
