"""Issue 15: the site's own words in Spanish under /es/, the posting's own words as written.

Each check reads one element (by id, class or role) that only the marked template fills, so a
Spanish word in the header or footer proves nothing here; the English page is read the same
way and must keep its words.
"""

import pytest
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.views.defaults import server_error

from accounts.factories import JobSeekerFactory, ModeratorFactory
from employers.factories import OrganisationFactory, OwnerMembershipFactory
from jobs import services
from jobs.digest import moderation_digest_send
from jobs.factories import PendingJobFactory, PublishedJobFactory
from tests.html import find, find_all, has_class, parse, text

TITLE = "Lead Pharmacy Technician"
QUESTION = "Do you hold a Texas registration?"


def english_path(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args)


def spanish(path: str) -> str:
    return "/es" + path


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Lone Star Pharmacy")


@pytest.fixture
def job(organisation):
    return PublishedJobFactory(organisation=organisation, title=TITLE)


# The job page ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_job_page_speaks_spanish_around_the_posting_in_english(client, job):
    page = parse(client.get(spanish(job.get_absolute_url())))
    assert page.get("lang") == "es"
    assert text(find(page, "//h2[@id='requirements-heading']")) == "Requisitos"
    assert text(find(page, "//h2[@id='description-heading']")) == "Sobre el empleo"
    assert text(find(page, "//h2[@id='physical-heading']")) == "Exigencias físicas"
    facts = [text(term) for term in find_all(page, "//dl[@class='facts']/dt")]
    assert facts[:2] == ["Pago", "Entorno"] and "Vacantes" in facts
    assert text(find(page, f"//*[{has_class('job-language-note')}]")) == (
        "Este anuncio está en inglés, como lo publicó el empleador."
    )
    # The employer's words stay as written, and say so.
    title = find(page, "//h1")
    assert title.get("lang") == "en" and text(title) == TITLE
    assert find(page, f"//div[{has_class('job-description')}]").get("lang") == "en"
    assert find(page, "//h2[@id='employer-heading']").get("lang") == "en"


@pytest.mark.django_db
def test_the_english_job_page_keeps_its_words_and_has_no_language_note(client, job):
    page = parse(client.get(job.get_absolute_url()))
    assert page.get("lang") == "en"
    assert text(find(page, "//h2[@id='requirements-heading']")) == "Requirements"
    assert text(find(page, "//h2[@id='description-heading']")) == "About the job"
    assert not find_all(page, f"//*[{has_class('job-language-note')}]")
    assert find(page, "//h1").get("lang") == "en"


@pytest.mark.django_db
def test_the_preview_shows_screening_questions_as_written_and_the_rest_in_spanish(client):
    organisation = OrganisationFactory()
    owner = OwnerMembershipFactory(organisation=organisation).user
    job = PublishedJobFactory(organisation=organisation, questions=[(QUESTION, "yes_no", "no")])
    client.force_login(owner)
    page = parse(client.get(spanish(english_path("jobs:preview", job.pk))))
    questions = find(page, f"//section[{has_class('preview-questions')}]")
    assert text(find(questions, ".//h2")) == "Preguntas de selección que responden los solicitantes"
    (item,) = questions.xpath(".//li")
    assert text(find(item, ".//*[@lang='en']")) == QUESTION
    assert text(find(item, f".//span[{has_class('muted')}]")) == (
        "(Sí / no; responder “No” los descarta)"
    )
    actions = find(page, f"//div[{has_class('job-actions')}]")
    assert text(find(actions, ".//a")).startswith("Editar")


# A job card on a listing (the organisation's page lists its open jobs as cards) -----------


@pytest.mark.django_db
def test_a_job_card_on_a_listing_keeps_the_title_in_english(client, job, organisation):
    page = parse(client.get(spanish(english_path("employers:organisation", organisation.slug))))
    assert text(find(page, "//h2[@id='open-jobs-heading']")) == "Empleos abiertos (1)"
    card = find(page, f"//li[{has_class('job-card')}]")
    link = find(card, ".//a")
    assert link.get("lang") == "en" and text(link) == TITLE

    english = parse(client.get(english_path("employers:organisation", organisation.slug)))
    assert text(find(english, "//h2[@id='open-jobs-heading']")) == "Open jobs (1)"


# Moderation ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_moderation_queue_in_spanish(client, organisation):
    PendingJobFactory(
        organisation=organisation,
        title="Held tech",
        hold_reasons=[{"code": "fee", "value": "$200 fee"}],
    )
    client.force_login(ModeratorFactory())
    page = parse(client.get(spanish(english_path("jobs:moderation"))))
    assert text(find(page, "//h1")) == "Moderación de empleos"
    assert text(find(page, "//h2[@id='held-heading']")) == "Retenidos para revisión"
    assert text(find(page, "//h2[@id='reported-heading']")) == "Denunciados"
    assert text(find(page, "//h2[@id='taken-down-heading']")) == "Retirados"
    assert text(find(page, "//details[@class='moderation-history']/summary")) == (
        "Historial (0 decisiones)"
    )
    (label,) = page.xpath("//label[starts-with(@for, 'held-reason-')]")
    assert text(label) == "Motivo (obligatorio, se envía por correo al empleador)"

    client_page = parse(client.get(english_path("jobs:moderation")))
    assert text(find(client_page, "//h2[@id='held-heading']")) == "Held for review"


