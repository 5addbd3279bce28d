"""Background tasks for jobs (django-tasks).

Production schedules expiry once a day: a cron entry or systemd timer runs
``manage.py expire_jobs`` (or enqueues ``expire_jobs`` for the db_worker), e.g.
``15 3 * * * cd /srv/rxtech && .venv/bin/python manage.py expire_jobs``.
The moderators' digest runs daily the same way (``send_moderation_digest``).
"""

from django_tasks import task

from .digest import moderation_digest_send
from .services import jobs_expire_due


@task()
def expire_jobs() -> int:
    """Expire every published job past its expiry; returns how many."""
    return jobs_expire_due()


@task()
def send_moderation_digest() -> int | None:
    """The moderators' daily digest (``manage.py send_moderation_digest`` does the same);
    returns the record's id, or None when nothing was new."""
    digest = moderation_digest_send()
    return digest.pk if digest else None
