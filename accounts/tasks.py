"""Background work for accounts (django-tasks): sending the site's email (see accounts.mail)."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Seconds to wait before attempt 2, 3, …: about eight hours of retries in all, then the task
# fails and stays in the task results (django-tasks-db) with the message in its arguments.
RETRY_DELAYS = (60, 300, 1800, 7200, 21600)


@task()
def deliver_mail(*, message: dict, attempt: int = 1) -> None:
    """Send a message rendered by ``accounts.mail.mail_render``.

    django-tasks has no retry of its own: when the relay fails, the task enqueues itself again
    with a delay and ``attempt + 1`` on a backend that can defer; otherwise (the in-process
    backend, or the last attempt) it raises, so the failure is recorded as the task's result.
    """
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message.get("from_email"),
        to=message["to"],
        headers=message.get("headers"),
    )
    if message.get("html"):
        email.attach_alternative(message["html"], "text/html")
    try:
        email.send()
    except Exception as exc:
        if attempt <= len(RETRY_DELAYS) and deliver_mail.get_backend().supports_defer:
            delay = RETRY_DELAYS[attempt - 1]
            logger.warning(
                "Email %r not sent (attempt %d: %s); retrying in %d s",
                message["subject"],
                attempt,
                exc,
                delay,
            )
            deliver_mail.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
                message=message, attempt=attempt + 1
            )
            return
        logger.error("Email %r not sent after %d attempt(s): %s", message["subject"], attempt, exc)
        raise
