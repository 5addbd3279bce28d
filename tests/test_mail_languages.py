"""Every email to an employer member is in that member's language (``User.language``).

For each kind: one owner/member reads Spanish, another member of the same organisation reads
English; each gets their own message, and the Spanish one is Spanish in its subject, its text
and its HTML part. The phrases asserted for employers' own emails come from the Spanish
catalogue (locale/es); the ones for other apps' emails are the English templates' fixed words,
which a Spanish message must not contain.

allauth's own emails (password reset, "account already exists", …) follow the same rule for an
address with an account; an address with none reads the language of the page it was typed on.
"""

import re

import pytest
from django.core import mail

from accounts.factories import EmployerUserFactory, JobSeekerFactory, ModeratorFactory
from employers import services as employer_services
from employers.factories import (
    OrganisationFactory,
    OwnerMembershipFactory,
    PendingOrganisationFactory,
    RecruiterMembershipFactory,
    RejectedOrganisationFactory,
)
from tests.html import parse

pytestmark = pytest.mark.django_db


def parts(message) -> tuple[str, str, str]:
    (html, mimetype) = message.alternatives[0]
    assert mimetype == "text/html"
    return message.subject, message.body, html


def one_to(address: str) -> mail.EmailMessage:
    (message,) = [m for m in mail.outbox if address in m.to]
    return message


def assert_in_all(phrases_by_part, message):
    subject, text, html = parts(message)
    for where, content in (("subject", subject), ("text", text), ("html", html)):
        for phrase in phrases_by_part[where]:
            assert phrase in content, f"{phrase!r} not in the {where} of {message.to}"


def assert_in_none(phrases, message):
    for part in parts(message):
        for phrase in phrases:
            assert phrase not in part


def assert_one_message_per_language(spanish, english):
    """Nobody reads another person's language: one message per language (colleagues who share
    a language may share one)."""
    assert one_to(spanish.email).to == [spanish.email]
    assert spanish.email not in one_to(english.email).to


@pytest.fixture
def people(db):
    """A verified organisation with a Spanish owner, an English owner and an English
    recruiter; and a moderator."""
    organisation = OrganisationFactory(name="Botica del Valle")
    spanish = OwnerMembershipFactory(
        organisation=organisation, user__email="duena@botica.example", user__language="es"
    ).user
    english = OwnerMembershipFactory(
        organisation=organisation, user__email="owner@botica.example", user__language="en"
    ).user
    recruiter = RecruiterMembershipFactory(
        organisation=organisation, user__email="recruiter@botica.example", user__language="en"
    ).user
    return {
        "organisation": organisation,
        "spanish": spanish,
        "english": english,
        "recruiter": recruiter,
        "moderator": ModeratorFactory(email="mod@rxtech.example"),
    }


def _with_owners(organisation, people):
    for key in ("spanish", "english"):
        OwnerMembershipFactory(
            organisation=organisation,
            user__email=people[key].email.replace("@", "+2@"),
            user__language=people[key].language,
        )
    return organisation


# employers/: verification, rejection, staff decisions, invitations -------------------------


def test_organisation_verified_email_in_each_owners_language(
    people, django_capture_on_commit_callbacks
):
    organisation = _with_owners(PendingOrganisationFactory(name="Farmacia Sol"), people)
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_verify(organisation=organisation, by=people["moderator"])
    spanish = one_to("duena+2@botica.example")
    english = one_to("owner+2@botica.example")
    assert spanish.to == ["duena+2@botica.example"]
    assert_in_all(
        {
            "subject": ["Farmacia Sol está verificada"],
            "text": ["Buenas noticias: nuestro personal revisó los identificadores de Farmacia"],
            "html": ["Ir a su panel", "Los empleos que publique ahora aparecen sin esperar"],
        },
        spanish,
    )
    assert "/es/employers/dashboard/" in spanish.body  # the link opens the Spanish page
    assert_in_none(["Good news", "is verified", "Go to your dashboard"], spanish)
    assert_in_all(
        {
            "subject": ["Farmacia Sol is verified"],
            "text": ["Good news: our staff checked Farmacia Sol's identifiers"],
            "html": ["Go to your dashboard"],
        },
        english,
    )
    assert "/es/" not in english.body


