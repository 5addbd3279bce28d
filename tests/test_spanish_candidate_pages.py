"""A Spanish-speaking technician's own pages and emails are in Spanish (issue 15).

Each page is read under ``/es/`` by a candidate whose account language is Spanish; the checks
look inside the page's own elements (by id, class or role), never at words the header or
footer also show. The job's own content (title, employer) is the employer's text, marked
``lang="en"``: the "no English left" check reads everything else in ``<main>``.
"""

import re
from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from accounts.factories import JobSeekerFactory
from alerts.models import Alert
from alerts.sending import alerts_send
from applications.models import SavedJob
from applications.services import application_submit
from candidates.factories import CandidateProfileFactory, PtcbCphtFactory, StateCredentialFactory
from candidates.models import Resume
from candidates.resumes import inspect
from candidates.services import resume_add
from employers.factories import MembershipFactory, OrganisationFactory
from jobs.factories import PublishedJobFactory
from pharmacy import match_text
from pharmacy.eligibility import Held, StatePolicy, StateRequirement, evaluate
from tests.alerts.helpers import make_alert
from tests.files import pdf_upload
from tests.html import find, find_all, parse, text

pytestmark = pytest.mark.django_db

JOB_TITLE = "Retail Pharmacy Technician"
EMPLOYER = "Lone Star Pharmacy"
# Words a Spanish page of ours never says outside the employer's own (lang="en") text.
ENGLISH = re.compile(r"\b(the|your|you|and|with|this|not|yet|job|jobs|apply|save)\b", re.I)


@pytest.fixture
def organisation():
    return OrganisationFactory(name=EMPLOYER)


@pytest.fixture
def job(organisation):
    return PublishedJobFactory(
        organisation=organisation,
        title=JOB_TITLE,
        state="TX",
        setting="hospital-health-system",
        requirements=[("national-certification", "required", None)],
    )


@pytest.fixture
def tecnica():
    """A Spanish-speaking technician with credentials and a résumé."""
    user = JobSeekerFactory(full_name="Lucía Técnica", language="es")
    profile = CandidateProfileFactory(user=user, headline="")
    PtcbCphtFactory(profile=profile, expires_on=timezone.localdate() + timedelta(days=20))
    StateCredentialFactory(profile=profile)
    resume_add(profile=profile, resume_file=inspect(pdf_upload()))
    return user


@pytest.fixture
def application(job, tecnica, django_capture_on_commit_callbacks):
    resume = Resume.objects.get(profile__user=tecnica)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        return application_submit(job=job, candidate=tecnica, resume=resume)


@pytest.fixture
def spanish(client, tecnica):
    client.force_login(tecnica)

    def get(name, *args, query=""):
        with translation.override("es"):
            path = reverse(name, args=args)
        assert path.startswith("/es/")
        response = client.get(path + query)
        assert response.status_code == 200, path
        page = parse(response)
        assert page.get("lang") == "es"
        return page

    return get


def own_words(page) -> str:
    """The text of ``<main>`` without the employer's own (lang="en") content and the form
    fields' values."""
    (main,) = page.xpath("//main")
    for foreign in main.xpath(".//*[@lang='en'] | .//option | .//textarea | .//script"):
        foreign.drop_tree()
    return text(main)


def assert_no_english(page):
    words = own_words(page)
    assert len(words) > 40, words  # the page's own text is there to read
    assert ENGLISH.findall(words) == [], words


def test_the_dashboard_is_in_spanish(spanish):
    page = spanish("candidates:dashboard")
    assert text(find(page, "//h1")) == "Su perfil de técnico"
    assert text(find(page, "//*[@id='completeness-heading']")).startswith("Perfil completo al ")
    assert text(find(page, "//*[@id='profile-missing']")).startswith("Falta añadir: ")
    assert text(find(page, "//*[@id='credentials-heading']")) == "Sus credenciales"
    (soon,) = find_all(page, "//*[@role='status']//li")
    assert " vence el " in text(soon) and "(en 20 días)" in text(soon)
    headers = [
        text(th)
        for th in find_all(page, "//section[@aria-labelledby='credentials-heading']//thead//th")
    ]
    assert headers[:5] == ["Credencial", "Número", "Estado", "Vence", "Verificación"]
    assert_no_english(page)


