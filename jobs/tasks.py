"""Background tasks for jobs (django-tasks).

Production schedules expiry once a day: a cron entry or systemd timer runs
``manage.py expire_jobs`` (or enqueues ``expire_jobs`` for the db_worker), e.g.
``15 3 * * * cd /srv/rxtech && .venv/bin/python manage.py expire_jobs``.
"""

from django_tasks import task

from .services import jobs_expire_due


@task()
def expire_jobs() -> int:
    """Expire every published job past its expiry; returns how many."""
    return jobs_expire_due()