def test_organisation_rejected_email_in_each_owners_language(
    people, django_capture_on_commit_callbacks
):
    organisation = _with_owners(PendingOrganisationFactory(name="Farmacia Luna"), people)
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_reject(
            organisation=organisation, by=people["moderator"], reason="El NPI es de otra."
        )
    spanish, english = one_to("duena+2@botica.example"), one_to("owner+2@botica.example")
    assert_in_all(
        {
            "subject": ["No pudimos verificar Farmacia Luna"],
            "text": ["Motivo:", "El NPI es de otra.", "Responda a este correo"],
            "html": ["Nuestro personal no pudo verificar Farmacia Luna.", "Motivo:"],
        },
        spanish,
    )
    assert_in_none(["We could not verify", "Reason:", "Reply to this email"], spanish)
    assert_in_all(
        {
            "subject": ["We could not verify Farmacia Luna"],
            "text": ["Reason:", "Reply to this email"],
            "html": ["Our staff could not verify Farmacia Luna."],
        },
        english,
    )


def test_review_reopened_email_in_each_owners_language(people, django_capture_on_commit_callbacks):
    organisation = _with_owners(RejectedOrganisationFactory(name="Farmacia Rio"), people)
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_reopen(
            organisation=organisation, by=people["moderator"], reason="Revisamos de nuevo."
        )
    spanish, english = one_to("duena+2@botica.example"), one_to("owner+2@botica.example")
    assert_in_all(
        {
            "subject": ["Farmacia Rio vuelve a revisión"],
            "text": ["Nuestro personal reabrió la revisión de Farmacia Rio", "Nota del personal:"],
            # No HTML template: the text is shown in the email layout.
            "html": ["Nuestro personal reabrió la revisión de Farmacia Rio"],
        },
        spanish,
    )
    assert "/es/employers/dashboard/" in spanish.body
    assert_in_none(["back in review", "Staff's note", "Your dashboard"], spanish)
    assert_in_all(
        {
            "subject": ["Farmacia Rio is back in review"],
            "text": ["Our staff reopened the review of Farmacia Rio", "Staff's note:"],
            "html": ["Our staff reopened the review of Farmacia Rio"],
        },
        english,
    )


def test_identity_change_decisions_in_each_owners_language(
    people, django_capture_on_commit_callbacks
):
    organisation = people["organisation"]
    organisation.propose_identity({"name": "Botica del Valle Norte"})
    organisation.save()
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_identity_reject(
            organisation=organisation, by=people["moderator"], reason="No coincide."
        )
    spanish, english = one_to(people["spanish"].email), one_to(people["english"].email)
    assert_one_message_per_language(people["spanish"], people["english"])
    assert_in_all(
        {
            "subject": ["No pudimos aceptar los nuevos datos de Botica del Valle"],
            "text": ["NAME: Botica del Valle Norte (no aceptado)", "Nota del personal:"],
            "html": ["no pudo confirmar los nuevos datos"],
        },
        spanish,
    )
    assert_in_all(
        {
            "subject": ["We could not accept the new details of Botica del Valle"],
            "text": ["NAME: Botica del Valle Norte (not accepted)"],
            "html": ["could not confirm the new details"],
        },
        english,
    )
    # The recruiter is not an owner: staff decisions go to owners only.
    assert [m for m in mail.outbox if people["recruiter"].email in m.to] == []

    mail.outbox.clear()
    organisation.propose_identity({"name": "Botica del Valle Norte"})
    organisation.save()
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_identity_approve(
            organisation=organisation, by=people["moderator"]
        )
    spanish, english = one_to(people["spanish"].email), one_to(people["english"].email)
    assert_in_all(
        {
            "subject": ["Se aprobaron los nuevos datos de Botica del Valle Norte"],
            "text": ["Nuestro personal revisó los nuevos datos", "NAME: Botica del Valle Norte"],
            "html": ["Nuestro personal revisó los nuevos datos"],
        },
        spanish,
    )
    assert_in_all(
        {
            "subject": ["The new details of Botica del Valle Norte are approved"],
            "text": ["Our staff checked the new details"],
            "html": ["Our staff checked the new details"],
        },
        english,
    )


def test_invitation_to_an_account_is_in_the_invitees_language(
    people, django_capture_on_commit_callbacks
):
    """The English owner invites a Spanish-speaking employer account: the email is Spanish,
    and its link opens the Spanish page."""
    EmployerUserFactory(email="nueva@botica.example", language="es")
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.invitation_create(
            organisation=people["organisation"],
            email="nueva@botica.example",
            invited_by=people["english"],
        )
    message = one_to("nueva@botica.example")
    assert_in_all(
        {
            "subject": ["Únase a Botica del Valle en RxTech Careers"],
            "text": ["le invitó a reclutar técnicos de farmacia", "Acepte la invitación"],
            "html": ["Aceptar la invitación", "El enlace funciona una sola vez y vence el"],
        },
        message,
    )
    assert "/es/employers/invitations/" in message.body
    assert_in_none(["invited you", "Accept the invitation", "expires on"], message)