def test_the_profile_form_is_in_spanish(spanish):
    page = spanish("candidates:profile_edit")
    assert text(find(page, "//h1")) == "Editar su perfil"
    assert text(find(page, "//main//button[@type='submit']")) == "Guardar perfil"
    assert_no_english(page)


def test_a_credential_form_is_in_spanish(spanish, tecnica):
    credential = tecnica.candidate_profile.credentials.first()
    page = spanish("candidates:credential_edit", credential.pk)
    assert text(find(page, "//main//button[@type='submit']")) == "Guardar credencial"
    assert_no_english(page)


def test_my_applications_are_in_spanish(spanish, application):
    page = spanish("applications:my_applications")
    (card,) = find_all(page, "//main//li[contains(@class, 'card')]")
    assert text(find(card, ".//*[@class='application-status-line']")) == "Estado: Enviada"
    # Dates in the Spanish order, day first: "Solicitó el 2 dic 2026".
    assert re.search(r"Solicitó el \d{1,2} [a-z]{3} \d{4}", text(card)), text(card)
    assert text(find(card, ".//h2")) == JOB_TITLE  # the employer's words, as written
    assert_no_english(page)


def test_an_application_is_in_spanish(spanish, application):
    page = spanish("applications:my_application", application.pk)
    assert text(find(page, "//h1")) == f"Su solicitud: {JOB_TITLE}"
    assert find(page, "//h1/span").get("lang") == "en"
    assert text(find(page, "//*[@id='application-status']")) == "Estado: Enviada"
    assert text(find(page, "//*[@id='match-heading']")) == "Cómo cumplía al momento de solicitar"
    assert text(find(page, "//*[@id='withdraw-heading']")) == "Retirar"
    assert_no_english(page)


def test_the_withdraw_confirmation_is_in_spanish(spanish, application):
    page = spanish("applications:withdraw", application.pk)
    assert text(find(page, "//*[@id='withdraw-warning']")).startswith("Esto no se puede deshacer.")
    assert text(find(page, "//main//button[@type='submit']")) == "Retirar mi solicitud"
    assert_no_english(page)


def test_saved_jobs_are_in_spanish(spanish, tecnica, job):
    SavedJob.objects.create(user=tecnica, job=job)
    page = spanish("applications:saved_jobs")
    assert text(find(page, "//*[contains(@class, 'saved-on')]")).startswith("Guardado el ")
    assert text(find(page, "//main//li//button")).startswith("★ Guardado")
    assert_no_english(page)


def test_the_alert_pages_are_in_spanish(spanish, tecnica):
    make_alert(params={"state": "TX"}, user=tecnica)
    listing = spanish("alerts:list")
    headers = [text(th) for th in find_all(listing, "//table[contains(@class, 'alert-list')]//th")]
    assert headers == ["Alerta", "Con qué frecuencia", "Estado", "Último envío"]
    assert_no_english(listing)

    new = spanish("alerts:new", query="?state=TX")
    assert text(find(new, "//*[@id='alert-search-heading']")) == "Su búsqueda"
    assert text(find(new, "//main//button[@type='submit']")) == "Crear alerta"
    assert text(find(new, "//*[@id='alert-new-note']")).startswith("Cada correo incluye")
    assert_no_english(new)


def test_a_spanish_candidates_confirmation_email_is_spanish_in_every_part(
    settings, application, tecnica
):
    (message,) = [m for m in mail.outbox if m.to == [tecnica.email]]
    assert message.subject == f"[RxTech Careers] Solicitó {JOB_TITLE} en {EMPLOYER}"
    assert "Hola, Lucía Técnica:" in message.body
    assert f"Enviada a: {EMPLOYER} (su equipo de contratación" in message.body
    assert "Cómo cumplía: Cumple todos los requisitos" in message.body
    assert "/es/candidate/applications/" in message.body  # the link opens the Spanish page
    html, _mimetype = message.alternatives[0]
    assert "Se envió su solicitud</h1>" in html
    assert ">Seguir su solicitud</a>" in html
    assert "Your application was sent" not in html


