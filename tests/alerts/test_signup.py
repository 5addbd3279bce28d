"""Signing up for an alert: guests confirm first (double opt-in), users save under their
account; bad parameters get the search page's messages; sign-ups are rate limited."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse

from alerts import tokens
from alerts.models import Alert
from search.service import job_search

from .helpers import make_alert

pytestmark = pytest.mark.django_db

NEW = reverse("alerts:new")


def _sign_up(client, query="state=TX&setting=hospital-health-system", ip=None, **data):
    headers = {"HTTP_X_FORWARDED_FOR": ip} if ip else {}
    return client.post(
        NEW, {"query": query, "email": "guest@example.com", "frequency": "daily", **data}, **headers
    )


def _link(message) -> str:
    return re.search(r"https?://\S+/alerts/confirm/\S+/", message.body).group(0)


def test_guest_sign_up_emails_a_confirmation_and_stays_unconfirmed(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _sign_up(client, query="state=TX&setting=hospital-health-system&page=3")
    assert response.status_code == 201
    alert = Alert.objects.get()
    assert alert.email == "guest@example.com" and alert.confirmed_at is None
    assert alert.params == {"setting": ["hospital-health-system"], "state": ["TX"]}
    [message] = mail.outbox
    assert message.to == ["guest@example.com"]
    assert "Confirm your job alert" in message.subject
    path = urlsplit(_link(message)).path
    assert client.get(path).status_code == 200
    assert Alert.objects.get().confirmed_at is None  # GET alone confirms nothing
    assert client.post(path).status_code == 200
    assert Alert.objects.get().confirmed_at is not None


def test_second_sign_up_for_same_address_and_search_does_not_duplicate(client):
    _sign_up(client)
    _sign_up(client, query="setting=hospital-health-system&state=TX&sort=pay")
    _sign_up(client, email="GUEST@example.com")
    assert Alert.objects.count() == 1
    _sign_up(client, query="state=OH")
    assert Alert.objects.count() == 2


def test_forged_confirmation_token_is_refused(client):
    alert = make_alert(params={"state": "TX"}, email="g@example.com", confirmed=False)
    token = tokens.confirm_token(alert)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.post(reverse("alerts:confirm", args=[forged]))
    assert response.status_code == 400
    assert b"This link is not valid" in response.content
    other = f"{alert.pk + 1}:{token.split(':', 1)[1]}"
    assert client.post(reverse("alerts:confirm", args=[other])).status_code == 400
    assert Alert.objects.get().confirmed_at is None


def test_expired_confirmation_token_is_refused(client, monkeypatch):
    alert = make_alert(params={"state": "TX"}, email="g@example.com", confirmed=False)
    past = time.time() - tokens.CONFIRM_MAX_AGE.total_seconds() - 60
    monkeypatch.setattr("django.core.signing.time.time", lambda: past)
    token = tokens.confirm_token(alert)
    monkeypatch.undo()
    response = client.post(reverse("alerts:confirm", args=[token]))
    assert response.status_code == 400
    assert b"expired" in response.content
    assert Alert.objects.get().confirmed_at is None


def test_invalid_parameters_get_the_search_pages_messages(client):
    response = _sign_up(client, query="state=ZZ&radius=25")
    assert response.status_code == 200
    assert not Alert.objects.exists()
    expected = job_search({"state": "ZZ", "radius": "25"}).errors
    assert set(expected) == {"state", "radius"}
    errors = response.context["form"].non_field_errors()
    for field, messages in expected.items():
        for message in messages:
            assert f"{field}: {message}" in errors


def test_guest_cannot_ask_for_only_jobs_i_can_take(client):
    response = _sign_up(client, query="state=TX&eligible=1")
    assert not Alert.objects.exists()
    assert "Sign in with a candidate profile" in str(response.context["form"].non_field_errors())


def test_a_bad_email_is_an_error_on_its_field(client):
    response = _sign_up(client, email="not-an-address")
    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not Alert.objects.exists()


def test_fifty_sign_ups_an_hour_from_one_address_then_limited(client):
    for n in range(50):
        assert _sign_up(client, query=f"q=word{n}").status_code == 201
    response = _sign_up(client, query="q=one-more")
    assert response.status_code == 429
    assert Alert.objects.count() == 50


def test_rate_limit_counts_the_client_behind_the_proxy(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(50):
        _sign_up(client, query=f"q=a{n}", ip="203.0.113.1")
    assert _sign_up(client, query="q=b", ip="203.0.113.1").status_code == 429
    assert _sign_up(client, query="q=c", ip="203.0.113.2").status_code == 201


def test_signed_in_user_saves_alert_under_account_without_confirmation(
    client, candidate, django_capture_on_commit_callbacks
):
    client.force_login(candidate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            NEW,
            {"query": "state=TX", "name": "Texas", "frequency": "weekly", "only_eligible": "on"},
        )
    alert = Alert.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/alerts/{alert.pk}/"
    assert alert.user == candidate and alert.email == "" and alert.is_confirmed
    assert alert.params == {"eligible": ["1"], "state": ["TX"]} and alert.only_eligible
    assert mail.outbox == []
    client.post(NEW, {"query": "state=TX", "frequency": "daily", "only_eligible": "on"})
    assert Alert.objects.count() == 1


def test_sign_up_page_shows_the_search_in_words(client):
    response = client.get(NEW + "?state=TX&setting=hospital-health-system")
    assert response.status_code == 200
    assert ("State", "Texas") in response.context["summary"]
    assert b'name="email"' in response.content
