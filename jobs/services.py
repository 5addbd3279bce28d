"""Job writes that span several rows or decide something: one function per action.

Views call these; status changes happen inside the Job methods they call.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.mail import mail_send_to_people
from employers.access import is_member
from employers.models import Organisation

from .models import Job, JobActionRefused, JobReport, ModerationDecision
from .models.report import REPORTS_TO_HIDE, distinct_reporters, report_ip_hash
from .state_policy import raise_jobs_to_state_floor

# Columns computed from others when the form changes them (Job.clean() and Job.save()).
_DERIVED_FIELDS = {
    "zip_code": ("city", "latitude", "longitude", "remote_states"),
    "state": ("remote_states",),
    "workplace": ("latitude", "longitude", "remote_states"),
    "pay_min": ("pay_min_hourly",),
    "pay_max": ("pay_max_hourly",),
    "pay_unit": ("pay_min_hourly", "pay_max_hourly"),
}


def _locked(job: Job) -> Job:
    """Lock the job's row and re-read it in place (call inside a transaction): every status
    change and edit decides on the row as it is now, and the others wait for it."""
    list(Job.objects.select_for_update().filter(pk=job.pk).values_list("pk", flat=True))
    job.refresh_from_db()
    return job


def _changed_columns(form) -> list[str]:
    """The Job columns the form changed, plus the ones computed from them."""
    columns = {field.name for field in Job._meta.concrete_fields}
    changed = [name for name in form.changed_data if name in columns]
    derived = {extra for name in changed for extra in _DERIVED_FIELDS.get(name, ())}
    return sorted(set(changed) | derived)


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


def _refuse_edit(job: Job) -> None:
    if job.status == Job.Status.TAKEN_DOWN:
        raise JobActionRefused(
            _("A moderator took this job down; it can't be edited. Only a moderator can lift it.")
        )
    if not job.is_editable:
        raise JobActionRefused(_("A closed job can't be edited. Duplicate it to post it again."))


def job_update(*, job: Job, by, form, formsets=()) -> Job:
    """Save an edit: only the columns the form changed, on the row as it is now (locked), so
    an edit never brings back a status a moderator or another tab changed meanwhile. A live
    job whose new text carries scam signals goes back to review."""
    _refuse_edit(job)
    edited = form.save(commit=False)
    with transaction.atomic():
        current = _locked(Job.objects.get(pk=job.pk))  # not `job`: it holds the form's values
        _refuse_edit(current)
        columns = _changed_columns(form)
        for name in columns:
            setattr(current, name, getattr(edited, name))
        if columns:
            current.save(update_fields=[*columns, "updated_at"])
        for formset in formsets:
            formset.instance = current
            formset.save()
        if current.status == Job.Status.PUBLISHED:
            reasons = current.scam_screening().hold_reasons()
            if reasons:
                current.hold(reasons)
    return current


def job_submit(*, job: Job, by) -> Job:
    with transaction.atomic():
        job = Job.objects.select_for_update().select_related("organisation").get(pk=job.pk)
        job.submit()
    return job


def job_mark_filled(*, job: Job, by) -> Job:
    with transaction.atomic():
        job = _locked(job)
        job.mark_filled()
    return job


def job_renew(*, job: Job, by) -> Job:
    with transaction.atomic():
        job = _locked(job)
        job.renew()
    return job


def job_duplicate(*, job: Job, by) -> Job:
    with transaction.atomic():
        return _locked(job).duplicate(by=by)


def job_delete_draft(*, job: Job, by) -> None:
    if not job.can_be_deleted:
        raise JobActionRefused(_("Only a draft can be deleted; close a posted job instead."))
    job.delete()


def job_record_view(*, job: Job, user) -> None:
    """Count a view by anyone but the organisation's own members (one UPDATE, no race)."""
    if is_member(user, job.organisation_id):
        return
    Job.objects.filter(pk=job.pk).update(view_count=F("view_count") + 1)


def jobs_raise_to_state_floor(*, state: str) -> int:
    """Bring the state's open jobs up to its floor after its rule changed; returns how many.

    Each job is locked while it is raised, so a concurrent edit or moderation decision is
    never overwritten; raised jobs are flagged for their owners (``state_floor_raised_from``).
    """
    open_statuses = (Job.Status.DRAFT, Job.Status.PENDING_REVIEW, Job.Status.PUBLISHED)
    with transaction.atomic():
        jobs = Job.objects.select_for_update().filter(state=state, status__in=open_statuses)
        return raise_jobs_to_state_floor(jobs)


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
        waiting = Job.objects.pending().filter(organisation=organisation)
        for job in waiting.select_for_update(of=("self",)):
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
    for pk in list(Job.objects.due_to_expire(now).values_list("pk", flat=True)):
        with transaction.atomic():
            # Re-checked under the lock: a take-down or relist meanwhile wins.
            job = Job.objects.due_to_expire(now).select_for_update(of=("self",)).filter(pk=pk)
            job = job.select_related("organisation").first()
            if job is not None:
                job.expire(now=now)
                expired += 1
    return expired


