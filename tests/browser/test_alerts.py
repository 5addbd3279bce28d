"""Issue 13's "done when" for job alerts: a guest's alert from confirmation to unsubscribe, and
an "only jobs I can take" alert that follows a renewed credential."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from alerts.models import Alert
from alerts.tasks import send_alerts_task
from candidates.factories import (
    CandidateProfileFactory,
    ExpiredCredentialFactory,
    StateCredentialFactory,
)
from jobs.factories import DraftJobFactory
from tests.browser.steps import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _database_engine(settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine: no index to build for a browser test


def _path(message, pattern: str) -> str:
    return urlsplit(re.search(rf"https?://\S+{pattern}\S+/", message.body).group(0)).path


def _alert_mails(address):
    return [m for m in mail.outbox if m.to == [address] and "new job" in m.subject]


def test_guest_alert_confirm_one_email_then_nothing_then_unsubscribe(page, live_server, axe_check):
    base, address = live_server.url, "guest@example.com"
    page.goto(f"{base}/jobs/?state=TX&setting=hospital-health-system")
    page.get_by_role("link", name="Email me new jobs like these").click()
    expect(page.get_by_role("heading", name="Email me new jobs like these")).to_be_visible()
    expect(page.get_by_text("Texas", exact=True)).to_be_visible()
    axe_check(page, "on the alert sign-up page")
    page.get_by_label("Your email address").fill(address)
    page.get_by_label("Daily").check()
    page.get_by_role("button", name="Create alert").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    [confirmation] = mail.outbox
    assert Alert.objects.get().confirmed_at is None

    page.goto(base + _path(confirmation, "/alerts/confirm/"))
    page.get_by_role("button", name="Confirm alert").click()
    expect(page.get_by_role("heading", name="Your alert is on")).to_be_visible()

    job = DraftJobFactory(title="Inpatient Pharmacy Technician", state="TX",
                          setting="hospital-health-system")  # fmt: skip
    DraftJobFactory(title="Retail Pharmacy Technician", state="TX").publish()
    job.publish()
    send_alerts_task.enqueue()
    [email] = _alert_mails(address)
    assert "Inpatient Pharmacy Technician" in email.body
    assert "Retail Pharmacy Technician" not in email.body
    Alert.objects.update(last_run_at=None)  # due again: still nothing new to send
    send_alerts_task.enqueue()
    assert len(_alert_mails(address)) == 1

    page.goto(base + _path(email, "/alerts/unsubscribe/"))
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", name="You're unsubscribed")).to_be_visible()
    assert not Alert.objects.exists()
    page.get_by_label("I found a job").check()
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()


def test_only_jobs_i_can_take_changes_after_renewing_the_cpht(page, live_server):
    base = live_server.url
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile)  # a Texas registration
    cpht = ExpiredCredentialFactory(profile=profile)
    sign_in(page, base, profile.user.email)
    page.goto(f"{base}/jobs/?state=TX")
    page.get_by_role("link", name="Email me new jobs like these").click()
    page.get_by_label("Name this alert").fill("Texas jobs I can take")
    page.get_by_label("Only jobs I can take").check()
    page.get_by_label("Instantly (within minutes)").check()
    page.get_by_role("button", name="Create alert").click()
    expect(page.get_by_role("heading", name="Texas jobs I can take")).to_be_visible()

    DraftJobFactory(
        title="Certified Technician", state="TX",
        requirements=[("national-certification", "required", None)],
    ).publish()  # fmt: skip
    send_alerts_task.enqueue()
    assert _alert_mails(profile.user.email) == []

    cpht.expires_on = timezone.localdate() + timedelta(days=700)
    cpht.save()
    send_alerts_task.enqueue()
    [email] = _alert_mails(profile.user.email)
    assert "Certified Technician" in email.body
    page.reload()
    expect(page.get_by_role("link", name="Certified Technician")).to_be_visible()
