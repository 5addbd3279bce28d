"""Download my data; delete my account (anonymised applications stay with employers)."""

import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from applications.models import Application, SavedJob
from applications.services import application_move
from candidates.factories import WorkHistoryFactory
from candidates.models import CandidateCredential, CandidateProfile, Resume
from jobs.factories import PublishedJobFactory

pytestmark = pytest.mark.django_db


def test_export_contains_profile_credentials_history_applications_and_files(
    client, candidate, application, member
):
    WorkHistoryFactory(profile=candidate.candidate_profile, employer="Corner Drug")
    application_move(application=application, to="reviewing", by=member)
    client.force_login(candidate)
    response = client.post(reverse("privacy:data_export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("data.json"))
    assert data["account"]["email"] == candidate.email
    assert data["profile"]["headline"] == "Certified pharmacy technician"
    assert data["profile"]["work_history"][0]["employer"] == "Corner Drug"
    assert {c["code"] for c in data["credentials"]} == {"ptcb-cpht", "state-registration-TX"}
    [exported] = data["applications"]
    assert exported["job"] == application.job.title
    assert [h["to"] for h in exported["history"]] == ["submitted", "reviewing"]
    [resume] = data["resumes"]
    assert archive.read(resume["file"]).startswith(b"%PDF-")


def test_export_leaves_out_the_organisations_private_notes(client, candidate, application, member):
    application.notes.create(author=member, text="Internal: call references")
    client.force_login(candidate)
    response = client.post(reverse("privacy:data_export"))
    assert b"call references" not in response.content


def test_wrong_password_deletes_nothing(client, candidate, application):
    client.force_login(candidate)
    response = client.post(reverse("privacy:account_delete"), {"password": "nope"})
    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()
    assert get_user_model().objects.filter(pk=candidate.pk).exists()


def test_delete_account_anonymises_applications_and_removes_everything_else(
    client,
    candidate,
    application,
    member,
    organisation,
    tmp_path,
    django_capture_on_commit_callbacks,
):
    from accounts.factories import DEFAULT_PASSWORD

    closed = PublishedJobFactory(organisation=organisation)
    from applications.services import application_submit

    hired = application_submit(job=closed, candidate=candidate, resume=application.resume)
    for status in ("reviewing", "interviewing", "offered", "hired"):
        application_move(application=hired, to=status, by=member)
    application.notes.create(author=member, text="Called her")
    SavedJob.objects.create(user=candidate, job=closed)
    assert any((tmp_path / "private").rglob("*.pdf"))
    mail.outbox.clear()

    client.force_login(candidate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("privacy:account_delete"), {"password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=candidate.pk).exists()
    assert (
        not CandidateProfile.objects.exists()
        or not CandidateProfile.objects.filter(user_id=candidate.pk).exists()
    )
    assert not CandidateCredential.objects.exists()
    assert not Resume.objects.exists()
    assert not SavedJob.objects.exists()
    assert not any((tmp_path / "private").rglob("*.pdf"))

    application.refresh_from_db()
    hired.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN  # was open
    assert hired.status == Application.Status.HIRED  # history is kept as it was
    for kept in (application, hired):
        assert kept.candidate is None
        assert kept.profile_snapshot == {"anonymised": True}
        assert kept.eligibility_snapshot == {"anonymised": True}
        assert kept.credentials_snapshot == []
        assert kept.resume is None
        assert not kept.answers.exists()
        assert not kept.notes.exists()
    assert mail.outbox[-1].to == [member.email]
    assert "Casey" not in mail.outbox[-1].body

    client.force_login(member)
    page = client.get(reverse("applications:applicants", kwargs={"pk": application.job.pk}))
    assert "Anonymised applicant" in page.content.decode()
    assert "Casey" not in page.content.decode()
    # The session is gone too.
    client.logout()
