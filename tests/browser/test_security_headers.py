"""The public pages work under the strict Content-Security-Policy, JSON-LD included, and the
shared browser fixture really catches a violation."""

import pytest
from playwright.sync_api import expect

from accounts.factories import DEFAULT_PASSWORD
from cms.models import GuideIndexPage
from jobs.factories import PublishedJobFactory
from tests.cms import conftest as cms_fixtures

from .test_counsellor_workflow import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# The CMS tests' fixtures: a published Texas requirements page.
states_index, texas_page, texas_rules = (
    cms_fixtures.states_index,
    cms_fixtures.texas_page,
    cms_fixtures.texas_rules,
)


@pytest.fixture
def job(settings):
    settings.ELASTICSEARCH_URL = ""
    return PublishedJobFactory(title="Sterile IV Technician", state="TX")


def test_public_pages_load_with_no_policy_violation(page, live_server, job, texas_page):
    for path in [
        "/",
        "/jobs/",
        f"/jobs/{job.pk}/",
        "/guides/",
        "/states/",
        "/states/tx/",
        job.organisation.get_absolute_url(),
        "/accounts/login/",
        "/accounts/signup/",
    ]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"], path
    # The job page's JSON-LD is data: it is on the page, and the policy did not object to it.
    page.goto(f"{live_server.url}/jobs/{job.pk}/")
    assert page.locator('script[type="application/ld+json"]').count() >= 1


def test_the_state_map_keeps_its_layout_without_style_attributes(page, live_server, texas_page):
    page.goto(f"{live_server.url}/states/")
    tile = page.locator(".tile-map .tile").first
    expect(tile).to_be_visible()
    columns = page.locator(".tile-map .tile").evaluate_all(
        "tiles => new Set(tiles.map(t => getComputedStyle(t).gridColumnStart)).size"
    )
    assert columns == 11


def test_htmx_search_runs_without_inline_styles(page, live_server, job):
    page.goto(f"{live_server.url}/jobs/")
    page.get_by_label("Keywords").fill("sterile")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.get_by_role("link", name="Sterile IV Technician")).to_be_visible()


def test_an_inline_script_is_refused_and_reported(page, live_server, csp_violations):
    page.goto(f"{live_server.url}/jobs/")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.injected = 1'; document.body.append(s); }"
    )
    expect(page.locator("body")).to_be_visible()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.injected") is None
    assert any("Content Security Policy" in message for message in csp_violations)
    csp_violations.clear()  # this test's violation was the point


def test_the_wagtail_admin_works_under_its_policy(page, live_server, django_user_model):
    django_user_model.objects.create_superuser("root@example.com", DEFAULT_PASSWORD)
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.get(email="root@example.com")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    sign_in(page, live_server, "root@example.com")
    expect(page.get_by_role("heading", name="RxTech Careers")).to_be_visible()
    page.goto(f"{live_server.url}/admin/pages/")
    expect(page.locator("main")).to_be_visible()
    # The page editor: Wagtail's own inline scripts (panels, date pickers) run under /admin/.
    guides = GuideIndexPage.objects.get(slug="guides")
    page.goto(f"{live_server.url}/admin/pages/{guides.pk}/edit/")
    expect(page.get_by_role("button", name="Save draft")).to_be_visible()
    page.get_by_role("tab", name="Promote").click()
    expect(page.get_by_label("Slug")).to_be_visible()
