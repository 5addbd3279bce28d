"""The perimeter: security headers, private caching, control characters, the cache table."""

import re
import sqlite3
from pathlib import Path

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver

from accounts.factories import JobSeekerFactory
from config.middleware import PrivateCacheMiddleware
from jobs.models import Job
from tests.cms import conftest as cms_fixtures

from .test_site import production_env, run_manage

pytestmark = pytest.mark.django_db
# The CMS tests' fixtures: a published Texas page, a verified organisation, jobs.
make_job, organisation = cms_fixtures.make_job, cms_fixtures.organisation
states_index, texas_page, texas_rules = (
    cms_fixtures.states_index,
    cms_fixtures.texas_page,
    cms_fixtures.texas_rules,
)
ROOT = Path(__file__).resolve().parents[2]
NUL_QUERY = "?q=%00&tag=%00&state=%00"


@pytest.fixture
def public_urls(texas_page, make_job, organisation):
    job = make_job()
    assert job.status == Job.Status.PUBLISHED
    return [
        "/",
        "/jobs/",
        job.get_absolute_url(),
        "/search/",
        "/guides/",
        "/states/",
        "/states/tx/",
        f"/employers/{organisation.slug}/",
        "/api/v1/jobs",
        "/jobs/feed/",
        "/sitemap.xml",
    ]


def argument_free_paths(patterns=None, prefix=""):
    """Every URL pattern that needs no argument, found by walking the resolver."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = str(pattern.pattern)
        if re.search(r"[<^$(\\]", route):
            continue
        if isinstance(pattern, URLResolver):
            yield from argument_free_paths(pattern.url_patterns, prefix + route)
        else:
            yield "/" + prefix + route


# --- Control characters ------------------------------------------------------------------


def test_nul_in_a_query_parameter_was_a_500_and_is_now_a_400(client):
    for url in ["/search/?q=%00", "/guides/?tag=%00", "/jobs/feed/?q=%00"]:
        response = client.get(url)
        assert response.status_code == 400, url
        assert "Content-Security-Policy" in response


# The job search page reads control characters in its query as spaces (a pasted NUL in the
# keywords is a page, not an error): config.middleware.TOLERANT_VIEWS.
TOLERANT_PATHS = {"/jobs/", "/es/jobs/"}


def test_every_public_get_view_answers_nul_bytes_without_a_5xx(client, public_urls):
    paths = set(public_urls) | set(argument_free_paths())
    assert len(paths) > 30
    for path in sorted(paths):
        response = client.get(path + NUL_QUERY)
        assert response.status_code < 500, path
        assert response.status_code == (200 if path in TOLERANT_PATHS else 400), path
    for path in public_urls:  # and the same pages answer normally without them
        assert client.get(path + "?q=technician").status_code < 400, path


@pytest.mark.parametrize("value", ["%01", "%1B", "%7F", "a%00b"])
def test_other_control_characters_are_refused(client, value):
    assert client.get(f"/guides/?tag={value}").status_code == 400
    assert client.get(f"/jobs/feed/?{value}=1").status_code == 400
    # ... except by the search page, which reads them as spaces.
    assert client.get(f"/jobs/?q={value}").status_code == 200
    assert client.get(f"/jobs/?{value}=1").status_code == 200


def test_tabs_and_newlines_are_ordinary_input(client):
    assert client.get("/jobs/?q=night%09shift%0D%0A").status_code == 200


def test_a_nul_in_the_path_is_refused(client):
    assert client.get("/guides%00/").status_code == 400


@pytest.mark.parametrize(
    ("url", "language", "message"),
    [
        ("/guides%00/", "en", "Control characters are not allowed in the address."),
        ("/guides/?tag=%00", "en", "Control characters are not allowed in the address."),
        # Refused before LocaleMiddleware (the path) and after it (the query): Spanish alike.
        ("/es/guides%00/", "es", "No se permiten caracteres de control en la dirección."),
        ("/es/guides/?tag=%00", "es", "No se permiten caracteres de control en la dirección."),
    ],
)
def test_the_refusal_is_in_the_language_of_the_address(client, url, language, message):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="es" if language == "en" else "en")
    assert response.status_code == 400
    assert response.content.decode() == message
    assert response["Content-Language"] == language


def test_the_apis_refusal_stays_english_json(client):
    response = client.get("/api/v1/jobs?q=%00", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 400
    assert response.json()["detail"] == "Control characters are not allowed in the address."


# --- Content-Security-Policy and Permissions-Policy --------------------------------------


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part
    }


def test_every_public_page_has_a_strict_content_security_policy(client, public_urls):
    for path in public_urls:
        response = client.get(path)
        csp = directives(response)
        assert csp["script-src"] == ["'self'"], path
        assert csp["style-src"] == ["'self'"], path
        assert csp["object-src"] == ["'none'"], path
        assert csp["frame-ancestors"] == ["'none'"], path
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], path
        assert "camera=()" in response["Permissions-Policy"], path
        assert "geolocation=()" in response["Permissions-Policy"], path


def test_only_the_wagtail_admin_gets_inline_allowances(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root@example.com", "pw")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = directives(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in directives(client.get("/jobs/"))["script-src"]


def test_templates_hold_no_inline_script_style_or_handlers():
    offences = []
    for template in (ROOT / "templates").rglob("*.html"):
        if "email" in template.parts:  # mail is read in a mail client, not under the policy
            continue
        text = template.read_text()
        for match in re.finditer(r"<script\b([^>]*)>", text):
            attrs = match.group(1)
            if "src=" not in attrs and "application/ld+json" not in attrs:
                offences.append(f"{template}: inline <script{attrs}>")
        if re.search(r"\sstyle=", text):
            offences.append(f"{template}: style attribute")
        if re.search(r"\son[a-z]+\s*=", text):
            offences.append(f"{template}: on* handler")
    assert offences == []


# --- Cache-Control -------------------------------------------------------------------------


def test_pages_for_a_signed_in_user_are_private(client):
    client.force_login(JobSeekerFactory())
    for path in ["/", "/jobs/", "/me/"]:
        response = client.get(path, follow=True)
        assert "private" in response["Cache-Control"], path


def test_anonymous_pages_are_not_marked_private(client):
    response = client.get("/jobs/")
    assert "private" not in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    "before,after",
    [
        ("public, max-age=600", "max-age=600, private"),
        ("no-store", "no-store"),
        ("", "private"),
    ],
)
def test_private_is_added_unless_the_view_said_something_stricter(before, after, settings):
    user = JobSeekerFactory()

    def view(request):
        response = HttpResponse("hi")
        if before:
            response["Cache-Control"] = before
        return response

    request = RequestFactory().get("/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "x"
    request.user = user
    response = PrivateCacheMiddleware(view)(request)
    assert sorted(response["Cache-Control"].split(", ")) == sorted(after.split(", "))


# --- The cache table -----------------------------------------------------------------------


def test_migrate_alone_creates_the_cache_table(tmp_path):
    env = production_env(tmp_path)
    result = run_manage("migrate", "--noinput", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert "rxtech_cache" in tables


def test_make_run_has_no_separate_createcachetable_step():
    assert "createcachetable" not in (ROOT / "Makefile").read_text()
    assert "createcachetable" not in (ROOT / "docs" / "deploy.md").read_text()
