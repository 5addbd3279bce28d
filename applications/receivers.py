"""applications fills the slots of lower apps' pages (jobs' job page, the employer dashboard)."""

from accounts.slots import Fill
from employers.signals import dashboard_shown
from jobs.signals import employer_jobs_shown, job_page_shown

from .matching import match_for_user


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


def connect():
    job_page_shown.connect(job_page_panels, dispatch_uid="applications.job_page_panels")
    dashboard_shown.connect(dashboard_jobs, dispatch_uid="applications.dashboard_jobs")
    employer_jobs_shown.connect(dashboard_jobs, dispatch_uid="applications.employer_jobs")
