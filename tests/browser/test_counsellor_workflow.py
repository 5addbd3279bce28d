"""A counsellor writes a guide with live Texas hospital jobs; a moderator approves it."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import TaskState

from accounts.factories import DEFAULT_PASSWORD, CounsellorFactory, ModeratorFactory
from cms import demo, demo_content
from cms.models import GuideIndexPage, GuidePage, StateRequirementsIndexPage, StateRequirementsPage
from employers.models import Organisation
from jobs.models import Job
from pharmacy.models import StateRule

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email, next_url="/admin/"):
    page.goto(f"{live_server.url}{next_url}")
    # Wagtail's login redirects to allauth's.
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(re.compile(re.escape(next_url) + "$"))


def seed_texas():
    for row in demo_content.STATE_RULES:
        if row["state"] == "TX":
            StateRule.objects.create(**row, verified_on=demo.VERIFIED_ON)
    states = StateRequirementsIndexPage.objects.get(slug="states")
    texas = StateRequirementsPage(state="TX", slug="tx", **demo_content.STATE_PAGES["TX"])
    states.add_child(instance=texas)
    texas.save_revision().publish()


def seed_jobs():
    organisation = Organisation.objects.create(
        name="Gulf Coast Health",
        slug="gulf-coast-health",
        hq_state="TX",
        npi="1234567893",
        verification=Organisation.Verification.VERIFIED,
    )
    now = timezone.now()

    def job(title, state, status=Job.Status.PUBLISHED):
        return Job.objects.create(
            organisation=organisation,
            title=title,
            description="<p>Unit-dose cart fill and IV room support.</p>",
            setting="hospital-health-system",
            state=state,
            city="Houston" if state == "TX" else "Fresno",
            employment_types=["full-time"],
            status=status,
            published_at=now - timedelta(hours=1),
            expires_at=now + timedelta(days=20),
        )

    job("Inpatient Pharmacy Technician", "TX")
    job("IV Room Pharmacy Technician", "TX")
    job("Hospital Pharmacy Technician (Fresno)", "CA")
    job("Night Shift Technician (filled)", "TX", status=Job.Status.CLOSED)


def test_counsellor_guide_goes_live_after_moderation(page, live_server, axe_check):
    seed_texas()
    seed_jobs()
    CounsellorFactory(email="priya@rxtech.example", full_name="Priya Natarajan")
    ModeratorFactory(email="sam@rxtech.example")
    guides = GuideIndexPage.objects.get(slug="guides")

    # The counsellor signs in to Wagtail and writes a guide in the real editor.
    sign_in(page, live_server, "priya@rxtech.example")
    page.goto(f"{live_server.url}/admin/pages/{guides.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/cms/guidepage/"))
    page.get_by_role("textbox", name="Title*").fill("Hospital jobs in Texas")
    page.get_by_role("textbox", name="Summary*").fill(
        "Where Texas hospital technicians work, and who is hiring."
    )
    page.get_by_role("textbox", name="Author*", exact=True).fill("Priya Natarajan")
    page.get_by_role("textbox", name="Author's credentials").fill("CPhT, CPTEd")

    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name=re.compile("Live jobs")).click()
    # The new block's fields are named body-0-value-<field>.
    page.locator("#body-0-value-heading").fill("Open hospital jobs in Texas")
    page.locator("#body-0-value-state").select_option("TX")
    page.locator("#body-0-value-setting").select_option("hospital-health-system")

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Counsellor review").click()
    expect(page.get_by_role("status")).to_contain_text(
        "'Hospital jobs in Texas' created and submitted for moderation"
    )
    guide = GuidePage.objects.get(slug="hospital-jobs-in-texas")
    assert not guide.live

    # The moderator signs in and approves it.
    page.context.clear_cookies()
    sign_in(page, live_server, "sam@rxtech.example")
    page.goto(f"{live_server.url}/admin/pages/{guide.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve with comment and Publish").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("textbox", name="Comment").fill("Checked against the Texas page.")
    dialog.get_by_role("button", name=re.compile("Approve")).click()
    expect(page.locator(".messages")).to_contain_text("Hospital jobs in Texas' has been updated")
    guide.refresh_from_db()
    assert guide.live
    task_state = TaskState.objects.get(workflow_state__object_id=str(guide.pk))
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.comment == "Checked against the Texas page."

    # The published guide shows the live Texas hospital jobs, and only those.
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/guides/hospital-jobs-in-texas/")
    jobs = page.get_by_role("region", name="Open hospital jobs in Texas")
    expect(jobs.get_by_role("link", name="Inpatient Pharmacy Technician")).to_be_visible()
    expect(jobs.get_by_role("link", name="IV Room Pharmacy Technician")).to_be_visible()
    expect(jobs).not_to_contain_text("Fresno")
    expect(jobs).not_to_contain_text("filled")
    expect(jobs.get_by_role("link", name="See all matching jobs")).to_have_attribute(
        "href", "/jobs/?state=TX&setting=hospital-health-system"
    )
    axe_check(page, "on the published guide")

    # The Texas state page shows its source, the verified-on date and the Texas search.
    page.goto(f"{live_server.url}/states/tx/")
    # Issue 12: the tiers cite the rule itself (§297.3), the CE line the CE rule (§297.8).
    expect(page.get_by_role("link", name="22 TAC §297.3").first).to_have_attribute(
        "href", "https://www.law.cornell.edu/regulations/texas/22-Tex-Admin-Code-SS-297-3"
    )
    expect(page.get_by_role("link", name="22 TAC §297.8").first).to_have_attribute(
        "href", "https://www.law.cornell.edu/regulations/texas/22-Tex-Admin-Code-SS-297-8"
    )
    expect(page.get_by_text("Verified on March 2, 2026.")).to_be_visible()
    expect(page.get_by_role("link", name="Search all Texas jobs")).to_have_attribute(
        "href", "/jobs/?state=TX"
    )
    expect(page.get_by_text("2 open jobs in Texas.")).to_be_visible()
    axe_check(page, "on the Texas state page")

    page.goto(f"{live_server.url}/states/")
    expect(page.get_by_role("link", name="Texas: Registration")).to_be_visible()
    axe_check(page, "on the state tile map")
