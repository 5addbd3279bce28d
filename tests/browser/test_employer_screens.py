"""Issue 14, employer screens at 390 px: no horizontal scroll and no serious axe finding on
the employer's pages; the job form's sections and collapsed state picker, the preview with
screening questions, the dashboard's order, the pipeline and the member-removal question."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.factories import EmployerUserFactory
from applications.services import application_submit
from candidates.factories import CandidateProfileFactory, PtcbCphtFactory
from candidates.resumes import inspect
from candidates.services import resume_add
from employers.factories import (
    OrganisationFactory,
    OwnerMembershipFactory,
    RecruiterMembershipFactory,
)
from employers.models import Membership
from jobs.factories import DraftJobFactory, PublishedJobFactory
from jobs.models import ScreeningQuestion
from tests.browser.steps import sign_in
from tests.files import pdf_upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
LONG_WORD = "Pharmacytechnician" * 60


def no_horizontal_scroll(page, where):
    width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner, f"{where} is {width} px wide at {inner} px"


@pytest.fixture
def world(db):
    owner = EmployerUserFactory(email="dana@lonestar-rx.example", full_name="Dana Whitfield")
    organisation = OrganisationFactory(name="Lone Star Community Pharmacy")
    OwnerMembershipFactory(organisation=organisation, user=owner)
    recruiter = RecruiterMembershipFactory(
        organisation=organisation,
        user__email="riley.with.a.rather.long.address@lonestar-rx.example",
        user__full_name="Riley Chen",
    ).user
    quiet = PublishedJobFactory(organisation=organisation, title="Quiet night tech", view_count=30)
    busy = PublishedJobFactory(
        organisation=organisation,
        title="Busy retail tech",
        view_count=80,
        requirements=[("ptcb-cpht", "required", None)],
    )
    draft = DraftJobFactory(organisation=organisation, title="Weekend draft")
    ScreeningQuestion.objects.create(
        job=draft, text="Can you work Saturdays?", kind="yes_no", knockout_answer="no"
    )
    profile = CandidateProfileFactory(user__full_name="Pat Lapsed")
    PtcbCphtFactory(profile=profile, expires_on=timezone.localdate() - timedelta(days=10))
    resume = resume_add(profile=profile, resume_file=inspect(pdf_upload()))
    application = application_submit(
        job=busy, candidate=profile.user, resume=resume, cover_letter=LONG_WORD
    )
    return {
        "owner": owner,
        "organisation": organisation,
        "recruiter": recruiter,
        "quiet": quiet,
        "busy": busy,
        "draft": draft,
        "application": application,
    }


def test_employer_pages_at_390px(page, live_server, axe_check, world):
    base = live_server.url
    page.set_viewport_size(PHONE)
    sign_in(page, base, world["owner"].email)
    organisation, busy = world["organisation"], world["busy"]
    pages = {
        "dashboard": "/employers/dashboard/",
        "job list": "/employer/jobs/",
        "job form": "/employer/jobs/new/?state=TX",
        "preview": f"/employer/jobs/{world['draft'].pk}/preview/",
        "applicants": f"/employer/jobs/{busy.pk}/applicants/",
        "application": f"/employer/applications/{world['application'].pk}/",
        "members": f"/employers/{organisation.slug}/members/",
        "pipeline": f"/employer/organisations/{organisation.slug}/pipeline/",
        "remove member": (
            f"/employers/{organisation.slug}/members/"
            f"{world['recruiter'].memberships.get().pk}/remove/"
        ),
    }
    for where, path in pages.items():
        page.goto(base + path)
        no_horizontal_scroll(page, where)
        axe_check(page, f"on the {where} page at 390 px")
    page.set_viewport_size({"width": 1280, "height": 900})
    for where in ("dashboard", "job form", "pipeline", "application"):
        page.goto(base + pages[where])
        axe_check(page, f"on the {where} page at 1280 px")


def test_employer_flows(page, live_server, world):
    base = live_server.url
    page.set_viewport_size(PHONE)
    sign_in(page, base, world["owner"].email)

    # The job form: sections, the remote-states list collapsed, a filter box with JavaScript.
    page.goto(f"{base}/employer/jobs/new/?state=TX")
    expect(page.locator("fieldset.form-section > legend")).to_have_count(7)
    remote = page.locator("details[data-state-picker]").first
    expect(remote.get_by_label("Ohio")).to_be_hidden()
    remote.locator("summary").click()
    filter_box = remote.get_by_label("Find a state")
    expect(filter_box).to_be_visible()
    filter_box.fill("oh")
    expect(remote.get_by_label("Ohio")).to_be_visible()
    expect(remote.get_by_label("Texas")).to_be_hidden()
    remote.get_by_label("Open to applicants in every state").check()
    expect(remote.locator("[data-picker-summary]")).to_contain_text("states")
    expect(page.locator("fieldset.formset-row > legend").first).to_have_text("Requirement 1")

    # The preview shows the screening questions.
    page.goto(f"{base}/employer/jobs/{world['draft'].pk}/preview/")
    expect(page.locator("#preview-questions-heading + ol")).to_contain_text(
        "Can you work Saturdays?"
    )

    # The dashboard: the job with a new applicant first, though it was created later.
    page.goto(f"{base}/employers/dashboard/")
    expect(page.locator(".new-applicant-jobs li").first).to_contain_text("Busy retail tech")
    published = page.locator(".dashboard-jobs h3:has-text('Published') + table tbody tr")
    expect(published.first).to_contain_text("Busy retail tech")

    # The pipeline, then the application in the employer's voice.
    page.get_by_role("link", name="Pipeline").click()
    expect(page.locator("#new-today")).to_have_text("1 new applicant today")
    page.locator("tr.pipeline-job").first.get_by_role(
        "link", name="Busy retail tech", exact=True
    ).click()
    page.get_by_role("link", name="Pat Lapsed", exact=True).click()
    expect(page.locator("section[aria-labelledby=match-heading]")).to_contain_text(
        "Their PTCB CPhT expired on"
    )

    # Removing a member asks first.
    page.goto(f"{base}/employers/{world['organisation'].slug}/members/")
    recruiter = world["recruiter"]
    page.get_by_role("link", name=f"Remove {recruiter.email}").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Remove Riley Chen")
    assert Membership.objects.filter(user=recruiter).exists()
    page.get_by_role("button", name=f"Remove {recruiter.email}").click()
    expect(page.get_by_text(f"{recruiter.email} was removed.")).to_be_visible()
    assert not Membership.objects.filter(user=recruiter).exists()
