"""Keep the index in step with the database: queue an update once the transaction commits.

Receivers hold no business rule: whether a job is public is ``Job.objects.visible()``, read by
the task when it runs. A rolled-back transaction discards its on_commit callbacks, so it never
reaches the index.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from employers.models import Organisation
from jobs.models import Job, JobRequirement

from . import engine, job_text


def _enqueue_jobs(job_ids: list[int]) -> None:
    from .tasks import sync_jobs_task

    sync_jobs_task.enqueue(job_ids)


def _enqueue_organisation(organisation_id: int) -> None:
    from .tasks import sync_organisation_task

    sync_organisation_task.enqueue(organisation_id)


def _sync_text(job_ids) -> None:
    job_text.sync(job_ids)


def job_saved(sender, instance, **kwargs):
    # The database engines' text: once, now, in the save's transaction (rolled back with
    # it). Requirements saved afterwards write it again (requirement_saved).
    job_text.sync([instance.pk])
    job_changed(sender, instance, **kwargs)


def job_changed(sender, instance, **kwargs):
    if engine.is_configured():
        transaction.on_commit(partial(_enqueue_jobs, [instance.pk]), robust=True)


def requirement_saved(sender, instance, **kwargs):
    if instance.job_id:
        job_text.sync([instance.job_id])
    _enqueue_requirement_job(instance)


def requirement_deleted(sender, instance, **kwargs):
    # A deleted requirement may be part of its job's deletion: write the text after commit.
    if instance.job_id:
        transaction.on_commit(partial(_sync_text, [instance.job_id]), robust=True)
    _enqueue_requirement_job(instance)


def _enqueue_requirement_job(instance) -> None:
    if engine.is_configured() and instance.job_id:
        transaction.on_commit(partial(_enqueue_jobs, [instance.job_id]), robust=True)


def organisation_changed(sender, instance, **kwargs):
    job_text.sync(instance.jobs.values_list("pk", flat=True))
    if engine.is_configured():
        transaction.on_commit(partial(_enqueue_organisation, instance.pk), robust=True)


def connect() -> None:
    uid = "search.receivers"
    post_save.connect(job_saved, sender=Job, dispatch_uid=f"{uid}.job_saved")
    post_delete.connect(job_changed, sender=Job, dispatch_uid=f"{uid}.job_deleted")
    post_save.connect(requirement_saved, sender=JobRequirement, dispatch_uid=f"{uid}.req_saved")
    post_delete.connect(
        requirement_deleted, sender=JobRequirement, dispatch_uid=f"{uid}.req_deleted"
    )
    post_save.connect(organisation_changed, sender=Organisation, dispatch_uid=f"{uid}.org_saved")
