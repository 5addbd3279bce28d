"""Issue 12's "done when": the Texas floor is pre-filled and enforced on the posting form."""

import pytest
from playwright.sync_api import expect

from accounts.factories import EmployerUserFactory
from employers.factories import OrganisationFactory, OwnerMembershipFactory
from jobs.models import Job
from tests.browser.steps import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_texas_floor_is_prefilled_and_enforced(page, live_server, axe_check, seeded_state_rules):
    base = live_server.url
    employer = EmployerUserFactory(email="dana@lonestar-rx.example")
    organisation = OrganisationFactory(name="Lone Star Community Pharmacy")
    OwnerMembershipFactory(organisation=organisation, user=employer)

    sign_in(page, base, employer.email)
    page.goto(f"{base}/employer/jobs/new/?state=TX")
    # Pre-filled from the confirmed Texas rule, with the law and its citation shown.
    expect(page.get_by_label("State credential required", exact=True)).to_be_checked()
    expect(page.locator("#state-law-note")).to_contain_text("22 TAC §297.3")
    nothing = page.get_by_label("No state credential required", exact=True)
    expect(nothing).to_be_disabled()
    axe_check(page, "on the job form with the Texas floor")

    page.get_by_label("Job title").fill("Retail Pharmacy Technician")
    page.get_by_label("Description").fill("Fill prescriptions and help patients.")
    page.get_by_label("Practice setting").select_option("community-retail")
    page.get_by_label("Full-time").check()
    page.get_by_label("ZIP code").fill("78701")
    page.get_by_label("Minimum pay").fill("18")
    page.get_by_label("Maximum pay").fill("22.50")
    # Going round the disabled radio (as a script or an old page would) is refused by the server.
    nothing.evaluate("radio => { radio.disabled = false; radio.checked = true; }")
    page.get_by_role("button", name="Save draft and preview").click()
    expect(
        page.locator("#id_state_credential_error").get_by_text("cannot be posted as requiring less")
    ).to_be_visible()
    assert not Job.objects.exists()
    axe_check(page, "on the job form refusing a posting below the floor")

    # Above the floor is fine: trainees accepted (Texas has a trainee tier).
    page.get_by_label("State credential required; trainees accepted").check()
    page.get_by_role("button", name="Save draft and preview").click()
    expect(page.get_by_text("Status: Draft")).to_be_visible()
    job = Job.objects.get()
    assert job.state_credential == "trainee-accepted"
    assert not job.is_below_state_floor
