"""The search page on a phone (390 px): results first, filters behind "Filters (n)" (a
<details>: works without JavaScript), the map below the results, no horizontal scroll, axe clean
at 390 and 1280 px; on a wide screen the filters are open beside the results."""

import re

import pytest
from playwright.sync_api import expect

from jobs.factories import PublishedJobFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def jobs(settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine: no index to build for a browser test
    places = [("TX", "77002"), ("TX", "78701"), ("OH", "43215"), ("FL", "33101"), ("CA", "94103")]
    for state, zip_code in places:
        # "Tech" in the title: today's database engine matches whole words; the new analysis
        # matches "Technician" too.
        PublishedJobFactory(title="Pharmacy Tech (Technician)", state=state, zip_code=zip_code)


def no_horizontal_scroll(page):
    width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner, f"{width}px wide at {inner}px"


def test_on_a_phone_the_first_result_is_above_the_fold(browser, live_server, axe_check, jobs):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/jobs/?q=tech")
    expect(page.get_by_role("heading", name="5 jobs")).to_be_visible()
    first = page.locator(".job-results > li").first
    box = first.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], f"first card ends at {box}"
    # The filters wait behind their control; the map comes after the results.
    filters = page.locator("details#search-filters")
    expect(filters).not_to_have_attribute("open", "")
    expect(page.get_by_label("Texas (2)")).to_be_hidden()
    map_top = page.locator(".tile-map").bounding_box()["y"]
    assert map_top > page.locator(".job-results").bounding_box()["y"]
    assert page.locator("select[multiple]").count() == 0
    no_horizontal_scroll(page)
    axe_check(page, "at 390 px")

    page.get_by_text("Filters", exact=True).click()
    page.get_by_label("Texas (2)").check()
    expect(page.get_by_role("heading", name="2 jobs")).to_be_visible()
    expect(page).to_have_url(re.compile(r"state=TX"))
    expect(page.locator("#search-filters summary")).to_have_text("Filters (1)")
    expect(page.get_by_label("Texas (2)")).to_be_visible()  # still open after the swap
    no_horizontal_scroll(page)
    axe_check(page, "at 390 px with the filters open")
    context.close()


def test_filters_open_and_close_without_javascript(browser, live_server, jobs):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/jobs/?q=tech&state=TX&remote=1")
    expect(page.locator("#search-filters summary")).to_have_text("Filters (2)")
    expect(page.get_by_label("Texas (0)")).to_be_hidden()
    page.locator("#search-filters summary").click()
    page.get_by_label("Remote only").uncheck()
    page.get_by_role("button", name="Update results").click()
    expect(page.get_by_role("heading", name="2 jobs")).to_be_visible()
    assert "remote" not in page.url
    context.close()


def test_on_a_wide_screen_filters_sit_open_beside_the_results(
    browser, live_server, axe_check, jobs
):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{live_server.url}/jobs/?q=tech")
    expect(page.get_by_label("Texas (2)")).to_be_visible()
    # ZIP, keywords and distance on one row.
    boxes = [page.locator(s).bounding_box() for s in ("#id_q", "#id_zip", "#id_radius")]
    assert max(b["y"] for b in boxes) < min(b["y"] + b["height"] for b in boxes), boxes
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    filters_box = page.locator("#search-filters").bounding_box()
    results_box = page.locator(".search-results").bounding_box()
    assert filters_box["x"] + filters_box["width"] <= results_box["x"]
    no_horizontal_scroll(page)
    axe_check(page, "at 1280 px")
    context.close()
