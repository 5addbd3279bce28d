"""applications fills the slots of lower apps' pages (jobs' job page, the employer dashboard,
the candidate's résumés page)."""

from accounts.slots import Fill
from candidates.signals import resumes_page_shown
from employers.signals import dashboard_shown
from jobs.signals import employer_jobs_shown, job_page_shown

from .matching import match_for_user
from .models import ResumeDownload

RESUME_DOWNLOADS_SHOWN = 50


def job_page_panels(sender, job, user, **kwargs) -> Fill:
    return Fill(
        slots={
            "actions": "applications/includes/apply_button.html",
            "visitor": "applications/includes/how_you_match.html",
        },
        context={"match": match_for_user(user, job)},
    )


def dashboard_jobs(sender, organisation, user, **kwargs) -> Fill:
    return Fill(slots={"jobs": "applications/includes/dashboard_jobs.html"})


def resume_downloads(sender, profile, user, **kwargs) -> Fill:
    downloads = list(
        ResumeDownload.objects.filter(resume__profile=profile).select_related(
            "resume", "organisation", "downloaded_by"
        )[: RESUME_DOWNLOADS_SHOWN + 1]
    )
    return Fill(
        slots={"downloads": "applications/includes/resume_downloads.html"},
        context={
            "resume_downloads": downloads[:RESUME_DOWNLOADS_SHOWN],
            "resume_downloads_more": len(downloads) > RESUME_DOWNLOADS_SHOWN,
        },
    )


def connect():
    job_page_shown.connect(job_page_panels, dispatch_uid="applications.job_page_panels")
    dashboard_shown.connect(dashboard_jobs, dispatch_uid="applications.dashboard_jobs")
    employer_jobs_shown.connect(dashboard_jobs, dispatch_uid="applications.employer_jobs")
    resumes_page_shown.connect(resume_downloads, dispatch_uid="applications.resume_downloads")
