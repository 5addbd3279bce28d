"""Issue 4's "done when": sign up, add credentials, see the match, apply, get moved, get mail."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Application
from employers.factories import MembershipFactory, OrganisationFactory
from jobs.factories import PublishedJobFactory
from tests.browser.steps import sign_in, sign_out
from tests.files import pdf_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_up_as_candidate(page, base, email, password):
    page.goto(f"{base}/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("I'm looking for a job").check()
    page.get_by_label("Your name").fill("Taylor Tech")
    page.get_by_label("Password", exact=False).first.fill(password)
    page.get_by_label("Password (again)").fill(password)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", name="Verify Your Email Address")).to_be_visible()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(f"{base}/accounts/{link.split('/accounts/', 1)[1]}")
    page.get_by_role("button", name="Confirm").click()


def test_candidate_applies_and_employer_moves_to_interviewing(
    page, live_server, axe_check, tmp_path, seeded_state_rules
):
    base = live_server.url
    organisation = OrganisationFactory(name="Lone Star Pharmacy")
    recruiter = MembershipFactory(organisation=organisation, user__full_name="Rita Recruiter").user
    job = PublishedJobFactory(
        organisation=organisation,
        title="Texas Retail Pharmacy Technician",
        state="TX",
        requirements=[("national-certification", "required", None)],
    )
    sterile = PublishedJobFactory(
        organisation=organisation,
        title="Texas Sterile Compounding Technician",
        state="TX",
        requirements=[("ptcb-cspt", "required", None)],
    )
    expires = (timezone.localdate() + timedelta(days=500)).isoformat()
    issued = (timezone.localdate() - timedelta(days=200)).isoformat()

    # The candidate signs up and lands on the profile start page.
    password = "pharmacy-tech-password-2026"
    sign_up_as_candidate(page, base, "taylor@example.com", password)
    expect(page.get_by_role("heading", name="Start your technician profile")).to_be_visible()
    axe_check(page, "on the profile start page")
    page.get_by_label("Headline").fill("PTCB CPhT, 2 years retail")
    page.get_by_label("City").fill("Austin")
    page.get_by_label("State", exact=True).select_option("TX")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", name="Your technician profile")).to_be_visible()
    axe_check(page, "on the candidate dashboard")

    # A PTCB CPhT through the national credential form.
    page.get_by_role("link", name="Add national credential").click()
    axe_check(page, "on the national credential form")
    page.get_by_label("Credential").select_option("ptcb-cpht")
    page.get_by_label("Number").fill("123456")
    page.get_by_label("Issued on").fill(issued)
    page.get_by_label("Expires on").fill(expires)
    page.get_by_role("button", name="Save credential").click()
    expect(page.get_by_text("Added your PTCB Certified Pharmacy Technician (CPhT)")).to_be_visible()

    # A Texas registration through the state credential form.
    page.get_by_role("link", name="Add state credential").click()
    axe_check(page, "on the state credential form")
    page.get_by_label(re.compile(r"^State\b")).select_option("TX")
    page.get_by_label("Type").select_option("registration")
    page.get_by_label("The state's title for it").fill("Registered Pharmacy Technician")
    page.get_by_label("Number").fill("TX-998877")
    page.get_by_label("Expires on").fill(expires)
    page.get_by_role("button", name="Save credential").click()
    expect(
        page.get_by_role(
            "rowheader", name="Texas registration (Registered Pharmacy Technician)", exact=True
        )
    ).to_be_visible()

    # The job page says so.
    page.goto(f"{base}/jobs/{job.pk}/")
    panel = page.locator(".how-you-match")
    expect(panel).to_contain_text("You meet all requirements")
    expect(panel).to_contain_text("Met by your PTCB CPhT")
    axe_check(page, "on the job page with the match panel")

    # Apply with an uploaded résumé.
    page.get_by_role("link", name="Apply now").first.click()
    axe_check(page, "on the apply form")
    resume = tmp_path / "taylor-resume.pdf"
    resume.write_bytes(pdf_bytes())
    page.get_by_label("Résumé (PDF or Word DOCX, up to 5 MB)").set_input_files(str(resume))
    page.get_by_label("Cover letter (optional)").fill("I would love to join your team.")
    page.get_by_role("button", name="Send application").click()
    expect(
        page.get_by_text("Your application to Texas Retail Pharmacy Technician was sent.")
    ).to_be_visible()
    expect(page.locator(".application-status")).to_have_text("Submitted")
    axe_check(page, "on the candidate's application page")
    application = Application.objects.get(job=job)
    assert application.verdict == "eligible"
    # The candidate's confirmation email says what was sent and links to the application.
    (confirmation,) = [m for m in mail.outbox if "You applied to" in m.subject]
    assert confirmation.to == ["taylor@example.com"]
    assert "Sent to: Lone Star Pharmacy" in confirmation.body
    assert f"/candidate/applications/{application.pk}/" in confirmation.body

    # The job page now says "Applied on …" with a link, instead of "Apply now".
    page.goto(f"{base}/jobs/{job.pk}/")
    expect(page.get_by_role("link", name="Apply now")).to_have_count(0)
    expect(page.locator(".applied-on").first).to_contain_text("Applied on")
    page.get_by_role("link", name="See your application").first.click()
    expect(page.locator(".application-status")).to_have_text("Submitted")

    # A job asking for a CSPT she does not hold: the apply page shows the verdict and asks
    # her to confirm; sending without the box is refused with the error on the field.
    page.goto(f"{base}/jobs/{sterile.pk}/apply/")
    expect(page.locator(".how-you-match")).to_contain_text("You don't meet all requirements yet")
    axe_check(page, "on the apply form with the verdict confirmation")
    page.get_by_role("button", name="Send application").click()
    expect(
        page.locator("#id_confirm_unmet_error").get_by_text(
            "Tick this box to apply without every required credential, or cancel."
        )
    ).to_be_visible()
    assert Application.objects.filter(job=sterile).count() == 0
    page.get_by_label("I know I do not meet every required credential").check()
    page.get_by_role("button", name="Send application").click()
    expect(
        page.get_by_text("Your application to Texas Sterile Compounding Technician was sent.")
    ).to_be_visible()
    assert Application.objects.get(job=sterile).verdict == "not-eligible"
    sign_out(page)

    # The employer sees it marked as meeting requirements, opens the résumé, moves it.
    sign_in(page, base, recruiter.email)
    page.goto(f"{base}/employer/jobs/{job.pk}/applicants/")
    row = page.locator("tr.applicant", has_text="Taylor Tech")
    expect(row).to_contain_text("Meets requirements")
    axe_check(page, "on the applicants list")
    row.get_by_role("link", name="Taylor Tech", exact=True).click()
    axe_check(page, "on the employer's application page")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download taylor-resume.pdf").click()
    download = download_info.value
    assert download.suggested_filename == "taylor-resume.pdf"
    assert download.path().read_bytes().startswith(b"%PDF-")

    mail.outbox.clear()
    for label in ("Reviewing", "Interviewing"):
        page.get_by_label("Move to").select_option(label=label)
        page.get_by_role("button", name="Move", exact=True).click()
        expect(page.locator(".application-status")).to_have_text(label)
    sign_out(page)

    # The candidate sees the new status, and the email arrived.
    sign_in(page, base, "taylor@example.com", password)
    page.goto(f"{base}/candidate/applications/")
    retail = page.locator(".card", has_text="Texas Retail Pharmacy Technician")
    expect(retail.locator(".application-status")).to_have_text("Interviewing")
    axe_check(page, "on My applications")
    assert [m.to for m in mail.outbox] == [["taylor@example.com"], ["taylor@example.com"]]
    assert "Interviewing" in mail.outbox[-1].subject
