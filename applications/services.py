"""Applications: submit, move through the pipeline, notes, saved jobs, and a candidate's data
rights (export, account deletion). Emails go out from here, explicitly, after the write."""

from __future__ import annotations

from datetime import date, timedelta

import nh3
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.mail import mail_send_templated, mail_send_to_people
from candidates import resumes
from candidates.models import CandidateProfile, Resume
from candidates.services import resume_add
from employers.access import organisation_for
from jobs.models import Job
from pharmacy.eligibility import (
    Held,
    Match,
    RequirementResult,
    StateRequirement,
    evaluate,
    satisfied_keys,
)

from .models import Application, ApplicationEvent, ApplicationNote, ResumeDownload, SavedJob, Side

COVER_LETTER_MAX = 10_000
ANSWER_MAX = 500


class ApplyRefused(Exception):
    """The application cannot be made; ``message`` is for the person, ``status`` for HTTP."""

    def __init__(self, message: str, *, status: int = 400, application=None):
        super().__init__(message)
        self.message, self.status, self.application = message, status, application


def apply_refusal(*, job: Job, candidate) -> ApplyRefused | None:
    """Why ``candidate`` cannot apply to ``job`` on the site now, or None."""
    if not candidate.is_job_seeker:
        return ApplyRefused(_("Only job seeker accounts can apply to jobs."), status=403)
    if not Job.objects.visible().filter(pk=job.pk).exists():
        if job.status in (Job.Status.CLOSED, Job.Status.EXPIRED) or (
            job.status == Job.Status.PUBLISHED
        ):
            return ApplyRefused(_("This job is no longer taking applications."), status=410)
        return ApplyRefused(_("This job is not open for applications."), status=404)
    if job.apply_url:
        return ApplyRefused(_("This employer takes applications on its own site."), status=400)
    existing = Application.objects.filter(job=job, candidate=candidate).first()
    if existing:
        return ApplyRefused(_("You already applied to this job."), status=409, application=existing)
    return None


def clean_cover_letter(text: str) -> str:
    """Plain text only: tags are stripped and the rest escaped, so it renders safely."""
    return nh3.clean(text.strip()[:COVER_LETTER_MAX], tags=set())


def application_submit(
    *,
    job: Job,
    candidate,
    resume: Resume | None = None,
    resume_file: resumes.ResumeFile | None = None,
    cover_letter: str = "",
    answers: dict[int, str] | None = None,
    today: date | None = None,
) -> Application:
    """Apply: store the résumé (if uploaded), the answers and a snapshot, in one transaction."""
    refusal = apply_refusal(job=job, candidate=candidate)
    if refusal:
        raise refusal
    profile, _created = CandidateProfile.objects.get_or_create(user=candidate)
    if resume is not None and (resume.profile_id != profile.pk or resume.archived_at):
        raise ApplyRefused(_("Choose one of your own résumés."), status=400)
    if resume is None and resume_file is None:
        raise ApplyRefused(_("Choose a résumé or upload one."), status=400)
    questions = list(job.screening_questions.all())
    answers = answers or {}
    for question in questions:
        if not (answers.get(question.pk) or "").strip():
            raise ApplyRefused(_("Answer every screening question."), status=400)

    today = today or timezone.localdate()
    uploaded: Resume | None = None
    try:
        with transaction.atomic():
            if resume_file is not None:
                uploaded = resume = resume_add(profile=profile, resume_file=resume_file)
            application = _create(job, candidate, profile, resume, cover_letter, today)
            failed = False
            for question in questions:
                answer = answers[question.pk].strip()[:ANSWER_MAX]
                knocked_out = question.is_knocked_out_by(answer)
                failed = failed or knocked_out
                application.answers.create(
                    question=question,
                    question_text=question.text,
                    answer=answer,
                    is_knockout_fail=knocked_out,
                )
            if failed:
                application.knockout_failed = True
                application.save(update_fields=["knockout_failed"])
            application.events.create(
                actor=candidate, side=Side.CANDIDATE, to_status=Application.Status.SUBMITTED
            )
    except IntegrityError as exc:
        if uploaded is not None:
            uploaded.delete_file()
        existing = Application.objects.filter(job=job, candidate=candidate).first()
        if existing:
            raise ApplyRefused(
                _("You already applied to this job."), status=409, application=existing
            ) from exc
        raise
    except BaseException:
        if uploaded is not None:
            uploaded.delete_file()
        raise
    mail_send_to_people(
        template_prefix="applications/email/new_application",
        context={"application": application},
        people=job.organisation.people(),
    )
    mail_send_templated(
        template_prefix="applications/email/application_sent",
        context={"application": application, "answers": list(application.answers.all())},
        to=[candidate.email],
        language=user_language(candidate),
    )
    return application


