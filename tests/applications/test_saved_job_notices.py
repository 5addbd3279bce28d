"""Saved jobs closing soon, filled or taken off the site: marked in Saved jobs, and the person
told once by email (task and command), unless they turned it off on their profile."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from applications.models import SavedJob, SavedJobNotice
from applications.saved_notices import saved_job_notices_send
from applications.services import application_submit, job_save
from applications.tasks import send_saved_job_notices
from candidates.factories import CandidateProfileFactory
from employers.models import Organisation
from jobs.factories import PublishedJobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def jobs(organisation):
    now = timezone.now()
    return {
        "open": PublishedJobFactory(organisation=organisation, title="Open Job"),
        "closing": PublishedJobFactory(
            organisation=organisation, title="Closing Job", expires_at=now + timedelta(days=2)
        ),
        "filled": PublishedJobFactory(organisation=organisation, title="Filled Job"),
        "removed": PublishedJobFactory(organisation=organisation, title="Removed Job"),
    }


@pytest.fixture
def saver(candidate, jobs):
    for job in jobs.values():
        job_save(user=candidate, job=job, saved=True)
    jobs["filled"].mark_filled()
    jobs["removed"].take_down(reason="Not a real job")
    return candidate


def run(capture):
    mail.outbox.clear()
    with capture(execute=True):
        return saved_job_notices_send()


def test_saved_jobs_page_marks_each_job(client, saver):
    client.force_login(saver)
    page = client.get(reverse("applications:saved_jobs")).content.decode()
    assert page.count("saved-mark--closing") == 1
    assert page.count("saved-mark--filled") == 1
    assert page.count("saved-mark--removed") == 1
    assert "The employer filled this position." in page
    assert "This job was taken off the site." in page
    marks = dict(SavedJob.objects.with_mark().values_list("job__title", "mark"))
    assert marks == {
        "Open Job": "",
        "Closing Job": "closing",
        "Filled Job": "filled",
        "Removed Job": "removed",
    }


def test_expired_and_rejected_organisation_marks(candidate, organisation):
    now = timezone.now()
    expired = PublishedJobFactory(organisation=organisation, expires_at=now - timedelta(hours=1))
    job_save(user=candidate, job=expired, saved=True)
    assert SavedJob.objects.with_mark().get().mark == "closed"
    Organisation.objects.filter(pk=organisation.pk).update(
        verification=Organisation.Verification.REJECTED
    )
    assert SavedJob.objects.with_mark().get().mark == "removed"


def test_one_email_lists_every_change_and_a_rerun_sends_nothing(
    settings, saver, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://careers.example.com"
    assert run(django_capture_on_commit_callbacks) == 1
    (message,) = mail.outbox
    assert message.to == [saver.email]
    assert message.subject == "[RxTech Careers] A job you saved is no longer open"
    text = message.body
    assert "Closing soon — apply before it closes:\n- Closing Job" in text
    assert "Filled — the employer is no longer hiring for:\n- Filled Job" in text
    assert "Taken off the site:\n- Removed Job" in text
    assert "Open Job" not in text
    assert "https://careers.example.com/candidate/saved/" in text
    html = message.alternatives[0][0]
    assert "Closing Job</a>" in html and "Filled Job" in html and "Removed Job" in html
    assert 'href="https://careers.example.com/candidate/profile/"' in html  # the opt-out
    assert set(SavedJobNotice.objects.values_list("kind", flat=True)) == {
        "closing",
        "filled",
        "removed",
    }

    assert run(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []


def test_a_later_change_of_the_same_saved_job_is_told_once_more(
    saver, jobs, django_capture_on_commit_callbacks
):
    run(django_capture_on_commit_callbacks)
    jobs["closing"].mark_filled()
    assert run(django_capture_on_commit_callbacks) == 1
    (message,) = mail.outbox
    assert "Closing Job" in message.body and "Filled Job" not in message.body
    assert run(django_capture_on_commit_callbacks) == 0


def test_opt_out_is_honoured(saver, django_capture_on_commit_callbacks):
    saver.candidate_profile.saved_job_notices = False
    saver.candidate_profile.save()
    assert run(django_capture_on_commit_callbacks) == 0
    assert mail.outbox == []
    assert not SavedJobNotice.objects.exists()


def test_the_opt_out_is_a_checkbox_on_the_profile_form(client, candidate):
    client.force_login(candidate)
    url = reverse("candidates:profile_edit")
    page = client.get(url).content.decode()
    assert 'name="saved_job_notices"' in page
    assert "closing soon, filled or taken off the site" in page
    form = client.get(url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if value not in (None, "", []) and name in form.fields and name != "saved_job_notices"
    }
    response = client.post(url, data)
    assert response.status_code == 302
    candidate.candidate_profile.refresh_from_db()
    assert candidate.candidate_profile.saved_job_notices is False


def test_a_person_without_a_profile_is_told(organisation, django_capture_on_commit_callbacks):
    from accounts.factories import JobSeekerFactory

    seeker = JobSeekerFactory()
    job = PublishedJobFactory(organisation=organisation)
    job_save(user=seeker, job=job, saved=True)
    job.mark_filled()
    assert run(django_capture_on_commit_callbacks) == 1
    assert mail.outbox[0].to == [seeker.email]


def test_closing_soon_is_not_sent_for_a_job_already_applied_to(
    candidate, jobs, resume, django_capture_on_commit_callbacks
):
    job_save(user=candidate, job=jobs["closing"], saved=True)
    application_submit(job=jobs["closing"], candidate=candidate, resume=resume)
    assert run(django_capture_on_commit_callbacks) == 0


def test_nobody_else_is_told_and_each_person_gets_their_own_email(
    saver, jobs, django_capture_on_commit_callbacks
):
    other = CandidateProfileFactory().user
    job_save(user=other, job=jobs["open"], saved=True)
    job_save(user=other, job=jobs["filled"], saved=True)
    assert run(django_capture_on_commit_callbacks) == 2
    by_person = {message.to[0]: message.body for message in mail.outbox}
    assert "Filled Job" in by_person[other.email]
    assert "Closing Job" not in by_person[other.email]


def test_the_task_and_the_command_run_one_pass(
    saver, jobs, django_capture_on_commit_callbacks, capsys
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        result = send_saved_job_notices.enqueue()
    assert result.return_value == 1
    assert len(mail.outbox) == 1
    jobs["open"].mark_filled()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_saved_job_notices")
    assert "1 saved-job email(s) queued." in capsys.readouterr().out
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_saved_job_notices")
    assert "0 saved-job email(s) queued." in capsys.readouterr().out
    assert len(mail.outbox) == 2


def test_a_failed_pass_records_nothing_and_the_next_one_tells(
    saver, monkeypatch, django_capture_on_commit_callbacks
):
    from applications import saved_notices

    def broken(**kwargs):
        raise RuntimeError("template error")

    monkeypatch.setattr(saved_notices, "mail_send_templated", broken)
    with pytest.raises(RuntimeError):
        run(django_capture_on_commit_callbacks)
    assert not SavedJobNotice.objects.exists()
    monkeypatch.undo()
    assert run(django_capture_on_commit_callbacks) == 1


def test_the_data_export_lists_the_emails_sent(saver, django_capture_on_commit_callbacks):
    from applications.personal_data import export_saved_jobs

    run(django_capture_on_commit_callbacks)
    rows = {row["job"]: row for row in export_saved_jobs(saver, None)}
    assert [sent["kind"] for sent in rows["Filled Job"]["emails_sent"]] == ["filled"]
    assert rows["Open Job"]["emails_sent"] == []
