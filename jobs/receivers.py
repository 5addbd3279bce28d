"""jobs listens to employers (the floor below) without employers importing jobs."""

from employers.signals import organisation_verified

from .services import jobs_publish_pending_for


def publish_pending_jobs(sender, organisation, **kwargs):
    jobs_publish_pending_for(organisation)


def connect():
    organisation_verified.connect(publish_pending_jobs, dispatch_uid="jobs.publish_pending_jobs")
