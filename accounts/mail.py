"""Every email the site sends: rendered from templates, queued after commit, sent by a task.

``mail_send_templated(template_prefix="applications/email/new_application", context=…,
to=[…])`` renders three templates, allauth's convention, so the site's own emails and allauth's
follow one rule:

- ``<prefix>_subject.txt``: the subject; every line break (CR, LF, …) becomes a space, so a
  job title with ``\\r\\n`` cannot break the header. ``ACCOUNT_EMAIL_SUBJECT_PREFIX`` is put in
  front.
- ``<prefix>_message.txt``: the text part, rendered with autoescape **off** (plain text is
  never HTML-escaped: "We've filled the role & …" stays as written).
- ``<prefix>_message.html``: the HTML part (autoescape on), extending
  ``accounts/email/base.html``. Where an email has none (allauth's own), the text part is shown
  in that layout instead, so every message is multipart.

Every template gets ``site_name`` ("RxTech Careers"), ``site_url`` (``settings.SITE_URL``, no
trailing slash: write ``{{ site_url }}{% url … %}``) and allauth's ``current_site``.

The message is rendered at once (inside the caller's transaction, in its language), then
queued with ``transaction.on_commit``: a rolled-back write sends nothing, and the request never
waits on or fails because of the mail relay. ``accounts.tasks.deliver_mail`` sends it and
retries with a growing delay on a backend that can defer (django-tasks-db in production).
Floor 0, so every app may send mail.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import translation

from .tasks import deliver_mail

logger = logging.getLogger(__name__)

SITE_NAME = "RxTech Careers"
FALLBACK_HTML = "accounts/email/text_message.html"


@dataclass(frozen=True, slots=True)
class Site:
    """What allauth's templates read from ``current_site``, without the Sites framework."""

    name: str
    domain: str


def site_url() -> str:
    return settings.SITE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """``path`` (``/jobs/1/``) as a link for an email, on ``SITE_URL``."""
    return f"{site_url()}/{path.lstrip('/')}"


def site_context() -> dict:
    return {
        "site_name": SITE_NAME,
        "site_url": site_url(),
        "current_site": Site(name=SITE_NAME, domain=urlsplit(site_url()).netloc),
    }


def single_line(text: str) -> str:
    return " ".join(text.splitlines()).strip()


def mail_render(*, template_prefix: str, context: dict, to: list[str]) -> dict:
    """The message as JSON-able data (what the task stores): subject, text, html, to."""
    context = {**context, **site_context()}
    subject = _render_text(f"{template_prefix}_subject.txt", context)
    text = _render_text(f"{template_prefix}_message.txt", context).strip()
    try:
        html = render_to_string(f"{template_prefix}_message.html", context)
    except TemplateDoesNotExist:
        html = render_to_string(FALLBACK_HTML, {**context, "text": text})
    return {
        "subject": single_line(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + single_line(subject)),
        "body": text + "\n",
        "html": html,
        "from_email": settings.DEFAULT_FROM_EMAIL,
        "to": list(to),
    }


def mail_send_templated(
    *,
    template_prefix: str,
    context: dict,
    to: list[str],
    language: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Render the email now and send it once the current transaction commits (never raises
    because of the mail relay). ``language``: render in it instead of the active one;
    ``headers``: extra headers (``List-Unsubscribe`` …)."""
    to = [address for address in to if address]
    if not to:
        return
    if language:
        with translation.override(language):
            message = mail_render(template_prefix=template_prefix, context=context, to=to)
    else:
        message = mail_render(template_prefix=template_prefix, context=context, to=to)
    if headers:
        message["headers"] = {name: single_line(value) for name, value in headers.items()}
    transaction.on_commit(partial(_enqueue, message), robust=True)


def mail_send_to_people(*, template_prefix: str, context: dict, people) -> None:
    """``mail_send_templated`` to user accounts, each message in its readers' own language
    (one message per language, so nobody reads another person's choice)."""
    by_language: dict[str, list[str]] = {}
    for person in people:
        language = getattr(person, "language", "") or settings.LANGUAGE_CODE
        by_language.setdefault(language, []).append(person.email)
    for language, addresses in sorted(by_language.items()):
        mail_send_templated(
            template_prefix=template_prefix, context=context, to=addresses, language=language
        )


def _enqueue(message: dict) -> None:
    try:
        deliver_mail.enqueue(message=message)
    except Exception:
        # The write this mail tells about has committed; it stands either way.
        logger.exception("Could not queue the email %r", message["subject"])


def _render_text(template_name: str, context: dict) -> str:
    template = get_template(template_name)
    return template.template.render(Context(context, autoescape=False))
