"""Issue 15's "done when": a guest switches to Spanish in the footer, signs up, adds a PTCB
CPhT and a Texas registration, searches "técnico de farmacia turno de noche Texas", gets the
Texas night-shift job first, applies, and receives the confirmation in Spanish — at a phone's
width and a desktop's. Every page passes axe and shows no English outside job content and
official names (``tests/browser/spanish.py``: content marked ``lang="en"`` is skipped).

The walk goes on past a page with English left on it and fails at the end with every page's
list, so one run tells what is left to translate.
"""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from applications.models import Application
from employers.factories import OrganisationFactory
from jobs.factories import PublishedJobFactory
from jobs.models import Job
from pharmacy.vocabulary import Shift
from tests.browser.spanish import Walk, english_in, english_in_mail, english_on
from tests.files import pdf_bytes

QUERY = "técnico de farmacia turno de noche Texas"
PASSWORD = "contrasena-de-tecnica-2026"


@pytest.fixture
def jobs(settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine: the same analysis, no index to build
    employer = OrganisationFactory(name="Lone Star Pharmacy")
    wanted = PublishedJobFactory(
        organisation=employer,
        title="Night Shift Pharmacy Technician",
        state="TX",
        shifts=[Shift.NIGHT],
        requirements=[("national-certification", "required", None)],
    )
    # The same job by day in Texas and by night in Ohio: each misses one of the query's needs.
    PublishedJobFactory(
        organisation=employer, title="Pharmacy Technician", state="TX", shifts=[Shift.DAY]
    )
    PublishedJobFactory(
        organisation=employer,
        title="Overnight Pharmacy Technician",
        state="OH",
        zip_code="43215",
        shifts=[Shift.NIGHT],
    )
    return wanted


def submit(page):
    """The page's own form (not the header's sign-out): its one submit button."""
    page.locator("main form[method=post] [type=submit]").first.click()


def test_the_checker_knows_the_catalogues_english_and_the_words_no_spanish_page_has():
    flagged = english_in(
        [
            ("text", "Your application to Night Shift Technician was sent."),  # a msgid
            ("text", "Guardar"),
            ("aria-label", "Search jobs"),
            ("text", "Vea https://rxtech.example/jobs/ o escriba a rosa@example.com"),
        ]
    )
    # Why each is flagged (a catalogue msgid or an English word) depends on the catalogue.
    assert [(item.where, item.text) for item in flagged] == [
        ("text", "Your application to Night Shift Technician was sent."),
        ("aria-label", "Search jobs"),
    ]
    assert flagged[0].why == "Your application to %(job)s was sent."


def test_the_checker_leaves_out_what_a_mail_names_that_is_not_ours():
    text = "<p>Se envió su solicitud para <strong>Night Shift Technician</strong>.</p>"
    assert english_in_mail(text, content=["Night Shift Technician"]) == []
    assert english_in_mail(text, content=[]) != []


@pytest.mark.browser
def test_the_checker_reads_visible_spanish_text_and_skips_content_marked_english(page):
    page.set_content(
        '<html lang="es"><head><title>Empleos</title></head><body>'
        '<h1 lang="en">Night Shift Pharmacy Technician</h1>'
        '<p>Publicado por <span lang="en">Lone Star Pharmacy</span></p>'
        '<p hidden>Apply now</p><p>Save</p><button aria-label="Search">⌕</button>'
        '<p>Your application to <span lang="en">Night Shift</span> was sent.</p></body></html>'
    )
    assert sorted((item.where, item.text) for item in english_on(page)) == [
        ("aria-label", "Search"),
        ("text", "Save"),
        ("text", "Your application to"),
        ("text", "Your application to X was sent."),
    ]


@pytest.mark.parametrize("width", [390, 1280], ids=["phone", "desktop"])
@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_technician_walks_the_site_in_spanish(
    page, live_server, axe_check, jobs, width, tmp_path
):
    page.set_viewport_size({"width": width, "height": 900})
    base = live_server.url
    headline = "Técnica de farmacia certificada, turno de noche"
    state_title = "Registered Pharmacy Technician"  # the Texas board's own title
    walk = Walk(
        page,
        axe_check,
        [*Job.objects.values_list("title", flat=True), jobs.organisation.name, headline,
         state_title, "Rosa Técnica", "RxTech Careers"],
    )  # fmt: skip
    expires = (timezone.localdate() + timedelta(days=500)).isoformat()
    issued = (timezone.localdate() - timedelta(days=200)).isoformat()

    # A guest opens the home page in English and switches in the header.
    page.goto(f"{base}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator(".site-header").get_by_role("button", name="Español").click()
    expect(page).to_have_url(f"{base}/es/")
    walk.look("home page")
    if width < 640:
        # No sideways scrolling on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= width

    # Sign-up (allauth, in Spanish): the account keeps Spanish.
    page.locator(".account-nav a[href='/es/accounts/signup/']").click()
    walk.look("sign-up page")
    email = f"rosa{width}@example.com"
    page.locator("#id_email").fill(email)
    page.locator("input[name=role][value=job_seeker]").check()
    page.locator("#id_full_name").fill("Rosa Técnica")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    submit(page)
    expect(page).to_have_url(re.compile(r"/es/accounts/confirm-email/$"))
    walk.look("verify-your-email page")
    assert User.objects.get(email=email).language == "es"
    verification = mail.outbox[-1]
    walk.mail("verification email", verification, [email])
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", verification.body).group(0)
    assert "/es/accounts/confirm-email/" in link
    page.goto(f"{base}/es/accounts/{link.split('/accounts/', 1)[1]}")
    walk.look("confirm-email page")
    submit(page)

    # The profile start page, then the dashboard.
    expect(page).to_have_url(re.compile(r"/es/candidate/start/$"))
    walk.look("profile start page")
    page.locator("#id_headline").fill(headline)
    page.locator("#id_city").fill("Austin")
    page.locator("#id_state").select_option("TX")
    submit(page)
    expect(page).to_have_url(re.compile(r"/es/candidate/$"))
    walk.look("candidate dashboard")

    # A PTCB CPhT, then a Texas registration.
    page.locator("main a[href='/es/candidate/credentials/national/add/']").first.click()
    walk.look("national credential form")
    page.locator("#id_credential_code").select_option("ptcb-cpht")
    page.locator("#id_number").fill("123456")
    page.locator("#id_issued_on").fill(issued)
    page.locator("#id_expires_on").fill(expires)
    submit(page)
    expect(page).to_have_url(re.compile(r"/es/candidate/$"))
    walk.look("dashboard after adding a national credential")

    page.locator("main a[href='/es/candidate/credentials/state/add/']").first.click()
    walk.look("state credential form")
    page.locator("#id_state").select_option("TX")
    page.locator("#id_state_type").select_option("registration")
    page.locator("#id_state_title").fill(state_title)
    page.locator("#id_number").fill("TX-998877")
    page.locator("#id_expires_on").fill(expires)
    submit(page)
    expect(page).to_have_url(re.compile(r"/es/candidate/$"))
    walk.look("dashboard after adding a state registration")

    # The search, in Spanish words: the Texas night-shift job comes first.
    page.locator(".site-nav a[href='/es/jobs/']").click()
    walk.look("job search page")
    page.locator("#id_q").fill(QUERY)
    page.locator("#id_q").press("Enter")
    expect(page).to_have_url(re.compile(r"q=t%C3%A9cnico|q=t%c3%a9cnico"))
    first = page.locator("#search-region .job-result__title a").first
    expect(first).to_have_text(jobs.title)
    expect(first).to_have_attribute("href", re.compile(rf"^/es/jobs/{jobs.pk}/"))
    walk.look("search results")

    # The job, the apply form, the application.
    first.click()
    expect(page).to_have_url(re.compile(rf"/es/jobs/{jobs.pk}/"))
    walk.look("job page")
    page.locator(f"main a[href='/es/jobs/{jobs.pk}/apply/']").first.click()
    walk.look("apply form")
    resume = tmp_path / "rosa-curriculum.pdf"
    resume.write_bytes(pdf_bytes())
    page.locator("#id_upload").set_input_files(str(resume))
    page.locator("#id_cover_letter").fill("Me encantaría trabajar con ustedes.")
    submit(page)
    application = Application.objects.get(job=jobs, candidate__email=email)
    expect(page).to_have_url(re.compile(rf"/es/candidate/applications/{application.pk}/$"))
    walk.look("the application's page")

    # The confirmation email, in Spanish in its subject, text and HTML parts.
    (confirmation,) = [m for m in mail.outbox if m.to == [email] and m is not verification]
    walk.mail(
        "application confirmation email",
        confirmation,
        [jobs.location_label, resume.name],
    )

    assert not walk.english and not walk.axe, "\n" + walk.report()
