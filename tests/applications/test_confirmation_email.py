"""The candidate's confirmation after applying: what was sent, to whom, how to follow it."""

import pytest
from django.core import mail
from django.urls import reverse

from applications.services import application_submit
from jobs.factories import PublishedJobFactory
from jobs.models import ScreeningQuestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def job_with_questions(organisation):
    return PublishedJobFactory(
        organisation=organisation,
        title="Hospital Pharmacy Technician",
        requirements=[("national-certification", "required", None)],
        questions=[
            ("Can you work weekends?", ScreeningQuestion.Kind.YES_NO, ScreeningQuestion.Answer.NO),
            ("Which pharmacy software do you know?", ScreeningQuestion.Kind.SHORT_TEXT, ""),
        ],
    )


def apply(candidate, job, resume, capture):
    q1, q2 = job.screening_questions.all()
    mail.outbox.clear()
    with capture(execute=True):
        application = application_submit(
            job=job,
            candidate=candidate,
            resume=resume,
            cover_letter="Hello",
            answers={q1.pk: "yes", q2.pk: "PioneerRx & EPIC"},
        )
    (confirmation,) = [message for message in mail.outbox if message.to == [candidate.email]]
    return application, confirmation


def test_the_candidate_is_told_what_was_sent_to_whom_in_both_parts(
    settings, candidate, job_with_questions, resume, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://careers.example.com"
    application, message = apply(
        candidate, job_with_questions, resume, django_capture_on_commit_callbacks
    )
    link = "https://careers.example.com" + reverse(
        "applications:my_application", kwargs={"pk": application.pk}
    )
    assert message.subject == (
        "[RxTech Careers] You applied to Hospital Pharmacy Technician at Lone Star Pharmacy"
    )
    text = message.body
    assert "Job: Hospital Pharmacy Technician (" in text
    assert "Sent to: Lone Star Pharmacy" in text
    assert f"Résumé: {resume.original_name}" in text
    assert "Cover letter: included" in text
    assert "How you matched: You meet all requirements" in text
    assert "- Can you work weekends?: Yes" in text
    # Plain text is never HTML-escaped.
    assert "- Which pharmacy software do you know?: PioneerRx & EPIC" in text
    assert f"Follow your application (status, history, withdraw): {link}" in text

    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert f'<a href="{link}"' in html
    assert "Follow your application" in html
    assert '<td style="padding:4px 0" lang="en">Lone Star Pharmacy</td>' in html
    assert f"{resume.original_name}</td>" in html
    assert '<span lang="en">Can you work weekends?</span>: <strong>Yes</strong>' in html
    assert "PioneerRx &amp; EPIC" in html


def test_without_questions_or_cover_letter_the_email_says_none(
    candidate, job, resume, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application_submit(job=job, candidate=candidate, resume=resume)
    (message,) = [m for m in mail.outbox if m.to == [candidate.email]]
    assert "Cover letter: none" in message.body
    assert "Your answers" not in message.body
    assert "Your answers" not in message.alternatives[0][0]


def test_the_email_is_rendered_in_the_users_language_when_the_user_keeps_one(
    candidate, job, resume, monkeypatch, django_capture_on_commit_callbacks
):
    from accounts import mail as site_mail

    languages = []
    render = site_mail.mail_render

    def spy(**kwargs):
        from django.utils import translation

        languages.append((kwargs["template_prefix"], translation.get_language()))
        return render(**kwargs)

    monkeypatch.setattr(site_mail, "mail_render", spy)
    candidate.language = "es"
    with django_capture_on_commit_callbacks(execute=True):
        application_submit(job=job, candidate=candidate, resume=resume)
    assert ("applications/email/application_sent", "es") in languages


def test_a_refused_application_sends_no_confirmation(
    client, other_candidate, job, django_capture_on_commit_callbacks
):
    client.force_login(other_candidate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("applications:apply", kwargs={"pk": job.pk}), {})
    assert response.status_code == 400
    assert mail.outbox == []
