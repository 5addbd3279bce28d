"""A seeker narrows the job search with facets (htmx in place, URL kept in sync), with and
without JavaScript, and the page passes axe."""

import re

import pytest
from playwright.sync_api import expect

from jobs.factories import PublishedJobFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def jobs(settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine: no index to build for a browser test
    PublishedJobFactory(title="Sterile IV Technician", state="TX", setting="compounding-sterile")
    PublishedJobFactory(title="Retail Pharmacy Technician", state="OH", zip_code="43215")
    PublishedJobFactory(
        title="Hospital Pharmacy Technician", state="TX", setting="hospital-health-system"
    )


def test_facets_update_results_in_place_and_the_url(page, live_server, axe_check, jobs):
    page.goto(f"{live_server.url}/jobs/")
    expect(page.get_by_role("heading", name="3 jobs")).to_be_visible()
    axe_check(page, "on the job search page")

    page.get_by_label("Ohio (1)").check()
    expect(page.get_by_role("heading", name="1 job")).to_be_visible()
    expect(page).to_have_url(re.compile(r"state=OH"))
    expect(page.get_by_role("link", name="Retail Pharmacy Technician")).to_be_visible()
    # Texas keeps its count: a facet never zeroes its siblings.
    expect(page.get_by_label("Texas (2)")).to_be_visible()
    axe_check(page, "after filtering with htmx")

    page.get_by_role("link", name="Texas: 2 jobs").click()
    expect(page.get_by_role("heading", name="2 jobs")).to_be_visible()


def test_search_works_without_javascript(browser, live_server, jobs):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/jobs/")
    # "sterile" would also find the hospital job (its duties list sterile work), "retail" the
    # jobs whose description mentions retail experience: a place has one true answer here.
    page.get_by_label("Keywords").fill("Ohio")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.get_by_role("heading", name="1 job")).to_be_visible()
    expect(page.get_by_role("link", name="Retail Pharmacy Technician")).to_be_visible()
    assert "q=Ohio" in page.url
    page.goto(f"{live_server.url}/jobs/?state=ZZ")
    expect(page.get_by_role("alert")).to_contain_text("Check your search")
    context.close()
