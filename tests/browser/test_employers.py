"""An employer creates an organisation and invites a recruiter; a moderator verifies it."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.factories import EmployerUserFactory, ModeratorFactory
from employers.models import Membership, Organisation
from tests.browser.steps import sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_organisation_lifecycle(page, live_server, axe_check):
    EmployerUserFactory(email="dana@lonestar-rx.example", full_name="Dana Whitfield")
    EmployerUserFactory(email="riley@lonestar-rx.example", full_name="Riley Chen")
    ModeratorFactory(email="sam@rxtech.example")

    page.goto(f"{live_server.url}/employers/")
    axe_check(page, "on the employers landing page")

    # The employer signs in and lands on "create your organisation".
    sign_in(page, live_server.url, "dana@lonestar-rx.example")
    expect(page.get_by_role("heading", name="Create your organisation")).to_be_visible()
    axe_check(page, "on the create-organisation form")
    page.get_by_label("Name").fill("Lone Star Community Pharmacy")
    page.get_by_label("Headquarters state").select_option("TX")
    page.get_by_label("NPI").fill("1234567890")  # wrong check digit
    page.get_by_label("Community / retail pharmacy").check()
    page.get_by_role("button", name="Create organisation").click()
    # Scoped to the field: the error summary above the form repeats the message.
    expect(page.locator("#id_npi_error")).to_contain_text("valid check digit")
    axe_check(page, "on the form with errors")
    page.get_by_label("NPI").fill("1234567893")
    page.get_by_role("button", name="Create organisation").click()

    expect(page.get_by_role("heading", name="Lone Star Community Pharmacy")).to_contain_text(
        "Pending review"
    )
    axe_check(page, "on the dashboard")

    # Invite a recruiter.
    page.get_by_role("link", name="Members").click()
    axe_check(page, "on the members page")
    page.get_by_label("Email address").fill("riley@lonestar-rx.example")
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text("Invitation sent to riley@lonestar-rx.example")).to_be_visible()
    link = re.search(r"https?://\S+/employers/invitations/\S+/", mail.outbox[-1].body).group(0)
    invitation_path = "/employers/" + link.split("/employers/", 1)[1]
    sign_out(page)

    sign_in(page, live_server.url, "riley@lonestar-rx.example")
    page.goto(f"{live_server.url}{invitation_path}")
    axe_check(page, "on the invitation page")
    page.get_by_role("button", name="Accept and join").click()
    expect(page.get_by_text("You joined Lone Star Community Pharmacy")).to_be_visible()
    assert Membership.objects.get(user__email="riley@lonestar-rx.example").role == "recruiter"
    page.goto(f"{live_server.url}{invitation_path}")
    expect(page.get_by_text("already been used")).to_be_visible()
    sign_out(page)

    # A moderator verifies it.
    sign_in(page, live_server.url, "sam@rxtech.example")
    page.get_by_role("link", name="Moderation").click()
    axe_check(page, "on the moderation page")
    page.get_by_role("button", name="Verify Lone Star Community Pharmacy").click()
    expect(page.get_by_text("Lone Star Community Pharmacy is verified.")).to_be_visible()
    assert Organisation.objects.get().is_verified
    sign_out(page)

    # Now anyone can see the public page.
    page.goto(f"{live_server.url}/employers/lone-star-community-pharmacy/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verified")
    axe_check(page, "on the public organisation page")