@pytest.mark.django_db
def test_the_owner_reads_the_take_down_email_in_their_language(
    organisation, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://rxtech.example"
    OwnerMembershipFactory(organisation=organisation, user__language="es")
    job = PublishedJobFactory(organisation=organisation, title=TITLE)
    with django_capture_on_commit_callbacks(execute=True):
        services.job_take_down(job=job, by=ModeratorFactory(), reason="Pide datos bancarios")
    (message,) = mail.outbox
    assert f'Se retiró su empleo "{TITLE}"' in message.subject
    assert "Ya no es público y ya no recibe solicitudes." in message.body
    assert "El motivo del moderador:\nPide datos bancarios" in message.body
    html = parse(message.alternatives[0][0])
    assert html.get("lang") == "es"
    # The link opens the preview in the reader's language too.
    assert f"Vea el empleo: https://rxtech.example/es/employer/jobs/{job.pk}/preview/" in (
        message.body
    )


@pytest.mark.django_db
def test_each_moderator_reads_the_digest_in_their_language(
    organisation, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://rxtech.example"
    PendingJobFactory(organisation=organisation, hold_reasons=[{"code": "urgency", "value": ""}])
    ModeratorFactory(language="es", email="es@moderators.example")
    ModeratorFactory(language="en", email="en@moderators.example")
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        moderation_digest_send()
    by_reader = {message.to[0]: message for message in mail.outbox}
    spanish_digest = by_reader["es@moderators.example"]
    assert "Resumen de moderación: 1 retenido, 0 denuncias, 0 organizaciones" in (
        spanish_digest.subject
    )
    assert "Empleos retenidos para revisión (1):" in spanish_digest.body
    assert (
        "Cola de moderación de empleos: https://rxtech.example/es/moderation/jobs/"
        in spanish_digest.body
    )
    english_digest = by_reader["en@moderators.example"]
    assert "Moderation digest: 1 held, 0 reports, 0 organisations" in english_digest.subject
    assert "Job moderation queue: https://rxtech.example/moderation/jobs/" in english_digest.body


# Privacy ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_privacy_pages_in_spanish(client):
    client.force_login(JobSeekerFactory())
    export = parse(client.get(spanish(english_path("privacy:data_export"))))
    assert text(find(export, "//h1")) == "Descargar mis datos"
    assert text(find(export, "//main//form//button")) == "Descargar mis datos"

    delete = parse(client.get(spanish(english_path("privacy:account_delete"))))
    assert text(find(delete, "//h1")) == "Eliminar mi cuenta"
    assert text(find(delete, f"//button[{has_class('button--danger')}]")) == (
        "Eliminar mi cuenta definitivamente"
    )
    english = parse(client.get(english_path("privacy:account_delete")))
    assert text(find(english, "//h1")) == "Delete my account"


# allauth's pages, in the site's layout ------------------------------------------------------


@pytest.mark.django_db
def test_sign_in_and_sign_up_in_spanish(client):
    login = parse(client.get("/es/accounts/login/"))
    assert login.get("lang") == "es"
    assert text(find(login, "//main//h1")) == "Iniciar sesión"
    email_label = find(login, "//label[@for='id_login']")
    assert text(email_label) == "Correo electrónico (obligatorio)"

    signup = parse(client.get("/es/accounts/signup/"))
    assert text(find(signup, "//main//h1")) == "Registrarse"
    honeypot = find(signup, "//div[@aria-hidden='true']//label")
    assert text(honeypot) == "Deje este campo vacío"

    english = parse(client.get("/accounts/signup/"))
    assert text(find(english, "//div[@aria-hidden='true']//label")) == "Leave this field empty"


# Error pages --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_404_page_in_spanish(client):
    page = parse(client.get("/es/no-such-page/"))
    assert page.get("lang") == "es"
    assert text(find(page, "//h1[@id='error-heading']")) == "No encontramos esa página"
    assert text(find(page, "//label[@for='error-q']")) == "Buscar empleos de técnico de farmacia"
    form = find(page, "//form[@role='search']")
    assert form.get("action") == "/es/jobs/"


def test_the_500_page_follows_the_active_language():
    """Not marked django_db: the 500 page must render without the database in Spanish too."""
    with translation.override("es"):
        response = server_error(RequestFactory().get("/es/jobs/"))
    page = parse(response)
    assert page.get("lang") == "es"
    assert text(find(page, "//h1[@id='error-heading']")) == "Algo salió mal de nuestro lado"
    assert [link.get("href") for link in page.xpath("//ul//a")] == ["/es/", "/es/jobs/"]
