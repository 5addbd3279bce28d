"""Credential expiry reminders: 60 and 7 days before, once each."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from candidates.factories import PtcbCphtFactory
from candidates.models import CredentialReminder
from candidates.services import credential_reminders_send
from candidates.tasks import send_credential_reminders

pytestmark = pytest.mark.django_db


def test_sent_at_60_and_7_days_once_each(django_capture_on_commit_callbacks):
    today = timezone.localdate()
    credential = PtcbCphtFactory(expires_on=today + timedelta(days=60))
    email = credential.profile.user.email

    with django_capture_on_commit_callbacks(execute=True):
        assert credential_reminders_send(today=today) == 1
        assert credential_reminders_send(today=today) == 0  # same day again: nothing
    assert mail.outbox[0].to == [email]
    assert "60 days" in mail.outbox[0].subject

    for offset in range(1, 53):  # days in between: nothing
        assert credential_reminders_send(today=today + timedelta(days=offset)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert credential_reminders_send(today=today + timedelta(days=53)) == 1
        assert credential_reminders_send(today=today + timedelta(days=53)) == 0
    assert "7 days" in mail.outbox[1].subject
    assert len(mail.outbox) == 2
    assert CredentialReminder.objects.count() == 2


def test_renewed_credential_gets_reminders_again():
    today = timezone.localdate()
    credential = PtcbCphtFactory(expires_on=today + timedelta(days=7))
    assert credential_reminders_send(today=today) == 1
    credential.expires_on = today + timedelta(days=60)
    credential.save()
    assert credential_reminders_send(today=today) == 1


def test_command_and_task(django_capture_on_commit_callbacks):
    today = timezone.localdate()
    PtcbCphtFactory(expires_on=today + timedelta(days=7))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_credential_reminders", "--today", today.isoformat())
    assert len(mail.outbox) == 1
    PtcbCphtFactory(expires_on=today + timedelta(days=60))
    with django_capture_on_commit_callbacks(execute=True):
        send_credential_reminders.enqueue()  # immediate backend in tests
    assert len(mail.outbox) == 2
