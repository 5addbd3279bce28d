from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.factories import JobSeekerFactory
from employers import services as employer_services
from jobs import services
from jobs.factories import DraftJobFactory, PendingJobFactory, PublishedJobFactory
from jobs.models import Job, JobActionRefused, JobReport
from jobs.tasks import expire_jobs

pytestmark = pytest.mark.django_db


# Verification publishes waiting jobs -----------------------------------------------------


def test_verifying_the_organisation_publishes_its_pending_jobs(
    unverified_organisation, moderator, django_capture_on_commit_callbacks
):
    waiting = DraftJobFactory(organisation=unverified_organisation)
    waiting.submit()
    held = DraftJobFactory(
        organisation=unverified_organisation, description="<p>Pay a training fee first.</p>"
    )
    held.submit()
    assert {waiting.status, held.status} == {Job.Status.PENDING_REVIEW}

    with django_capture_on_commit_callbacks(execute=True):
        employer_services.organisation_verify(organisation=unverified_organisation, by=moderator)

    waiting.refresh_from_db()
    held.refresh_from_db()
    assert waiting.status == Job.Status.PUBLISHED
    assert waiting in Job.objects.visible()
    assert held.status == Job.Status.PENDING_REVIEW  # scam hold waits for a moderator
    assert held.hold_reasons


def test_publish_pending_for_unverified_org_does_nothing(unverified_organisation):
    PendingJobFactory(organisation=unverified_organisation)
    assert services.jobs_publish_pending_for(unverified_organisation) == 0


def test_moderator_approves_a_held_job(organisation, moderator):
    job = PendingJobFactory(organisation=organisation, hold_reasons=["Mentions a money app"])
    services.job_approve(job=job, by=moderator)
    assert job.status == Job.Status.PUBLISHED and job.hold_reasons == []


def test_edit_adding_scam_text_takes_a_live_job_back_to_review(published, owner):
    from jobs.forms import JobForm

    data = {
        **{f: getattr(published, f) for f in JobForm._meta.fields},
        "description": "Send your SSN and bank account number to apply.",
        "pay_min": "18",
        "pay_max": "22",
    }
    data = {k: v for k, v in data.items() if v is not None}
    form = JobForm(data, instance=published)
    assert form.is_valid(), form.errors
    job = services.job_update(job=published, by=owner, form=form)
    assert job.status == Job.Status.PENDING_REVIEW
    assert job not in Job.objects.visible()


# Expiry --------------------------------------------------------------------------------


def test_expire_due_only_expires_past_jobs(organisation):
    due = PublishedJobFactory(organisation=organisation, expires_at=timezone.now() - timedelta(1))
    live = PublishedJobFactory(organisation=organisation)
    assert services.jobs_expire_due() == 1
    due.refresh_from_db()
    live.refresh_from_db()
    assert due.status == Job.Status.EXPIRED
    assert live.status == Job.Status.PUBLISHED


def test_expire_task_and_command(organisation):
    PublishedJobFactory(organisation=organisation, expires_at=timezone.now() - timedelta(1))
    result = expire_jobs.enqueue()
    assert result.return_value == 1
    PublishedJobFactory(organisation=organisation, expires_at=timezone.now() - timedelta(1))
    out = StringIO()
    call_command("expire_jobs", stdout=out)
    assert "1 job(s) expired" in out.getvalue()
    assert not Job.objects.due_to_expire().exists()


# Reports -------------------------------------------------------------------------------


def report(job, user=None):
    return services.job_report(
        job=job, reporter=user or JobSeekerFactory(), reason="scam", text="Asked me for money"
    )


def test_three_open_reports_hide_the_job(published):
    report(published)
    report(published)
    published.refresh_from_db()
    assert not published.hidden_by_reports
    report(published)
    published.refresh_from_db()
    assert published.hidden_by_reports
    assert published not in Job.objects.visible()


def test_one_open_report_per_user(published, seeker):
    report(published, seeker)
    with pytest.raises(JobActionRefused):
        report(published, seeker)
    assert JobReport.objects.filter(job=published).count() == 1


def test_dismiss_unhides(published, moderator):
    for _ in range(3):
        report(published)
    services.job_reports_dismiss(job=published, by=moderator)
    published.refresh_from_db()
    assert published in Job.objects.visible()
    assert set(published.reports.values_list("status", flat=True)) == {"dismissed"}


def test_uphold_takes_down(published, moderator):
    for _ in range(3):
        report(published)
    services.job_reports_uphold(job=published, by=moderator, reason="Asked for a fee")
    published.refresh_from_db()
    assert published.status == Job.Status.TAKEN_DOWN
    assert published.takedown_reason == "Asked for a fee"
    assert set(published.reports.values_list("status", flat=True)) == {"upheld"}


def test_view_count_skips_members(published, owner, seeker):
    services.job_record_view(job=published, user=owner)
    services.job_record_view(job=published, user=seeker)
    published.refresh_from_db()
    assert published.view_count == 1
