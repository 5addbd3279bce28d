"""The moderators' digest: what is new since the last one, once, and nothing when nothing is."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.factories import JobSeekerFactory
from employers.factories import PendingOrganisationFactory
from jobs import services
from jobs.digest import moderation_digest_send
from jobs.factories import PendingJobFactory
from jobs.models import ModerationDigest


@pytest.fixture
def news(organisation, published):
    held = PendingJobFactory(
        organisation=organisation,
        title="Remote tech's $200 kit & laptop",
        hold_reasons=[{"code": "fee", "value": "$200 kit fee"}],
    )
    services.job_report(
        job=published, reporter=JobSeekerFactory(), reason="scam", text="Asked for gift cards"
    )
    waiting = PendingOrganisationFactory(name="Brand New Rx")
    return held, published, waiting


def test_the_digest_goes_to_moderators_once_and_not_twice(
    moderator, news, django_capture_on_commit_callbacks
):
    held, reported, waiting = news
    with django_capture_on_commit_callbacks(execute=True):
        digest = moderation_digest_send()
    assert digest.held_jobs == 1 and digest.reports == 1 and digest.organisations == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [moderator.email]
    assert "1 held, 1 report, 1 organisation" in message.subject
    for words in (held.title, "Asks applicants to pay a fee", "$200 kit fee", reported.title):
        assert words in message.body
    assert "Asked for gift cards" in message.body and waiting.name in message.body
    assert "Remote tech's $200 kit & laptop" in message.body  # the text part is not escaped
    html = message.alternatives[0][0]
    assert "Remote tech&#x27;s $200 kit &amp; laptop" in html  # the HTML part is escaped

    with django_capture_on_commit_callbacks(execute=True):
        assert moderation_digest_send() is None
    assert len(mail.outbox) == 1
    assert ModerationDigest.objects.count() == 1


def test_nothing_new_sends_nothing(moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert moderation_digest_send() is None
    assert mail.outbox == []
    assert not ModerationDigest.objects.exists()


def test_only_what_is_new_since_the_last_digest(
    moderator, news, published, django_capture_on_commit_callbacks
):
    ModerationDigest.objects.create(sent_at=timezone.now() + timedelta(seconds=1))
    later = timezone.now() + timedelta(minutes=5)
    services.job_report(job=published, reporter=JobSeekerFactory(), reason="spam")
    from jobs.models import JobReport

    JobReport.objects.filter(reason="spam").update(created=later)
    with django_capture_on_commit_callbacks(execute=True):
        digest = moderation_digest_send(now=later + timedelta(minutes=1))
    assert (digest.held_jobs, digest.reports, digest.organisations) == (0, 1, 0)
    assert "Spam or duplicate" in mail.outbox[0].body


def test_the_command_reports_what_it_did(moderator, news, capsys):
    call_command("send_moderation_digest")
    assert "Digest sent to 1 moderator(s)" in capsys.readouterr().out
    call_command("send_moderation_digest")
    assert "Nothing new" in capsys.readouterr().out


def test_the_task_runs_the_digest(moderator, news):
    from jobs.tasks import send_moderation_digest

    result = send_moderation_digest.enqueue()
    assert result.return_value == ModerationDigest.objects.get().pk
