"""Mail never breaks a write: queued after commit, sent by a task, retried; readable parts.

Measured before: with the relay down, apply, move, invite and password reset answered 500; a
job title with a CR made every application to it a 500 (``BadHeaderError``); the text part
carried HTML entities; allauth's emails said "Hello from 127.0.0.1:8000!".
"""

import re
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.urls import reverse
from django_tasks import TaskResultStatus, default_task_backend
from django_tasks.signals import task_finished

from accounts.factories import JobSeekerFactory
from accounts.mail import mail_send_templated
from accounts.tasks import RETRY_DELAYS, deliver_mail
from applications.models import Application, ApplicationEvent
from applications.services import application_move, application_submit
from employers.factories import OwnerMembershipFactory
from employers.models import Invitation
from jobs.factories import PublishedJobFactory

pytestmark = pytest.mark.django_db

RELAY_DOWN = "tests.applications.test_mail_delivery.RelayDownBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


class RelayDownBackend(BaseEmailBackend):
    """The SMTP relay refuses every connection."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "relay down")


@pytest.fixture
def failed_sends():
    """Mail tasks that finished FAILED (the in-process backend records, never raises)."""
    failed = []

    def receiver(sender, task_result, **kwargs):
        if task_result.task.name == deliver_mail.name and (
            task_result.status == TaskResultStatus.FAILED
        ):
            failed.append(task_result)

    task_finished.connect(receiver, weak=False)
    yield failed
    task_finished.disconnect(receiver)


def test_relay_down_apply_move_invite_and_reset_succeed_and_mail_follows(
    client, settings, candidate, job, member, resume, failed_sends,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    settings.EMAIL_BACKEND = RELAY_DOWN
    owner = OwnerMembershipFactory(organisation=job.organisation).user

    with django_capture_on_commit_callbacks(execute=True) as queued:
        client.force_login(candidate)
        applied = client.post(
            reverse("applications:apply", kwargs={"pk": job.pk}), {"resume": resume.pk}
        )
        application = Application.objects.get(job=job, candidate=candidate)
        client.force_login(member)
        moved = client.post(
            reverse("applications:application_move", kwargs={"pk": application.pk}),
            {"status": Application.Status.REVIEWING, "reason": ""},
        )
        client.force_login(owner)
        invited = client.post(
            reverse("employers:invite", args=[job.organisation.slug]),
            {"email": "new.recruiter@example.com"},
        )
        client.logout()
        reset = client.post(reverse("account_reset_password"), {"email": candidate.email})

    assert [applied.status_code, moved.status_code, invited.status_code, reset.status_code] == [
        302,
        302,
        302,
        302,
    ]
    assert application.events.count() == 2
    assert ApplicationEvent.objects.filter(to_status=Application.Status.REVIEWING).exists()
    assert Invitation.objects.filter(email="new.recruiter@example.com").exists()
    # Applying mails the organisation and the candidate; each mail waited for the commit.
    assert len(queued) == 5
    assert mail.outbox == []
    assert len(failed_sends) == 5  # recorded as failed tasks, with the message in their kwargs

    # The relay is back: running the queued tasks again delivers every message.
    settings.EMAIL_BACKEND = LOCMEM
    for result in failed_sends:
        assert deliver_mail.enqueue(*result.args, **result.kwargs).status == (
            TaskResultStatus.SUCCESSFUL
        )
    assert sorted(sorted(message.to) for message in mail.outbox) == sorted(
        [
            sorted([member.email, owner.email]),  # the new application, to the organisation
            [candidate.email],  # the candidate's confirmation
            [candidate.email],  # moved to "Reviewing"
            ["new.recruiter@example.com"],  # the invitation
            [candidate.email],  # the password reset
        ]
    )
    subjects = " | ".join(message.subject for message in mail.outbox)
    assert "New application for Retail Pharmacy Technician" in subjects
    assert "Join Lone Star Pharmacy on RxTech Careers" in subjects
    assert "Password Reset" in subjects


def test_on_a_backend_that_defers_a_failed_send_is_retried_later(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.EMAIL_BACKEND = RELAY_DOWN
    message = {"subject": "Hello", "body": "Text\n", "html": "<p>Text</p>", "to": ["a@b.example"]}
    deliver_mail.call(message=message)
    (retry,) = default_task_backend.results
    assert retry.kwargs == {"message": message, "attempt": 2}
    assert retry.task.run_after is not None

    settings.EMAIL_BACKEND = LOCMEM
    deliver_mail.call(**retry.kwargs)
    (sent,) = mail.outbox
    assert sent.subject == "Hello"
    assert sent.alternatives[0].mimetype == "text/html"


def test_retries_are_bounded(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.EMAIL_BACKEND = RELAY_DOWN
    message = {"subject": "Hello", "body": "Text\n", "html": "", "to": ["a@b.example"]}
    with pytest.raises(smtplib.SMTPConnectError):
        deliver_mail.call(message=message, attempt=len(RETRY_DELAYS) + 1)
    assert default_task_backend.results == []


def test_rolled_back_write_sends_nothing(django_capture_on_commit_callbacks, member):
    from django.db import transaction

    with (
        django_capture_on_commit_callbacks(execute=True) as queued,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        mail_send_templated(
            template_prefix="employers/email/verified",
            context={"organisation": member.memberships.get().organisation},
            to=[member.email],
        )
        raise RuntimeError
    assert queued == [] and mail.outbox == []


def test_a_job_title_with_cr_lf_does_not_break_applying(
    client, candidate, organisation, member, resume, django_capture_on_commit_callbacks
):
    job = PublishedJobFactory(organisation=organisation, title="Pharmacy Technician\r\nBcc: x@y")
    client.force_login(candidate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("applications:apply", kwargs={"pk": job.pk}), {"resume": resume.pk}
        )
    assert response.status_code == 302
    assert Application.objects.filter(job=job).exists()
    message, confirmation = mail.outbox
    assert "\r" not in confirmation.subject and "\n" not in confirmation.subject
    assert "\r" not in message.subject and "\n" not in message.subject
    assert message.subject == ("[RxTech Careers] New application for Pharmacy Technician Bcc: x@y")
    assert message.message()["Bcc"] is None  # the header is built, and nothing injected


def test_text_part_is_never_html_escaped_and_the_html_part_exists(
    settings, application, member, candidate, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://careers.example.com/"
    application.job.title = 'Tech "Lead" <Nights> & Weekends'
    application.job.save()
    reason = "We've filled the role & thank you <3"
    with django_capture_on_commit_callbacks(execute=True):
        application_move(
            application=application, to=Application.Status.REJECTED, by=member, reason=reason
        )
    (message,) = mail.outbox
    assert message.to == [candidate.email]
    assert reason in message.body
    assert 'Tech "Lead" <Nights> & Weekends' in message.body
    assert not re.search(r"&(#x?[0-9a-fA-F]+|amp|lt|gt|quot);", message.body)
    (html, mimetype) = message.alternatives[0]
    assert mimetype == "text/html"
    assert "We&#x27;ve filled the role &amp; thank you &lt;3" in html  # escaped in HTML only
    assert "<script" not in html
    link = "https://careers.example.com" + reverse(
        "applications:my_application", kwargs={"pk": application.pk}
    )
    assert f"See your application: {link}\n" in message.body
    assert f'href="{link}"' in html
    assert "RxTech Careers" in message.body and "RxTech Careers" in html


@pytest.mark.parametrize(
    "prefix",
    [
        "applications/email/new_application",
        "applications/email/status_changed",
        "applications/email/withdrawn",
        "employers/email/invitation",
        "employers/email/verified",
        "employers/email/rejected",
        "candidates/email/credential_reminder",
    ],
)
def test_every_email_of_the_site_has_its_three_templates(prefix):
    from django.template.loader import get_template

    for suffix in ("_subject.txt", "_message.txt", "_message.html"):
        get_template(prefix + suffix)


def test_allauth_emails_name_the_site_and_link_to_site_url(
    client, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://careers.example.com"
    user = JobSeekerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": user.email})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert "Hello from RxTech Careers!" in message.body
    assert "127.0.0.1" not in message.body and "testserver" not in message.body
    assert "https://careers.example.com/accounts/password/reset/key/" in message.body
    assert message.subject.startswith("[RxTech Careers] ")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="https://careers.example.com/accounts/password/reset/key/' in html


def test_application_submit_outside_a_request_queues_too(
    candidate, job, member, resume, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        application_submit(job=job, candidate=candidate, resume=resume)
    assert len(queued) == 2 and mail.outbox == []
    for callback in queued:
        callback()
    assert [message.to for message in mail.outbox] == [[member.email], [candidate.email]]
