"""Issue 3's "done when": an employer drafts a credential-aware job, a moderator verifies the
organisation, the job publishes with valid JSON-LD, the employer marks it filled, it is gone."""

import json

import pytest
from playwright.sync_api import expect

from accounts.factories import EmployerUserFactory, ModeratorFactory
from employers.factories import OwnerMembershipFactory, PendingOrganisationFactory
from jobs.models import Job
from tests.browser.steps import sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_employer_posts_a_job_that_publishes_on_verification(page, live_server, axe_check):
    base = live_server.url
    employer = EmployerUserFactory(email="dana@lonestar-rx.example")
    organisation = PendingOrganisationFactory(name="Lone Star Community Pharmacy")
    OwnerMembershipFactory(organisation=organisation, user=employer)
    ModeratorFactory(email="sam@rxtech.example")

    # The employer drafts a job with credential requirements.
    sign_in(page, base, employer.email)
    page.goto(f"{base}/employer/jobs/new/?state=TX")
    axe_check(page, "on the job form")
    page.get_by_label("Job title").fill("Retail Pharmacy Technician")
    page.get_by_label("Description").fill("Fill prescriptions and help patients.")
    page.get_by_label("Practice setting").select_option("community-retail")
    page.get_by_label("Full-time").check()
    page.get_by_label("ZIP code").fill("99999")  # does not exist
    page.get_by_label("Minimum pay").fill("18")
    page.get_by_label("Maximum pay").fill("22.50")
    page.get_by_label("State credential required", exact=True).check()
    page.locator("#id_requirements-0-code").select_option("national-certification")
    page.locator("#id_requirements-0-within_days").fill("90")
    page.locator("#id_requirements-1-code").select_option("ptcb-cspt")
    page.locator("#id_requirements-1-level").select_option("preferred")
    page.get_by_label("We pay for your certification").check()
    page.get_by_role("button", name="Save draft and preview").click()
    # Scoped to the field: an error summary above the form may repeat the message.
    expect(page.locator("#id_zip_code_error")).to_contain_text("We can't find ZIP code 99999")
    axe_check(page, "on the job form with errors")
    page.get_by_label("ZIP code").fill("78701")
    page.get_by_role("button", name="Save draft and preview").click()
    expect(page.get_by_text("Status: Draft")).to_be_visible()
    axe_check(page, "on the preview")

    page.get_by_role("button", name="Submit Retail Pharmacy Technician for publication").click()
    expect(page.get_by_text("Submitted. It publishes as soon")).to_be_visible()
    job = Job.objects.get()
    assert job.status == Job.Status.PENDING_REVIEW
    page.goto(f"{base}/employer/jobs/")
    axe_check(page, "on the employer's job list")
    sign_out(page)

    # Not public yet.
    response = page.goto(f"{base}/jobs/{job.pk}/")
    assert response.status == 404

    # A moderator verifies the organisation: the job publishes.
    sign_in(page, base, "sam@rxtech.example")
    page.goto(f"{base}/employers/moderation/")
    page.get_by_role("button", name="Verify Lone Star Community Pharmacy").click()
    expect(page.get_by_text("Lone Star Community Pharmacy is verified.")).to_be_visible()
    sign_out(page)
    job.refresh_from_db()
    assert job.status == Job.Status.PUBLISHED
    assert job in Job.objects.visible()

    # The public page shows the requirements and valid JSON-LD.
    page.goto(f"{base}/jobs/{job.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Retail Pharmacy Technician")
    requirements = page.locator(".requirement-list")
    expect(requirements).to_contain_text("Within 90 days of hire")
    expect(requirements).to_contain_text("National certification (PTCB or NHA CPhT)")
    expect(requirements).to_contain_text("Preferred")
    expect(page.get_by_text("$18.00–$22.50 an hour")).to_be_visible()
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Retail Pharmacy Technician"
    assert data["jobLocation"]["address"]["addressRegion"] == "TX"
    assert data["baseSalary"]["value"]["unitText"] == "HOUR"
    axe_check(page, "on the public job page")

    # The employer marks it filled: it disappears.
    sign_in(page, base, employer.email)
    page.goto(f"{base}/employers/dashboard/")
    axe_check(page, "on the employer dashboard")
    page.get_by_role("button", name="Mark Retail Pharmacy Technician filled").click()
    expect(page.get_by_text("Marked filled")).to_be_visible()
    sign_out(page)
    job.refresh_from_db()
    assert job.status == Job.Status.CLOSED
    assert job not in Job.objects.visible()
    page.goto(f"{base}/jobs/{job.pk}/")
    expect(page.get_by_text("This job is no longer accepting applications.")).to_be_visible()
    assert page.locator('meta[name="robots"][content="noindex"]').count() == 1
    assert page.locator('script[type="application/ld+json"]').count() == 0
    axe_check(page, "on the closed job page")
