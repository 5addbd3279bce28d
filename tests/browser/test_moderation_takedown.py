"""Issue 11's "done when": a moderator takes a job down with a reason; the employer sees why
and cannot bring it back; the public page is gone."""

import pytest
from playwright.sync_api import expect

from accounts.factories import EmployerUserFactory, ModeratorFactory
from employers.factories import OrganisationFactory, OwnerMembershipFactory
from jobs.factories import PublishedJobFactory
from jobs.models import Job
from tests.browser.steps import sign_in, sign_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_moderator_takes_a_job_down_and_the_employer_cannot_bring_it_back(
    page, live_server, axe_check
):
    base = live_server.url
    employer = EmployerUserFactory(email="dana@lonestar-rx.example")
    organisation = OrganisationFactory(name="Lone Star Community Pharmacy")
    OwnerMembershipFactory(organisation=organisation, user=employer)
    moderator = ModeratorFactory(email="sam@rxtech.example")
    job = PublishedJobFactory(organisation=organisation, title="Remote Data Entry Technician")

    sign_in(page, base, moderator.email)
    page.goto(f"{base}/moderation/jobs/{job.pk}/")
    axe_check(page, "on the job's moderation page")
    page.get_by_role("button", name="Take down Remote Data Entry Technician").click()
    expect(page.get_by_text("Give a reason for the take-down")).to_be_visible()
    page.get_by_label("Reason (required").fill("Asks applicants for bank details by text")
    page.get_by_role("button", name="Take down Remote Data Entry Technician").click()
    expect(page.get_by_text("Taken down. The employer was told why")).to_be_visible()
    expect(page.locator(".moderation-history")).to_contain_text("sam@rxtech.example")
    axe_check(page, "on the moderation page after the take-down")
    job.refresh_from_db()
    assert job.status == Job.Status.TAKEN_DOWN
    sign_out(page)

    response = page.goto(f"{base}/jobs/{job.pk}/")
    assert response.status == 410
    expect(page.get_by_text("Remote Data Entry Technician")).to_have_count(0)

    sign_in(page, base, employer.email)
    page.goto(f"{base}/employer/jobs/")
    expect(page.get_by_text("Asks applicants for bank details by text")).to_be_visible()
    axe_check(page, "on the employer's job list")
    expect(page.get_by_role("button", name="Relist Remote Data Entry Technician")).to_have_count(0)
    expect(page.get_by_role("link", name="Edit Remote Data Entry Technician")).to_have_count(0)
    # A hand-made POST is refused too.
    page.goto(f"{base}/employer/jobs/{job.pk}/preview/")
    expect(page.get_by_text("Taken down by a moderator")).to_be_visible()
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    page.request.post(
        f"{base}/employer/jobs/{job.pk}/renew/",
        headers={"X-CSRFToken": csrf, "Referer": base + "/"},
    )
    job.refresh_from_db()
    assert job.status == Job.Status.TAKEN_DOWN
