"""alerts listens to jobs (a lower floor) and fills slots of the search and job pages."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import post_save

from accounts.slots import Fill
from jobs.models import Job
from jobs.signals import job_page_shown
from search.signals import search_page_shown

from .params import canonical, querystring

logger = logging.getLogger(__name__)


def _enqueue_instant() -> None:
    from .tasks import send_alerts_task

    try:
        send_alerts_task.enqueue(frequency="instant")
    except Exception:
        logger.exception("Could not queue the instant alert run")


def job_saved(sender, instance, update_fields=None, **kwargs):
    """A job went live: run the instant alerts once the publish has committed."""
    if instance.status != Job.Status.PUBLISHED:
        return
    if update_fields is not None and "status" not in update_fields:
        return
    transaction.on_commit(_enqueue_instant, robust=True)


def search_page_alert(sender, query, **kwargs) -> Fill:
    return Fill(
        slots={"alerts": "alerts/includes/search_alert_link.html"},
        context={"alert_query": querystring(canonical(query))},
    )


def job_page_alert(sender, job, user, **kwargs) -> Fill | None:
    if not job.is_visible:
        return None
    like_this = {"state": [job.state], "setting": [job.setting]}
    return Fill(
        slots={"visitor": "alerts/includes/job_alert_link.html"},
        context={"alert_query": querystring(canonical(like_this))},
    )


def connect() -> None:
    post_save.connect(job_saved, sender=Job, dispatch_uid="alerts.job_saved")
    search_page_shown.connect(search_page_alert, dispatch_uid="alerts.search_page")
    job_page_shown.connect(job_page_alert, dispatch_uid="alerts.job_page")
