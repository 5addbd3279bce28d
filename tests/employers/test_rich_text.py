"""The rich-text editor on organisation "about" and job descriptions: the headings it writes
survive the sanitisers, everything else stays strict, and its pages stay CSP-clean."""

import re

import pytest
from django.urls import reverse

from employers.about_html import clean_about
from jobs.description_html import sanitise_description

pytestmark = pytest.mark.django_db

EDITOR_OUTPUT = (
    "<h2>About us</h2><p>We fill <strong>prescriptions</strong>.<br>Daily.</p>"
    "<h3>Benefits</h3><ul><li>Paid CE</li></ul>"
)
HOSTILE = (
    '<h1>Big</h1><div style="color:red">Box</div><h2 onclick="x()" class="c">Safe</h2>'
    "<pre>code</pre><blockquote>q</blockquote><img src=x onerror=alert(1)><script>alert(1)</script>"
)


@pytest.mark.parametrize("clean", [clean_about, sanitise_description])
def test_the_editors_headings_and_formatting_survive(clean):
    assert clean(EDITOR_OUTPUT) == EDITOR_OUTPUT


@pytest.mark.parametrize("clean", [clean_about, sanitise_description])
def test_everything_else_stays_stripped(clean):
    html = clean(HOSTILE)
    assert "<h2>Safe</h2>" in html
    for gone in ("<h1", "<div", "style=", "onclick", "class=", "<pre", "<blockquote", "<img"):
        assert gone not in html, gone
    assert "<script" not in html and "alert(1)" not in html


def test_owner_saves_headings_in_the_about_text(client, organisation, owner):
    client.force_login(owner)
    url = reverse("employers:edit", args=[organisation.slug])
    data = {
        "name": organisation.name,
        "hq_state": organisation.hq_state,
        "npi": organisation.npi,
        "ncpdp": organisation.ncpdp or "",
        "website": "https://lonestar.example",
        "practice_settings": ["community-retail"],
        "about": EDITOR_OUTPUT,
    }
    assert client.post(url, data).status_code == 302
    organisation.refresh_from_db()
    assert organisation.about == EDITOR_OUTPUT
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert "<h2>About us</h2>" in page and "<h3>Benefits</h3>" in page


def nonce_of(response) -> str:
    policy = response["Content-Security-Policy"]
    (style,) = [part.strip() for part in policy.split(";") if part.strip().startswith("style-src")]
    (nonce,) = re.findall(r"'nonce-([^']+)'", style)
    return nonce


def assert_editor_page(response, field):
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(rf'<textarea[^>]*name="{field}"[^>]*data-rich-text="{field}"', html) or (
        re.search(rf'<textarea[^>]*data-rich-text="{field}"[^>]*name="{field}"', html)
    )
    assert '<script src="/static/vendor/trix/trix.umd.min.js" defer></script>' in html
    assert '<script src="/static/js/rich_text.js" defer></script>' in html
    assert '<link rel="stylesheet" href="/static/css/editor.css">' in html
    # Trix's built-in styles get this request's nonce; scripts stay 'self' only.
    assert f'<meta name="trix-csp-nonce" content="{nonce_of(response)}">' in html
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    directives = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert directives["script-src"] == "'self'"


def test_the_organisation_form_carries_the_editor(client, organisation, owner):
    client.force_login(owner)
    assert_editor_page(client.get(reverse("employers:edit", args=[organisation.slug])), "about")


def test_the_job_form_carries_the_editor(client, organisation, owner):
    client.force_login(owner)
    assert_editor_page(client.get(reverse("jobs:create")), "description")


def test_pages_without_the_editor_send_no_nonce(client, organisation):
    response = client.get(organisation.get_absolute_url())
    assert "nonce-" not in response["Content-Security-Policy"]
