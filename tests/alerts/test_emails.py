"""The alert emails, rendered: readable HTML and text, pay, place and requirement badges,
the unsubscribe headers (RFC 8058), the person's language."""

import pytest
from django.core import mail
from django.utils import translation

from alerts import sending
from jobs.factories import PublishedJobFactory

from .helpers import make_alert

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    alert = make_alert(
        params={"state": "TX"}, email="guest@example.com", name="Texas & nearby", language="en"
    )
    job = PublishedJobFactory(
        title="IV Room <Technician>",
        state="TX",
        requirements=[("ptcb-cspt", "required", None)],
    )
    with django_capture_on_commit_callbacks(execute=True):
        sending.alerts_send()
    [message] = mail.outbox
    return alert, job, message


def test_text_part_lists_job_pay_place_and_badges_unescaped(sent):
    alert, job, message = sent
    assert "IV Room <Technician>" in message.body  # plain text is never HTML-escaped
    assert f"{job.location_label} · {job.pay_label}" in message.body
    for badge in job.requirement_badges():
        assert f"[{badge.text}]" in message.body
    assert '"Texas & nearby"' in message.body
    assert "/alerts/unsubscribe/" in message.body


def test_html_part_is_escaped_and_has_the_same_facts(sent):
    alert, job, message = sent
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "IV Room &lt;Technician&gt;" in html
    assert job.pay_label in html and job.location_label in html
    for badge in job.requirement_badges():
        assert badge.text in html
    assert "Texas &amp; nearby" in html
    assert "Unsubscribe</a>" in html and "Manage your alerts</a>" in html


def test_unsubscribe_headers_follow_rfc_8058(sent):
    alert, job, message = sent
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http") and "/alerts/unsubscribe/" in unsubscribe
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in message.message().as_string()


def test_rendered_in_the_alerts_language(monkeypatch, django_capture_on_commit_callbacks):
    seen = []
    real = translation.override

    def spy(language, *args, **kwargs):
        seen.append(language)
        return real(language, *args, **kwargs)

    monkeypatch.setattr("accounts.mail.translation.override", spy)
    make_alert(params={"state": "TX"}, email="g@example.com", language="es")
    PublishedJobFactory(state="TX")
    with django_capture_on_commit_callbacks(execute=True):
        sending.alerts_send()
    assert seen == ["es"]
