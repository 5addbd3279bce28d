"""jobs listens to employers (the floor below) and fills its page slots, unimported."""

from accounts.slots import Fill
from employers.signals import organisation_page_shown, organisation_verified

from .services import jobs_publish_pending_for


def publish_pending_jobs(sender, organisation, **kwargs):
    jobs_publish_pending_for(organisation)


def organisation_jobs(sender, organisation, user, **kwargs) -> Fill:
    return Fill(slots={"jobs": "jobs/includes/organisation_jobs.html"})


def connect():
    organisation_page_shown.connect(organisation_jobs, dispatch_uid="jobs.organisation_jobs")
    organisation_verified.connect(publish_pending_jobs, dispatch_uid="jobs.publish_pending_jobs")