def test_invitation_to_a_new_address_is_in_the_inviters_language(
    people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.invitation_create(
            organisation=people["organisation"],
            email="someone@new.example",
            invited_by=people["spanish"],
        )
        employer_services.invitation_create(
            organisation=people["organisation"],
            email="another@new.example",
            invited_by=people["english"],
        )
    spanish, english = one_to("someone@new.example"), one_to("another@new.example")
    assert "Únase a Botica del Valle" in spanish.subject
    assert " de 20" in spanish.body  # the date in Spanish ("9 de diciembre de 2026")
    assert english.subject.endswith("Join Botica del Valle on RxTech Careers")
    assert "/es/" not in english.body and "Accept the invitation" in english.body


def test_the_html_part_names_its_language(people, django_capture_on_commit_callbacks):
    organisation = _with_owners(PendingOrganisationFactory(name="Farmacia Sol"), people)
    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_verify(organisation=organisation, by=people["moderator"])
    assert '<html lang="es">' in parts(one_to("duena+2@botica.example"))[2]


# jobs/: moderation decisions on the organisation's jobs (helper i18na) ---------------------


def test_job_taken_down_email_in_each_owners_language(people, django_capture_on_commit_callbacks):
    from jobs.factories import PublishedJobFactory
    from jobs.services import job_take_down

    job = PublishedJobFactory(organisation=people["organisation"], title="Técnico de farmacia")
    with django_capture_on_commit_callbacks(execute=True):
        job_take_down(job=job, by=people["moderator"], reason="Pide una tarifa.")
    assert_one_message_per_language(people["spanish"], people["english"])
    spanish, english = one_to(people["spanish"].email), one_to(people["english"].email)
    assert "A moderator took down your job" in english.body
    assert_in_none(["A moderator", "took down", "See the job", "reason"], spanish)
    # The link (the employer's preview of the job) is in the reader's language.
    assert f"/es/employer/jobs/{job.pk}/preview/" in spanish.body
    assert f"/employer/jobs/{job.pk}/preview/" in english.body and "/es/" not in english.body


def test_job_approved_email_in_each_owners_language(people, django_capture_on_commit_callbacks):
    from jobs.factories import PendingJobFactory
    from jobs.services import job_approve

    job = PendingJobFactory(organisation=people["organisation"], title="Técnico de farmacia")
    with django_capture_on_commit_callbacks(execute=True):
        job_approve(job=job, by=people["moderator"])
    spanish, english = one_to(people["spanish"].email), one_to(people["english"].email)
    assert "reviewed your job" in english.body
    assert_in_none(["A moderator", "reviewed your job", "approved"], spanish)


# applications/: new applications and withdrawals (helper i18nb) ----------------------------


@pytest.fixture
def application_parts(people):
    from candidates.factories import CandidateProfileFactory
    from candidates.resumes import inspect
    from candidates.services import resume_add
    from jobs.factories import PublishedJobFactory
    from tests.files import pdf_upload

    candidate = CandidateProfileFactory(user=JobSeekerFactory(language="en")).user
    resume = resume_add(profile=candidate.candidate_profile, resume_file=inspect(pdf_upload()))
    job = PublishedJobFactory(organisation=people["organisation"], title="Retail Technician")
    return job, candidate, resume


def test_new_application_email_in_each_members_language(
    people, application_parts, django_capture_on_commit_callbacks
):
    from applications.services import application_submit

    job, candidate, resume = application_parts
    with django_capture_on_commit_callbacks(execute=True):
        application_submit(job=job, candidate=candidate, resume=resume)
    assert_one_message_per_language(people["spanish"], people["english"])
    spanish, english = one_to(people["spanish"].email), one_to(people["english"].email)
    assert english.subject.endswith("New application for Retail Technician")
    assert "A candidate applied to" in english.body
    assert_in_none(["New application for", "A candidate applied to", "Review it"], spanish)
    assert "/es/" in spanish.body  # the link opens the Spanish page


def test_withdrawn_email_in_each_members_language(
    people, application_parts, django_capture_on_commit_callbacks
):
    from applications.services import application_move, application_submit

    job, candidate, resume = application_parts
    application = application_submit(job=job, candidate=candidate, resume=resume)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        application_move(application=application, to="withdrawn", by=candidate)
    assert_one_message_per_language(people["spanish"], people["english"])
    spanish, english = one_to(people["spanish"].email), one_to(people["english"].email)
    assert "withdrew" in english.body.lower() or "withdrawn" in english.body.lower()
    assert_in_none(["withdrew", "withdrawn", "Withdrawn"], spanish)


# jobs/: the moderators' digest (helper i18na) -----------------------------------------------


def test_moderation_digest_in_each_moderators_language(people, django_capture_on_commit_callbacks):
    from jobs.digest import moderation_digest_send

    ModeratorFactory(email="moderadora@rxtech.example", language="es")
    PendingOrganisationFactory(name="Farmacia Nueva")
    with django_capture_on_commit_callbacks(execute=True):
        moderation_digest_send()
    spanish, english = one_to("moderadora@rxtech.example"), one_to("mod@rxtech.example")
    assert spanish.to == ["moderadora@rxtech.example"]
    assert "Moderation digest" in english.subject and "New since" in english.body
    assert_in_none(["Moderation digest", "New since", "organisation"], spanish)


# accounts/: allauth's own emails (password reset, confirmation, …) ---------------------------

RESET_LINK = "/accounts/password/reset/key/"


def _ask_for_a_reset(client, path, address, callbacks):
    with callbacks(execute=False) as queued:
        response = client.post(path, {"email": address})
    assert response.status_code == 302
    # Queued after the commit like every other email (accounts.mail), then sent by the task.
    assert mail.outbox == []
    for callback in queued:
        callback()
    return one_to(address)


def test_a_spanish_account_gets_its_reset_in_spanish_from_an_english_page(
    client, django_capture_on_commit_callbacks
):
    user = JobSeekerFactory(email="rosa@example.com", language="es")
    message = _ask_for_a_reset(
        client, "/accounts/password/reset/", user.email, django_capture_on_commit_callbacks
    )
    assert_in_all(
        {
            "subject": ["Correo electrónico para restablecer contraseña"],
            "text": ["solicitado un restablecimiento de contraseña", "¡Hola de parte de"],
            "html": ["solicitado un restablecimiento de contraseña", '<html lang="es">'],
        },
        message,
    )
    assert_in_none(["Password Reset", "receiving this email", "Hello from"], message)
    # The link opens the Spanish page, on SITE_URL.
    assert f"/es{RESET_LINK}" in message.body


def test_an_english_account_gets_its_reset_in_english_from_a_spanish_page(
    client, django_capture_on_commit_callbacks
):
    user = JobSeekerFactory(email="casey@example.com", language="en")
    message = _ask_for_a_reset(
        client, "/es/accounts/password/reset/", user.email, django_capture_on_commit_callbacks
    )
    assert_in_all(
        {
            "subject": ["Password Reset Email"],
            "text": ["requested a password reset", "Hello from RxTech Careers"],
            "html": ["requested a password reset", '<html lang="en">'],
        },
        message,
    )
    assert_in_none(["restablecer", "Hola"], message)
    assert RESET_LINK in message.body and "/es/" not in message.body


def test_the_reset_link_in_the_accounts_language_still_works(
    client, django_capture_on_commit_callbacks
):
    user = JobSeekerFactory(email="rosa@example.com", language="es")
    message = _ask_for_a_reset(
        client, "/accounts/password/reset/", user.email, django_capture_on_commit_callbacks
    )
    link = re.search(r"https?://[^/\s]+(/es/accounts/password/reset/key/\S+/)", message.body)
    response = client.get(link.group(1), follow=True)
    assert response.status_code == 200
    assert parse(response).get("lang") == "es"
    assert parse(response).xpath("//input[@name='password1']")  # the key was accepted


@pytest.mark.parametrize(
    ("path", "subject", "signup"),
    [
        ("/es/accounts/password/reset/", "Cuenta desconocida", "/es/accounts/signup/"),
        ("/accounts/password/reset/", "Unknown Account", "/accounts/signup/"),
    ],
)
def test_an_unknown_address_reads_the_language_of_the_page_it_came_from(
    client, django_capture_on_commit_callbacks, path, subject, signup
):
    message = _ask_for_a_reset(
        client, path, "nobody@example.com", django_capture_on_commit_callbacks
    )
    assert message.subject.endswith(subject)
    assert re.search(rf"https?://[^/\s]+{re.escape(signup)}\s", message.body)


def test_signing_up_with_a_known_address_answers_in_the_accounts_language(
    client, django_capture_on_commit_callbacks
):
    """The "account already exists" notice goes to a known person: in their language, though
    someone typed their address on the Spanish sign-up page."""
    JobSeekerFactory(email="casey@example.com", language="en")
    data = {
        "email": "casey@example.com",
        "password1": "a-long-technician-password-42",
        "password2": "a-long-technician-password-42",
        "role": "job_seeker",
        "full_name": "Casey Tech",
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/es/accounts/signup/", data)
    message = one_to("casey@example.com")
    assert message.subject.endswith("Account Already Exists")
    assert "/accounts/password/reset/" in message.body and "/es/" not in message.body
