"""The alert run: only new jobs, once each, grouped searches, crash-safe, credential-aware."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from alerts import sending
from alerts.models import Alert, AlertDelivery, AlertDeliveryJob
from alerts.sending import alerts_send
from candidates.factories import ExpiredCredentialFactory, StateCredentialFactory
from jobs.factories import DraftJobFactory, PublishedJobFactory

from .helpers import make_alert

pytestmark = pytest.mark.django_db

TEXAS_HOSPITAL = {"state": "TX", "setting": "hospital-health-system"}


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    def run_once(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return alerts_send(**kwargs)

    return run_once


def _hospital_job(**kwargs):
    return PublishedJobFactory(state="TX", setting="hospital-health-system", **kwargs)


def _later(alert, minutes=1):
    return alert.created_at + timedelta(minutes=minutes)


def test_an_alert_sends_only_new_matching_jobs_once(run):
    old = _hospital_job(title="Old Hospital Tech", published_at=timezone.now() - timedelta(days=2))
    alert = make_alert(params=TEXAS_HOSPITAL, email="guest@example.com")
    new = _hospital_job(title="Inpatient Technician")
    PublishedJobFactory(title="Retail Technician", state="TX")  # another setting
    stats = run()
    assert stats.emails == 1
    [message] = mail.outbox
    assert message.to == ["guest@example.com"]
    assert "Inpatient Technician" in message.body and old.title not in message.body
    assert "Retail Technician" not in message.body
    assert list(AlertDeliveryJob.objects.values_list("job_id", flat=True)) == [new.pk]
    alert.refresh_from_db()
    assert alert.last_sent_at is not None
    # Nothing new: no email, whatever the schedule says.
    Alert.objects.update(last_run_at=None)
    assert run().emails == 0
    assert len(mail.outbox) == 1


def test_next_email_lists_only_jobs_new_since_the_previous_one(run):
    make_alert(params=TEXAS_HOSPITAL, email="guest@example.com", frequency="instant")
    _hospital_job(title="First Technician")
    run()
    _hospital_job(title="Second Technician")
    run()
    assert len(mail.outbox) == 2
    assert "Second Technician" in mail.outbox[1].body
    assert "First Technician" not in mail.outbox[1].body


def test_unconfirmed_and_paused_alerts_send_nothing(run):
    make_alert(params=TEXAS_HOSPITAL, email="guest@example.com", confirmed=False)
    make_alert(params=TEXAS_HOSPITAL, email="other@example.com", paused=True)
    _hospital_job()
    assert run().emails == 0
    assert mail.outbox == []


def test_daily_alert_waits_for_its_day_weekly_for_its_week(run):
    daily = make_alert(params=TEXAS_HOSPITAL, email="d@example.com", frequency="daily")
    weekly = make_alert(params=TEXAS_HOSPITAL, email="w@example.com", frequency="weekly")
    _hospital_job()
    run()
    assert len(mail.outbox) == 2
    _hospital_job()
    now = timezone.now()
    assert run(now=now + timedelta(hours=2)).alerts == 0
    stats = run(now=now + timedelta(days=1))
    assert stats.alerts == 1 and [m.to for m in mail.outbox[2:]] == [[daily.email]]
    run(now=now + timedelta(days=7))
    assert [m.to for m in mail.outbox[3:]] == [[weekly.email]]


def test_identical_searches_run_once(run, monkeypatch):
    for n in range(5):
        make_alert(params={**TEXAS_HOSPITAL, "sort": "pay"}, email=f"g{n}@example.com")
    make_alert(params={"state": "OH"}, email="ohio@example.com")
    _hospital_job()
    calls = []
    real = sending.job_search
    monkeypatch.setattr(sending, "job_search", lambda *a, **k: calls.append(a) or real(*a, **k))
    stats = run()
    assert len(calls) == 2 and stats.searches == 2
    assert stats.emails == 5


def test_an_email_lists_at_most_max_jobs_and_links_to_the_full_search(run):
    make_alert(params=TEXAS_HOSPITAL, email="guest@example.com")
    for _ in range(sending.MAX_JOBS + 2):
        _hospital_job()
    run()
    [message] = mail.outbox
    assert AlertDeliveryJob.objects.count() == sending.MAX_JOBS
    assert "There are more" in message.body
    assert "/jobs/?setting=hospital-health-system&state=TX&sort=newest" in message.body


def test_a_run_killed_halfway_and_run_again_sends_nothing_twice_and_skips_nothing(run, monkeypatch):
    alerts = [make_alert(params=TEXAS_HOSPITAL, email=f"g{n}@example.com") for n in range(6)]
    _hospital_job(title="Inpatient Technician")
    real, sent = sending.alert_deliver, []

    class Killed(Exception):
        pass

    def dies_after_three(alert, new, now):
        if len(sent) == 3:
            raise Killed
        sent.append(alert.pk)
        return real(alert, new, now)

    monkeypatch.setattr(sending, "alert_deliver", dies_after_three)
    with pytest.raises(Killed):
        run()
    assert len(mail.outbox) == 3
    monkeypatch.setattr(sending, "alert_deliver", real)
    run()
    run()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted(a.email for a in alerts)
    assert AlertDelivery.objects.count() == 6


def test_the_database_refuses_a_job_sent_twice_by_one_alert(run):
    alert = make_alert(params=TEXAS_HOSPITAL, email="guest@example.com")
    job = _hospital_job()
    run()
    # Another run that read the alert before this one's commit tries to send the same job.
    assert sending.alert_deliver(alert, [job], timezone.now()) is False
    assert AlertDeliveryJob.objects.filter(alert=alert, job=job).count() == 1


def test_alert_whose_params_became_invalid_is_paused_and_owner_told(run, candidate):
    bad = make_alert(params={"state": "TX"}, user=candidate)
    Alert.objects.filter(pk=bad.pk).update(params={"state": ["ZZ"], "radius": ["25"]})
    fine = make_alert(params=TEXAS_HOSPITAL, email="guest@example.com")
    _hospital_job()
    stats = run()
    bad.refresh_from_db()
    assert bad.paused and bad.paused_reason == Alert.PausedReason.INVALID
    assert stats.paused == 1 and stats.emails == 1
    told = [m for m in mail.outbox if m.to == [candidate.email]]
    [notice] = told
    assert "paused" in notice.subject
    assert "Select a valid choice. ZZ is not one of the available choices." in notice.body
    assert [m.to for m in mail.outbox if m not in told] == [[fine.email]]
    run(now=timezone.now() + timedelta(days=1))  # told once
    assert len([m for m in mail.outbox if m.to == [candidate.email]]) == 1


def test_only_jobs_i_can_take_follows_the_credentials_on_the_day_of_sending(run, candidate):
    StateCredentialFactory(profile=candidate.candidate_profile)  # a Texas registration
    cpht = ExpiredCredentialFactory(profile=candidate.candidate_profile)
    make_alert(params={**TEXAS_HOSPITAL, "eligible": "1"}, user=candidate)
    _hospital_job(
        title="Certified Hospital Tech", requirements=[("national-certification", "required", None)]
    )
    _hospital_job(title="No Certificate Tech", requirements=[])
    run()
    [first] = mail.outbox
    assert "No Certificate Tech" in first.body and "Certified Hospital Tech" not in first.body
    cpht.expires_on = timezone.localdate() + timedelta(days=700)
    cpht.save()
    run(now=timezone.now() + timedelta(days=1))
    assert len(mail.outbox) == 2
    assert "Certified Hospital Tech" in mail.outbox[1].body


def test_publishing_a_job_runs_instant_alerts_after_the_commit(
    django_capture_on_commit_callbacks,
):
    make_alert(params=TEXAS_HOSPITAL, email="instant@example.com", frequency="instant")
    make_alert(params=TEXAS_HOSPITAL, email="daily@example.com", frequency="daily",
               last_run_at=timezone.now())  # fmt: skip
    job = DraftJobFactory(state="TX", setting="hospital-health-system", title="Brand New Tech")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job.publish()
    assert mail.outbox == []  # nothing before the commit
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    assert [m.to for m in mail.outbox] == [["instant@example.com"]]
    assert "Brand New Tech" in mail.outbox[0].body


def test_management_command_runs_one_pass(capsys, django_capture_on_commit_callbacks):
    make_alert(params=TEXAS_HOSPITAL, email="guest@example.com")
    _hospital_job()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_job_alerts", "--frequency", "daily")
    assert "1 alerts, 1 searches, 1 emails, 0 paused" in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_an_unknown_frequency_is_refused_not_read_as_every_alert():
    with pytest.raises(ValueError):
        alerts_send(frequency="hourly")