def _create(job, candidate, profile, resume, cover_letter, today) -> Application:
    held_credentials = list(profile.credentials.all())
    held = [credential.as_held() for credential in held_credentials]
    match = job_match(job, held, today)
    keys = sorted(satisfied_keys(held, today))
    return Application.objects.create(
        job=job,
        candidate=candidate,
        resume=resume,
        cover_letter=clean_cover_letter(cover_letter),
        profile_snapshot=profile.snapshot(),
        credentials_snapshot=[credential.snapshot() for credential in held_credentials],
        eligibility_snapshot=eligibility_snapshot(match, today),
        verdict=match.verdict.value,
        credential_keys=" " + " ".join(keys) + " ",
    )


def job_match(job: Job, held, today: date) -> Match:
    return evaluate(held, job.credential_requirements(), job.state_requirements(), today)


# 1: English sentences (migration 0002 converts them); 2: codes and dates.
SNAPSHOT_FORMAT = 2


def eligibility_snapshot(match: Match, today: date) -> dict:
    """The match as stored with an application: codes and ISO dates, never sentences.

    ``applications.snapshot_text`` turns it into words when a page or an email shows it.
    """
    return {
        "format": SNAPSHOT_FORMAT,
        "on": today.isoformat(),
        "verdict": match.verdict.value,
        "results": [_result_snapshot(result) for result in match.results],
    }


def _result_snapshot(result: RequirementResult) -> dict:
    requirement = result.requirement
    if isinstance(requirement, StateRequirement):
        stored = {"state": requirement.state, "policy": requirement.policy.value}
        if requirement.title:
            stored["title"] = requirement.title
    else:
        stored = {
            "code": requirement.code,
            "level": requirement.level.value,
            "within_days": requirement.within_days,
        }
    credential = result.met_by or result.closest
    return {
        "requirement": stored,
        "outcome": result.outcome.value,
        "reason": result.reason.value,
        "credential": None if credential is None else _held_snapshot(credential),
        "other_states": list(result.other_states),
        **({"prerequisite": result.prerequisite} if result.prerequisite else {}),
    }


def _held_snapshot(held: Held) -> dict:
    expires_on = held.expires_on.isoformat() if held.expires_on else None
    stored = {"code": held.code, "status": held.status.value, "expires_on": expires_on}
    # Only the fact of a rejection: staff's reason is for the candidate, not the employer.
    if held.rejected:
        stored["rejected"] = True
    if not held.issued:
        stored["issued"] = False
    return stored


def application_move(
    *, application: Application, to: str, by, reason: str = ""
) -> ApplicationEvent:
    """Move an application (TransitionRefused if not allowed) and email the other side."""
    with transaction.atomic():
        locked = (
            Application.objects.select_for_update().select_related("job").get(pk=application.pk)
        )
        event = locked.move_to(to, by=by, reason=reason.strip()[:2000])
    application.refresh_from_db()
    context = {"application": application, "event": event}
    if event.side == Side.EMPLOYER and application.candidate_id:
        mail_send_templated(
            template_prefix="applications/email/status_changed",
            context=context,
            to=[application.candidate.email],
            language=application.candidate.language,
        )
    elif event.side == Side.CANDIDATE:
        mail_send_to_people(
            template_prefix="applications/email/withdrawn",
            context=context,
            people=application.job.organisation.people(),
        )
    return event


def application_note_add(*, application: Application, author, text: str) -> ApplicationNote:
    note = ApplicationNote(application=application, author=author, text=text.strip())
    note.full_clean()
    note.save()
    return note


def job_save(*, user, job: Job, saved: bool) -> None:
    """Save (or forget) a job for later."""
    if saved:
        SavedJob.objects.get_or_create(user=user, job=job)
    else:
        SavedJob.objects.filter(user=user, job=job).delete()


def user_language(user) -> str | None:
    """The person's language for an email, if the user model keeps one; else the default."""
    return getattr(user, "language", None) or None


# Downloads of other people's résumés one person may make in an hour: more than a recruiter
# reading applications needs, a brake on anyone scripting through them.
RESUME_DOWNLOADS_PER_HOUR = 120


def resume_downloads_exhausted(*, by) -> bool:
    since = timezone.now() - timedelta(hours=1)
    recent = ResumeDownload.objects.filter(downloaded_by=by, at__gte=since)
    return recent.count() >= RESUME_DOWNLOADS_PER_HOUR


def resume_download_record(*, resume: Resume, by) -> ResumeDownload:
    """Log that ``by`` (not the owner) downloaded ``resume``; the candidate sees the log."""
    return ResumeDownload.objects.create(
        resume=resume, downloaded_by=by, organisation=organisation_for(by)
    )
