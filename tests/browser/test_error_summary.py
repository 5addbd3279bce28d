"""After a failed submit focus lands on the error summary; its links move focus to the field."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_failed_sign_up_focuses_the_summary_and_its_links_reach_the_fields(
    page, live_server, axe_check
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_label("Email").fill("not-an-email")
    page.get_by_role("button", name="Sign Up").click()

    summary = page.locator("[data-error-summary]")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary).to_be_focused()
    axe_check(page, "on the sign-up form with errors")

    summary.get_by_role("link", name="What brings you here?").click()
    expect(page.locator("#id_role_0")).to_be_focused()
    summary.get_by_role("link", name="Email").click()
    expect(page.get_by_label("Email")).to_be_focused()
    # The field names the same message it is described by.
    email = page.get_by_label("Email")
    described_by = email.get_attribute("aria-describedby").split()
    assert "id_email_error" in described_by
    expect(page.locator("#id_email_error")).to_be_visible()
