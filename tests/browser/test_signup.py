"""Sign up one user of each role through the real forms, in Chromium."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("role_label", "role", "landing"),
    [
        ("I'm looking for a job", "job_seeker", re.compile(r"/candidate/")),
        ("I'm hiring", "employer", re.compile(r"/employers?/")),
    ],
)
def test_sign_up_verify_and_land_on_role_page(
    page, live_server, axe_check, role_label, role, landing
):
    email = f"{role}@example.com"
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Create account").click()
    axe_check(page, "on the sign-up page")

    page.get_by_label("Email").fill(email)
    page.get_by_label(role_label).check()
    page.get_by_label("Your name").fill("Jordan Rivera")
    page.get_by_label("Password", exact=False).first.fill("pharmacy-tech-password-2026")
    page.get_by_label("Password (again)").fill("pharmacy-tech-password-2026")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    assert User.objects.get(email=email).role == role

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    path = link.split("/accounts/", 1)[1]
    page.goto(f"{live_server.url}/accounts/{path}")
    axe_check(page, "on the confirmation page")
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(landing)
    expect(page.get_by_role("navigation", name="Account")).to_contain_text(email)
    axe_check(page, f"on the {role} landing page")
