"""Job writes that span several rows or decide something: one function per action.

Views call these; status changes happen inside the Job methods they call.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from employers.access import is_member
from employers.models import Organisation

from .models import Job, JobActionRefused, JobReport
from .models.report import REPORTS_TO_HIDE
from .scam import scam_signals


def _save_with_formsets(job: Job, formsets) -> Job:
    # The form and formsets were validated by the view; this only writes.
    job.save()
    for formset in formsets:
        formset.instance = job
        formset.save()
    return job


def job_create(*, organisation: Organisation, by, form, formsets=()) -> Job:
    """Save a new draft with its requirements and questions, all or nothing."""
    with transaction.atomic():
        job = form.save(commit=False)
        job.organisation = organisation
        job.created_by = by
        return _save_with_formsets(job, formsets)


def job_update(*, job: Job, by, form, formsets=()) -> Job:
    """Save an edit; a live job whose new text carries scam signals goes back to review."""
    if not job.is_editable:
        raise JobActionRefused(_("A closed job can't be edited. Duplicate it to post it again."))
    with transaction.atomic():
        job = _save_with_formsets(form.save(commit=False), formsets)
        if job.status == Job.Status.PUBLISHED:
            reasons = scam_signals(job.scam_text())
            if reasons:
                job.hold(reasons)
    return job


def job_submit(*, job: Job, by) -> Job:
    with transaction.atomic():
        job = Job.objects.select_for_update().select_related("organisation").get(pk=job.pk)
        job.submit()
    return job


def job_mark_filled(*, job: Job, by) -> Job:
    job.mark_filled()
    return job


def job_renew(*, job: Job, by) -> Job:
    with transaction.atomic():
        job.renew()
    return job


def job_duplicate(*, job: Job, by) -> Job:
    return job.duplicate(by=by)


def job_delete_draft(*, job: Job, by) -> None:
    if job.status != Job.Status.DRAFT:
        raise JobActionRefused(_("Only a draft can be deleted; close a posted job instead."))
    job.delete()


def job_record_view(*, job: Job, user) -> None:
    """Count a view by anyone but the organisation's own members (one UPDATE, no race)."""
    if is_member(user, job.organisation_id):
        return
    Job.objects.filter(pk=job.pk).update(view_count=F("view_count") + 1)


def jobs_publish_pending_for(organisation: Organisation) -> int:
    """Publish the organisation's jobs that waited only for verification; returns how many.

    Called when an organisation becomes verified (jobs.apps connects it to Organisation saves,
    because employers sits below jobs and cannot call it). Jobs held for scam signals stay
    pending for a moderator.
    """
    if not organisation.is_verified:
        return 0
    published = 0
    with transaction.atomic():
        for job in Job.objects.pending().filter(organisation=organisation):
            if job.hold_reasons:  # Python-side: JSON equality differs between databases.
                continue
            job.organisation = organisation
            job.publish()
            published += 1
    return published


def jobs_expire_due(now=None) -> int:
    """Expire every published job past its expiry; returns how many."""
    now = now or timezone.now()
    expired = 0
    for job in Job.objects.due_to_expire(now).select_related("organisation").iterator():
        job.expire(now=now)
        expired += 1
    return expired


# Moderation ---------------------------------------------------------------------------------


def job_approve(*, job: Job, by) -> Job:
    """A moderator clears a held job: it publishes now, or when its organisation is verified."""
    with transaction.atomic():
        if job.organisation.is_verified:
            job.publish()
        else:
            job.hold_reasons = []
            job.save(update_fields=["hold_reasons", "updated_at"])
    return job


def job_reject(*, job: Job, by) -> Job:
    """A moderator takes a job down for good (e.g. a confirmed scam)."""
    job.close()
    return job


def job_report(*, job: Job, reporter, reason: str, text: str = "") -> JobReport:
    """File a report; the third open one hides the job until a moderator decides."""
    if JobReport.objects.filter(job=job, reporter=reporter, status=JobReport.Status.OPEN).exists():
        raise JobActionRefused(_("You have already reported this job; a moderator will look."))
    try:
        with transaction.atomic():
            report = JobReport.objects.create(job=job, reporter=reporter, reason=reason, text=text)
            open_reports = job.reports.filter(status=JobReport.Status.OPEN).count()
            if open_reports >= REPORTS_TO_HIDE and not job.hidden_by_reports:
                job.hidden_by_reports = True
                job.save(update_fields=["hidden_by_reports", "updated_at"])
    except IntegrityError as error:  # A double-click raced past the check above.
        raise JobActionRefused(_("You have already reported this job.")) from error
    return report


def _decide_reports(job: Job, by, status) -> int:
    return job.reports.filter(status=JobReport.Status.OPEN).update(
        status=status, decided_by=by, decided_at=timezone.now()
    )


def job_reports_dismiss(*, job: Job, by) -> Job:
    """The reports were wrong: close them and show the job again."""
    with transaction.atomic():
        _decide_reports(job, by, JobReport.Status.DISMISSED)
        job.hidden_by_reports = False
        job.save(update_fields=["hidden_by_reports", "updated_at"])
    return job


def job_reports_uphold(*, job: Job, by) -> Job:
    """The reports were right: close them and take the job down."""
    with transaction.atomic():
        _decide_reports(job, by, JobReport.Status.UPHELD)
        job.hidden_by_reports = False
        if job.status in (Job.Status.PUBLISHED, Job.Status.PENDING_REVIEW, Job.Status.EXPIRED):
            job.close()
        else:
            job.save(update_fields=["hidden_by_reports", "updated_at"])
    return job