def test_each_employer_member_is_told_in_their_own_language(
    organisation, job, tecnica, django_capture_on_commit_callbacks
):
    english = MembershipFactory(organisation=organisation).user
    spanish_member = MembershipFactory(organisation=organisation, user__language="es").user
    with django_capture_on_commit_callbacks(execute=True):
        application_submit(job=job, candidate=tecnica, resume=Resume.objects.get())
    by_reader = {tuple(m.to): m for m in mail.outbox if m.to != [tecnica.email]}
    assert by_reader[(spanish_member.email,)].subject == (
        f"[RxTech Careers] Nueva solicitud para {JOB_TITLE}"
    )
    assert by_reader[(english.email,)].subject == (
        f"[RxTech Careers] New application for {JOB_TITLE}"
    )


@pytest.fixture
def run_alerts(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine answers

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            return alerts_send()

    return run


def test_a_spanish_alert_email_is_spanish_in_every_part(run_alerts, tecnica):
    # Signed up while the site was in English; the account has since switched to Spanish.
    make_alert(params={"state": "TX"}, user=tecnica, language="en")
    PublishedJobFactory(title=JOB_TITLE, state="TX")
    mail.outbox.clear()
    assert run_alerts().emails == 1
    (message,) = mail.outbox
    assert message.subject == "[RxTech Careers] 1 empleo nuevo para su alerta de empleo"
    assert message.body.startswith("Hola:")
    assert "Administrar sus alertas: " in message.body
    html, _mimetype = message.alternatives[0]
    assert "1 empleo nuevo para usted</h1>" in html
    assert ">Darse de baja</a>" in html


def test_a_guests_alert_email_is_in_the_language_they_signed_up_in(run_alerts):
    make_alert(params={"state": "TX"}, email="invitada@example.com", language="es")
    PublishedJobFactory(title=JOB_TITLE, state="TX")
    mail.outbox.clear()
    run_alerts()
    (message,) = mail.outbox
    assert "empleo nuevo" in message.subject


def test_a_paused_alerts_reasons_are_in_its_owners_language(run_alerts, tecnica):
    alert = make_alert(params={"state": "TX"}, user=tecnica)
    Alert.objects.filter(pk=alert.pk).update(params={"state": ["ZZ"]})
    mail.outbox.clear()
    run_alerts()
    (message,) = mail.outbox
    assert message.subject == "[RxTech Careers] Su alerta de empleo está pausada"
    assert "Select a valid choice" not in message.body


def test_a_state_credential_type_reads_as_a_whole_spanish_plural():
    requirement = StateRequirement("TX", StatePolicy.REQUIRED)
    held = Held("state-state-certification-TX", issued=False)
    (result,) = evaluate([held], [], requirement, date(2026, 6, 1)).results
    with translation.override("es"):
        words = match_text.explanation(result)
    assert words.startswith("Texas no emite certificaciones estatales a técnicos de farmacia")


def test_the_english_check_sees_english_outside_the_employers_text():
    page = parse(
        "<html><body><main><p>Estado: <span lang='en'>Apply with the job</span></p>"
        "<p>Save your job</p></main></body></html>"
    )
    assert ENGLISH.findall(own_words(page)) == ["Save", "your", "job"]


def test_an_employer_reads_an_application_in_spanish(client, organisation, application):
    member = MembershipFactory(organisation=organisation, user__language="es").user
    client.force_login(member)
    with translation.override("es"):
        path = reverse("applications:application_detail", args=[application.pk])
    page = parse(client.get(path))
    assert page.get("lang") == "es"
    assert text(find(page, "//*[@id='profile-heading']")) == "Perfil al momento de solicitar"
    match = find(page, "//section[@aria-labelledby='match-heading']")
    credentials = [text(li) for li in match.xpath(".//h3/following-sibling::ul[1]/li")]
    # The stored codes ("active", "self-reported") read as words in the reader's language.
    assert credentials and all(" · Activa · " in row for row in credentials), credentials
    assert all(row.endswith("Declarada por usted") for row in credentials), credentials
