"""The API's interactive docs load with no network beyond this site, under the CSP."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_swagger_ui_loads_offline_and_lists_the_search(browser, live_server):
    context = browser.new_context()
    outside = []

    def only_this_site(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_this_site)
    page = context.new_page()
    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.get_by_text("Search public jobs")).to_be_visible()
    expect(page.get_by_text("/api/v1/jobs/{job_id}")).to_be_visible()
    assert not outside, outside
    context.close()
