"""The role menu folds into a <details> on phones and stands in the bar on desktops."""

import pytest
from playwright.sync_api import expect

from accounts.factories import CounsellorFactory, JobSeekerFactory, ModeratorFactory

from .steps import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def header_height(page):
    return page.locator(".site-header").evaluate("el => el.getBoundingClientRect().height")


def test_role_menu_on_a_phone_and_on_a_desktop(page, live_server, axe_check):
    moderator = ModeratorFactory()
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, moderator.email)
    page.goto(f"{live_server.url}/jobs/")
    toggle = page.locator("summary.role-menu__toggle")
    reviews = page.get_by_role("link", name="Job reviews")

    expect(toggle).to_have_text("Moderator menu")
    expect(reviews).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(reviews).to_be_visible()
    expect(page.get_by_role("link", name="Site admin")).to_be_visible()
    axe_check(page, "with the role menu open at 390 px")
    page.keyboard.press("Enter")
    expect(reviews).to_be_hidden()

    page.set_viewport_size({"width": 1280, "height": 800})
    expect(toggle).to_be_hidden()
    expect(reviews).to_be_visible()  # no click needed: the links are in the bar
    assert header_height(page) < 80, "the header should be one row at 1280 px"
    reviews.click()
    expect(page).to_have_url(f"{live_server.url}/moderation/jobs/")
    axe_check(page, "with the role links in the bar at 1280 px")


def test_a_counsellor_reaches_the_wagtail_admin_from_the_header(page, live_server):
    counsellor = CounsellorFactory()
    sign_in(page, live_server.url, counsellor.email)
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Guides admin").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()


@pytest.mark.parametrize("width", [360, 1280])
def test_the_other_language_is_in_the_header_and_keeps_the_page(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{live_server.url}/jobs/?q=tech")
    switch = page.locator(".site-header").get_by_role("button", name="Español")
    expect(switch).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    if width >= 1024:
        assert header_height(page) < 80, "the header should stay one row at 1280 px"
    switch.click()
    expect(page).to_have_url(f"{live_server.url}/es/jobs/?q=tech")
    back = page.locator(".site-header").get_by_role("button", name="English")
    expect(back).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    back.click()
    expect(page).to_have_url(f"{live_server.url}/jobs/?q=tech")


def test_signed_in_the_switcher_is_in_the_header_on_a_phone_and_the_footer_on_a_desktop(
    page, live_server
):
    seeker = JobSeekerFactory()
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, seeker.email)
    page.goto(f"{live_server.url}/jobs/")
    header = page.locator(".site-header").get_by_role("button", name="Español")
    expect(header).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(header).to_be_hidden()  # the bar holds the role's links
    assert header_height(page) < 80
    page.locator(".site-footer").get_by_role("button", name="Español").click()
    expect(page).to_have_url(f"{live_server.url}/es/jobs/")
