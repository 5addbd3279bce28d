"""Issue 15, the other side of the counter in Spanish: an employer of a verified organisation,
a moderator and a career counsellor whose accounts read Spanish. At a phone's width (390 px)
every page they visit passes axe and shows no English outside what people wrote (job titles,
descriptions, names: marked ``lang="en"`` or listed as content), as ``tests/browser/spanish.py``
reads it.

The walks go on past a page with English left on it and fail at the end with every page's list.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from accounts.factories import DEFAULT_PASSWORD, CounsellorFactory, ModeratorFactory
from applications.services import application_move, application_note_add, application_submit
from candidates.factories import CandidateProfileFactory, PtcbCphtFactory
from candidates.resumes import inspect
from candidates.services import resume_add
from employers.factories import (
    OrganisationFactory,
    OwnerMembershipFactory,
    PendingOrganisationFactory,
)
from jobs.factories import PendingJobFactory, PublishedJobFactory
from jobs.models import Job
from jobs.services import job_report
from tests.browser.spanish import Walk, catalogue_source
from tests.files import pdf_upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
NEW_TITLE = "Weekend Retail Pharmacy Technician"
NEW_DESCRIPTION = "Fill prescriptions and help patients at the counter."
COVER_LETTER = "I have three years at a busy retail counter."
NOTE = "Strong on insurance calls."


@pytest.fixture
def world(settings):
    """A verified organisation with a Spanish-speaking owner, a live job with one applicant
    (an English-speaking candidate whose PTCB CPhT lapsed), a job and an organisation waiting
    for a moderator, and a reported job."""
    settings.ELASTICSEARCH_URL = ""  # no search in these walks: no index to keep
    owner = OwnerMembershipFactory(
        organisation=OrganisationFactory(name="Lone Star Community Pharmacy"),
        user__email="ana@lonestar-rx.example",
        user__full_name="Ana Dueña",
        user__language="es",
    ).user
    organisation = owner.memberships.get().organisation
    live = PublishedJobFactory(
        organisation=organisation,
        title="Retail Pharmacy Technician",
        requirements=[("ptcb-cpht", "required", None)],
    )
    profile = CandidateProfileFactory(user__full_name="Pat Rivers", user__language="en")
    PtcbCphtFactory(profile=profile, expires_on=timezone.localdate() - timedelta(days=10))
    resume = resume_add(profile=profile, resume_file=inspect(pdf_upload()))
    application = application_submit(
        job=live, candidate=profile.user, resume=resume, cover_letter=COVER_LETTER
    )
    application_move(application=application, to="reviewing", by=owner)
    application_note_add(application=application, author=owner, text=NOTE)

    other = PendingOrganisationFactory(name="Gulf Coast Health")
    pending = PendingJobFactory(organisation=organisation, title="Night Shift IV Technician")
    reported = PublishedJobFactory(organisation=other, title="Hospital Technician")
    job_report(
        job=reported,
        reporter=None,
        ip_address="203.0.113.7",
        reason="scam",
        text="They asked me for a fee.",
    )
    moderator = ModeratorFactory(
        email="marta@rxtech.example", full_name="Marta Ruiz", language="es"
    )
    counsellor = CounsellorFactory(
        email="lucia@rxtech.example", full_name="Lucía Consejera", language="es"
    )
    return {
        "owner": owner,
        "organisation": organisation,
        "other": other,
        "live": live,
        "pending": pending,
        "reported": reported,
        "application": application,
        "candidate": profile.user,
        "moderator": moderator,
        "counsellor": counsellor,
    }


def content(world) -> list[str]:
    """What people wrote or are called: not ours to translate, wherever a page shows it."""
    people = [world[key] for key in ("owner", "candidate", "moderator", "counsellor")]
    return [
        *Job.objects.values_list("title", flat=True),
        NEW_TITLE,
        NEW_DESCRIPTION,
        world["organisation"].name,
        world["other"].name,
        COVER_LETTER,
        NOTE,
        world["application"].resume.original_name,
        "They asked me for a fee.",
        *(person.full_name for person in people),
        *(person.email for person in people),
        "RxTech Careers",
    ]


def sign_in_in_spanish(page, base, email, walk=None):
    """allauth's sign-in page under /es/; the account's language keeps the rest in Spanish."""
    page.context.clear_cookies()
    page.goto(f"{base}/es/accounts/login/")
    if walk is not None:
        walk.look("sign-in page")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    page.locator("main form[method=post] [type=submit]").first.click()
    page.wait_for_load_state("load")


def no_horizontal_scroll(page, where):
    width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner, f"{where} is {width} px wide at {inner} px"


def test_an_employer_and_a_moderator_work_in_spanish(page, live_server, axe_check, world):
    page.set_viewport_size(PHONE)
    base = live_server.url
    walk = Walk(page, axe_check, content(world))
    organisation, live = world["organisation"], world["live"]

    def visit(where, path):
        page.goto(base + path)
        walk.look(where)
        no_horizontal_scroll(page, where)

    # The employer signs in and lands on her dashboard, in Spanish.
    sign_in_in_spanish(page, base, world["owner"].email, walk)
    expect(page).to_have_url(re.compile(r"/es/employers/dashboard/$"))
    walk.look("employer dashboard")
    no_horizontal_scroll(page, "employer dashboard")

    # She posts a job: the form, a mistake, the preview, the submission.
    visit("job form", "/es/employer/jobs/new/?state=TX")
    form = page.locator("form.job-form")
    form.locator("#id_title").fill(NEW_TITLE)
    form.locator("trix-editor").fill(NEW_DESCRIPTION)  # the editor over the textarea
    form.locator("#id_setting").select_option("community-retail")
    form.locator("input[name=employment_types][value=full-time]").check()
    form.locator("#id_zip_code").fill("99999")  # no such ZIP code
    form.locator("#id_pay_min").fill("18")
    form.locator("#id_pay_max").fill("22.50")
    form.locator("input[name=state_credential][value=required]").check()
    form.locator("#id_requirements-0-code").select_option("national-certification")
    form.locator("button[type=submit]").last.click()
    expect(page.locator("#id_zip_code_error")).to_be_visible()
    walk.look("job form with an error")
    page.locator("form.job-form #id_zip_code").fill("78701")
    page.locator("form.job-form button[type=submit]").last.click()
    job = Job.objects.get(title=NEW_TITLE)
    expect(page).to_have_url(re.compile(rf"/es/employer/jobs/{job.pk}/preview/$"))
    walk.look("job preview")
    page.locator(f"main form[action='/es/employer/jobs/{job.pk}/submit/'] button").click()
    page.wait_for_load_state("load")
    walk.look("after submitting the job")
    visit("employer's job list", "/es/employer/jobs/")

    # The applicant pipeline, the job's applicants, the application.
    visit("pipeline", f"/es/employer/organisations/{organisation.slug}/pipeline/")
    visit("applicants", f"/es/employer/jobs/{live.pk}/applicants/")
    visit("application", f"/es/employer/applications/{world['application'].pk}/")

    # A moderator: the job queue, one job's page, the verification queue.
    sign_in_in_spanish(page, base, world["moderator"].email)
    visit("job moderation queue", "/es/moderation/jobs/")
    visit("a pending job's moderation page", f"/es/moderation/jobs/{world['pending'].pk}/")
    visit("a reported job's moderation page", f"/es/moderation/jobs/{world['reported'].pk}/")
    visit("verification queue", "/es/employers/moderation/")

    assert not walk.english and not walk.axe, "\n" + walk.report()


def test_a_counsellor_opens_the_wagtail_admin_in_spanish(page, live_server, axe_check, world):
    """The Wagtail admin lives outside /es/ and speaks the language of the counsellor's Wagtail
    profile, in Wagtail's own catalogue: only our catalogue's English is looked for here, not
    Wagtail's words (its Spanish has gaps of its own, e.g. the dashboard's "Pages created in
    …" summary)."""
    page.set_viewport_size(PHONE)
    base = live_server.url
    counsellor = world["counsellor"]
    UserProfile.objects.update_or_create(user=counsellor, defaults={"preferred_language": "es"})
    sign_in_in_spanish(page, base, counsellor.email)
    page.goto(f"{base}/admin/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("main")).to_be_visible()
    texts = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(el => el.checkVisibility() && [...el.childNodes]
                .some(n => n.nodeType === 3 && n.nodeValue.trim()))
            .map(el => el.textContent.trim())"""
    )
    axe_check(page, "on the Wagtail dashboard at 390 px")
    ours = [text for text in texts if len(text) < 200 and catalogue_source(text)]
    assert ours == [], ours