# Moderation ---------------------------------------------------------------------------------


def _decide(job: Job, *, by, decision: str, reason: str = "") -> ModerationDecision:
    """Record a decision and tell the organisation's owners in plain words (after commit)."""
    record = ModerationDecision.objects.create(job=job, actor=by, decision=decision, reason=reason)
    mail_send_to_people(
        template_prefix="jobs/email/moderation_decision",
        # Links are made in the template, inside each reader's language (/es/… for Spanish).
        context={"job": job, "decision": record},
        people=job.organisation.people(owners_only=True),
    )
    return record


def job_approve(*, job: Job, by) -> Job:
    """A moderator clears a held job: it publishes now, or when its organisation is verified."""
    with transaction.atomic():
        job = _locked(job)
        job._require_status(Job.Status.PENDING_REVIEW, _("Only a held job can be approved."))
        if job.organisation.is_verified:
            job.publish()
        else:
            job.hold_reasons = []
            job.save(update_fields=["hold_reasons", "updated_at"])
        _decide(job, by=by, decision=ModerationDecision.Decision.APPROVE)
    return job


def job_take_down(*, job: Job, by, reason: str) -> Job:
    """A moderator takes a job down (e.g. a confirmed scam); only a moderator can lift it."""
    with transaction.atomic():
        job = _locked(job)
        job.take_down(reason=reason)
        _decide(
            job, by=by, decision=ModerationDecision.Decision.TAKE_DOWN, reason=job.takedown_reason
        )
    return job


def job_reinstate(*, job: Job, by, reason: str = "") -> Job:
    """A moderator lifts a take-down: the job is public again (or waits for verification)."""
    with transaction.atomic():
        job = _locked(job)
        job.reinstate()
        _decide(job, by=by, decision=ModerationDecision.Decision.REINSTATE, reason=reason.strip())
    return job


def job_report(
    *, job: Job, reporter=None, ip_address: str = "", reason: str, text: str = ""
) -> JobReport:
    """File a report, signed in (``reporter``) or not (known by ``ip_address`` only); open
    reports from three distinct reporters hide the job until a moderator decides."""
    reporter = reporter if reporter is not None and reporter.is_authenticated else None
    ip_hash = report_ip_hash(ip_address) if ip_address else ""
    if reporter is None and not ip_hash:
        raise ValueError("An anonymous report needs the reporter's IP address.")
    already = JobReport.objects.filter(job=job, status=JobReport.Status.OPEN)
    already = (
        already.filter(reporter=reporter)
        if reporter
        else already.filter(reporter__isnull=True, reporter_ip_hash=ip_hash)
    )
    if already.exists():
        raise JobActionRefused(_("You have already reported this job; a moderator will look."))
    try:
        with transaction.atomic():
            # The lock makes concurrent reports count one after another.
            locked = Job.objects.select_for_update().get(pk=job.pk)
            report = JobReport.objects.create(
                job=locked, reporter=reporter, reporter_ip_hash=ip_hash, reason=reason, text=text
            )
            open_reports = locked.reports.filter(status=JobReport.Status.OPEN)
            if distinct_reporters(open_reports) >= REPORTS_TO_HIDE and not locked.hidden_by_reports:
                locked.hidden_by_reports = True
                locked.save(update_fields=["hidden_by_reports", "updated_at"])
                job.hidden_by_reports = True
    except IntegrityError as error:  # A double-click raced past the check above.
        raise JobActionRefused(_("You have already reported this job.")) from error
    return report


def _decide_reports(job: Job, by, status) -> int:
    return job.reports.filter(status=JobReport.Status.OPEN).update(
        status=status, decided_by=by, decided_at=timezone.now()
    )


def job_reports_dismiss(*, job: Job, by, reason: str = "") -> Job:
    """The reports were wrong: close them and show the job again."""
    with transaction.atomic():
        job = _locked(job)
        _decide_reports(job, by, JobReport.Status.DISMISSED)
        job.hidden_by_reports = False
        job.save(update_fields=["hidden_by_reports", "updated_at"])
        _decide(
            job, by=by, decision=ModerationDecision.Decision.DISMISS_REPORTS, reason=reason.strip()
        )
    return job


def job_reports_uphold(*, job: Job, by, reason: str) -> Job:
    """The reports were right: close them and take the job down (with the reason)."""
    with transaction.atomic():
        job = _locked(job)
        if job.status == Job.Status.TAKEN_DOWN:
            _decide_reports(job, by, JobReport.Status.UPHELD)
            return job
        job.take_down(reason=reason)
        _decide_reports(job, by, JobReport.Status.UPHELD)
        _decide(
            job,
            by=by,
            decision=ModerationDecision.Decision.UPHOLD_REPORTS,
            reason=job.takedown_reason,
        )
    return job
