"""Applications and saved jobs in the data export and account deletion (accounts.personal_data)."""

from django.utils.translation import gettext as _

from accounts.mail import mail_send_to_people
from accounts.personal_data import Part

from .models import Application, ApplicationEvent, ResumeDownload, SavedJob, Side


def export_applications(user, files):
    applications = (
        Application.objects.for_candidate(user)
        .select_related("job__organisation")
        .prefetch_related("answers", "events")
    )
    return [_application_export(application) for application in applications]


def _application_export(application: Application) -> dict:
    return {
        "job": application.job.title,
        "job_id": application.job_id,
        "organisation": application.job.organisation.name,
        "applied_at": application.created_at.isoformat(),
        "status": application.status,
        "cover_letter": application.cover_letter,
        "profile_snapshot": application.profile_snapshot,
        "credentials_snapshot": application.credentials_snapshot,
        "eligibility": application.eligibility_snapshot,
        "answers": [
            {"question": a.question_text, "answer": a.answer} for a in application.answers.all()
        ],
        "history": [
            {"from": e.from_status, "to": e.to_status, "at": e.at.isoformat(), "reason": e.reason}
            for e in application.events.all()
        ],
    }


def erase_applications(user):
    """Open applications withdrawn; every application kept for the employer only as an
    anonymised record (status, dates, verdict); the employers told once the deletion commits."""
    applications = list(
        Application.objects.select_for_update().filter(candidate=user).select_related("job")
    )
    withdrawn = []
    for application in applications:
        if application.is_open:
            application.move_to(
                Application.Status.WITHDRAWN, by=user, reason=_("The candidate left the site.")
            )
            withdrawn.append(application)
    ids = [application.pk for application in applications]
    Application.objects.filter(pk__in=ids).update(
        candidate=None,
        resume=None,
        cover_letter="",
        profile_snapshot={"anonymised": True},
        credentials_snapshot=[],
        eligibility_snapshot={"anonymised": True},
        credential_keys=" ",
    )
    ApplicationEvent.objects.filter(application_id__in=ids, side=Side.CANDIDATE).update(reason="")
    for application in applications:
        application.answers.all().delete()
        application.notes.all().delete()
    for application in withdrawn:
        _tell_employer(application)  # queued: sent only if the deletion commits


def _tell_employer(application: Application) -> None:
    mail_send_to_people(
        template_prefix="applications/email/withdrawn",
        context={"application": application, "left": True},
        people=application.job.organisation.people(),
    )


def export_saved_jobs(user, files):
    return [
        {
            "job": saved.job.title,
            "job_id": saved.job_id,
            "saved_at": saved.created_at,
            "emails_sent": [
                {"kind": notice.kind, "at": notice.sent_at} for notice in saved.notices.all()
            ],
        }
        for saved in SavedJob.objects.filter(user=user)
        .select_related("job")
        .prefetch_related("notices")
    ]


def erase_saved_jobs(user):
    SavedJob.objects.filter(user=user).delete()


def export_resume_downloads(user, files):
    """Who downloaded the person's résumés, and the résumés they downloaded as an employer."""
    of_mine = ResumeDownload.objects.filter(resume__profile__user=user).select_related(
        "resume", "organisation", "downloaded_by"
    )
    by_me = ResumeDownload.objects.filter(downloaded_by=user).select_related("organisation")
    return {
        "of_my_resumes": [
            {
                "resume": download.resume.original_name,
                "organisation": download.organisation.name if download.organisation else None,
                "by": download.downloaded_by.full_name if download.downloaded_by else None,
                "at": download.at.isoformat(),
            }
            for download in of_mine
        ],
        "downloaded_by_me": [
            {
                "resume_id": download.resume_id,
                "organisation": download.organisation.name if download.organisation else None,
                "at": download.at.isoformat(),
            }
            for download in by_me
        ],
    }


def erase_resume_downloads(user):
    """The log of the person's résumés goes; what they downloaded stays in the candidates'
    logs without them (``downloaded_by`` is emptied when the user row is deleted)."""
    ResumeDownload.objects.filter(resume__profile__user=user).delete()


PARTS = (
    Part("applications", export=export_applications, erase=erase_applications),
    Part("saved_jobs", export=export_saved_jobs, erase=erase_saved_jobs),
    Part("resume_downloads", export=export_resume_downloads, erase=erase_resume_downloads),
)
