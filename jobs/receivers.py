"""jobs listens to employers and pharmacy (the floors below) and fills its page slots."""

from django.db import transaction
from django.db.models.signals import post_save

from accounts.slots import Fill
from employers.signals import organisation_page_shown, organisation_verified
from pharmacy.models import StateRule

from .services import jobs_publish_pending_for, jobs_raise_to_state_floor


def publish_pending_jobs(sender, organisation, **kwargs):
    jobs_publish_pending_for(organisation)


def state_rule_saved(sender, instance, **kwargs):
    """A counsellor's rule edit can raise the state's floor: its open jobs follow at once."""
    state = instance.state
    transaction.on_commit(lambda: jobs_raise_to_state_floor(state=state))


def organisation_jobs(sender, organisation, user, **kwargs) -> Fill:
    return Fill(slots={"jobs": "jobs/includes/organisation_jobs.html"})


def connect():
    organisation_page_shown.connect(organisation_jobs, dispatch_uid="jobs.organisation_jobs")
    organisation_verified.connect(publish_pending_jobs, dispatch_uid="jobs.publish_pending_jobs")
    post_save.connect(state_rule_saved, sender=StateRule, dispatch_uid="jobs.state_rule_saved")
