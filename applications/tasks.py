"""Background tasks for applications (django-tasks).

Production runs the saved-job notices a few times a day, like ``jobs.tasks``: a cron entry or
systemd timer runs ``manage.py send_saved_job_notices`` (or enqueues
``send_saved_job_notices`` for the db_worker), e.g.
``30 */6 * * * cd /srv/rxtech && .venv/bin/python manage.py send_saved_job_notices``.
"""

from django_tasks import task

from .saved_notices import saved_job_notices_send


@task()
def send_saved_job_notices() -> int:
    """Tell people once about saved jobs closing soon, filled or taken off the site; returns
    how many emails were queued."""
    return saved_job_notices_send()
