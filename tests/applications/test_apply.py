"""Applying: the happy path, and every way it must refuse without saving half an application."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from applications.models import Application
from candidates.models import Resume
from jobs.factories import ClosedJobFactory, DraftJobFactory, ExpiredJobFactory, PublishedJobFactory
from jobs.models import ScreeningQuestion
from tests.files import docx_bytes, pdf_bytes, upload, zip_bomb_docx

pytestmark = pytest.mark.django_db


def apply_url(job):
    return reverse("applications:apply", kwargs={"pk": job.pk})


def test_apply_with_uploaded_resume_stores_snapshot_and_notifies_employer(
    client, candidate, job, member, django_capture_on_commit_callbacks
):
    client.force_login(candidate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            apply_url(job),
            {"upload": upload("my cv.pdf", pdf_bytes()), "cover_letter": "Hello <b>there</b>"},
        )
    application = Application.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("applications:my_application", kwargs={"pk": application.pk})
    assert application.candidate == candidate
    assert application.resume.original_name == "my cv.pdf"
    assert application.resume.stored_name.endswith(".pdf")
    assert "my cv" not in application.resume.stored_name
    assert application.cover_letter == "Hello there"
    assert application.verdict == "eligible"
    assert_snapshot_is_codes_and_dates(application, candidate)
    assert {c["code"] for c in application.credentials_snapshot} == {
        "ptcb-cpht",
        "state-registration-TX",
    }
    assert " national-certification " in application.credential_keys
    assert " state-TX " in application.credential_keys
    assert application.profile_snapshot["name"] == "Casey Candidate"
    assert [e.to_status for e in application.events.all()] == ["submitted"]
    # The organisation is told, and the candidate gets a confirmation (tests/applications/
    # test_confirmation_email.py).
    assert [m.to for m in mail.outbox] == [[member.email], [candidate.email]]
    assert "Match: Meets all required credentials\n" in mail.outbox[0].body


def assert_snapshot_is_codes_and_dates(application, candidate):
    """What the application keeps of the match: codes and ISO dates, no English."""
    ptcb, texas = (
        candidate.candidate_profile.credentials.get(credential_code="ptcb-cpht"),
        candidate.candidate_profile.credentials.get(kind="state"),
    )
    assert application.eligibility_snapshot == {
        "format": 2,
        "on": timezone.localdate().isoformat(),
        "verdict": "eligible",
        "results": [
            {
                "requirement": {
                    "code": "national-certification",
                    "level": "required",
                    "within_days": None,
                },
                "outcome": "met",
                "reason": "met",
                "credential": {
                    "code": "ptcb-cpht",
                    "status": "active",
                    "expires_on": ptcb.expires_on.isoformat(),
                },
                "other_states": [],
            },
            {
                "requirement": {"state": "TX", "policy": "required"},
                "outcome": "met",
                "reason": "met",
                "credential": {
                    "code": "state-registration-TX",
                    "status": "active",
                    "expires_on": texas.expires_on.isoformat(),
                },
                "other_states": [],
            },
        ],
    }


def test_snapshot_does_not_change_when_the_profile_does(client, candidate, job, resume):
    client.force_login(candidate)
    client.post(apply_url(job), {"resume": resume.pk})
    candidate.candidate_profile.credentials.all().delete()
    candidate.candidate_profile.headline = "Changed"
    candidate.candidate_profile.save()
    application = Application.objects.get()
    assert application.verdict == "eligible"
    assert len(application.credentials_snapshot) == 2
    assert application.profile_snapshot["headline"] == "Certified pharmacy technician"


def test_applying_twice_says_you_already_applied(client, candidate, job, application):
    client.force_login(candidate)
    response = client.post(apply_url(job), {"resume": application.resume.pk}, follow=True)
    assert Application.objects.count() == 1
    assert "You already applied to this job." in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse(
        "applications:my_application", kwargs={"pk": application.pk}
    )


def test_database_refuses_a_second_application(job, candidate, application):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(job=job, candidate=candidate)


def test_race_to_apply_twice_gets_the_friendly_refusal(job, candidate, resume, application):
    from applications import services

    # Skip the early check to reach the database constraint.
    original = services.apply_refusal
    services.apply_refusal = lambda **kwargs: None
    try:
        with pytest.raises(services.ApplyRefused) as refused:
            services.application_submit(job=job, candidate=candidate, resume=resume)
    finally:
        services.apply_refusal = original
    assert refused.value.application == application
    assert Application.objects.count() == 1


@pytest.mark.parametrize(
    ("factory", "status"),
    [(ClosedJobFactory, 410), (ExpiredJobFactory, 410), (DraftJobFactory, 404)],
)
def test_cannot_apply_to_closed_expired_or_draft_jobs(
    client, candidate, organisation, resume, factory, status
):
    job = factory(organisation=organisation)
    client.force_login(candidate)
    assert client.get(apply_url(job)).status_code == status
    response = client.post(apply_url(job), {"resume": resume.pk})
    assert response.status_code == status
    assert "applications" in response.content.decode()
    assert not Application.objects.exists()


def test_published_job_past_its_expiry_is_gone(client, candidate, organisation, resume):
    from datetime import timedelta

    from django.utils import timezone

    job = PublishedJobFactory(organisation=organisation)
    job.expires_at = timezone.now() - timedelta(minutes=1)
    job.save()
    client.force_login(candidate)
    assert client.post(apply_url(job), {"resume": resume.pk}).status_code == 410
    assert not Application.objects.exists()


def test_external_apply_url_links_out(client, candidate, organisation):
    job = PublishedJobFactory(organisation=organisation, apply_url="https://careers.example/42")
    client.force_login(candidate)
    response = client.get(apply_url(job))
    assert response.status_code == 200
    assert 'href="https://careers.example/42"' in response.content.decode()
    assert client.post(apply_url(job), {}).status_code == 200
    assert not Application.objects.exists()


def test_employer_cannot_apply(client, member, job):
    client.force_login(member)
    response = client.get(apply_url(job))
    assert response.status_code == 403


def test_anonymous_is_sent_to_login(client, job):
    response = client.get(apply_url(job))
    assert response.status_code == 302
    assert reverse("account_login") in response.url


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("big.pdf", b"%PDF-1.4\n" + b"0" * (6 * 1024 * 1024), "the limit is 5 MB"),
        ("page.pdf", b"<!doctype html><html><body>hi</body></html>", "neither"),
        ("setup.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200, "neither"),
        ("bomb.docx", zip_bomb_docx(), "more than 20 MB"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_saved(
    client, candidate, job, tmp_path, name, content, message
):
    client.force_login(candidate)
    response = client.post(apply_url(job), {"upload": upload(name, content)})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Application.objects.exists()
    assert not Resume.objects.exists()
    private = tmp_path / "private"
    assert not private.exists() or not any(private.rglob("*.*"))


def test_docx_resume_is_accepted_and_text_extracted(client, candidate, job):
    client.force_login(candidate)
    client.post(apply_url(job), {"upload": upload("cv.docx", docx_bytes(), "application/msword")})
    resume = Application.objects.get().resume
    assert resume.content_type.endswith("wordprocessingml.document")
    assert "PTCB CPhT" in resume.text


def test_someone_elses_resume_cannot_be_used(client, candidate, other_candidate, job):
    from candidates.resumes import inspect
    from candidates.services import resume_add
    from tests.files import pdf_upload

    theirs = resume_add(
        profile=other_candidate.candidate_profile, resume_file=inspect(pdf_upload())
    )
    client.force_login(candidate)
    response = client.post(apply_url(job), {"resume": theirs.pk})
    assert response.status_code == 400
    assert not Application.objects.exists()


def test_knockout_answer_is_recorded_and_shown_to_both_sides(
    client, candidate, member, organisation, resume
):
    job = PublishedJobFactory(
        organisation=organisation,
        questions=[
            ("Can you work weekends?", ScreeningQuestion.Kind.YES_NO, ScreeningQuestion.Answer.NO),
            ("Which pharmacy software do you know?", ScreeningQuestion.Kind.SHORT_TEXT, ""),
        ],
    )
    q1, q2 = job.screening_questions.all()
    client.force_login(candidate)
    missing = client.post(apply_url(job), {"resume": resume.pk, f"question_{q1.pk}": "no"})
    assert missing.status_code == 400
    assert not Application.objects.exists()

    client.post(
        apply_url(job),
        {"resume": resume.pk, f"question_{q1.pk}": "no", f"question_{q2.pk}": "PioneerRx"},
    )
    application = Application.objects.get()
    assert application.knockout_failed
    assert [a.is_knockout_fail for a in application.answers.all()] == [True, False]
    mine = client.get(reverse("applications:my_application", kwargs={"pk": application.pk}))
    assert "did not meet what this employer asks for" in mine.content.decode()

    client.force_login(member)
    theirs = client.get(reverse("applications:application_detail", kwargs={"pk": application.pk}))
    assert "Knock-out answer" in theirs.content.decode()
    assert "PioneerRx" in theirs.content.decode()


def test_not_eligible_candidate_can_still_apply_and_is_marked(client, other_candidate, job, member):
    from candidates.resumes import inspect
    from candidates.services import resume_add
    from tests.files import pdf_upload

    resume = resume_add(
        profile=other_candidate.candidate_profile, resume_file=inspect(pdf_upload())
    )
    client.force_login(other_candidate)
    client.post(apply_url(job), {"resume": resume.pk, "confirm_unmet": "on"})
    assert Application.objects.get().verdict == "not-eligible"
