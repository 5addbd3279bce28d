"""One-click unsubscribe (RFC 8058): a signed token, no sign-in; CSRF waived only for the
mail client's one-click POST; an optional reason on the goodbye page."""

import pytest
from django.test import Client
from django.urls import reverse

from alerts import tokens
from alerts.models import Alert, UnsubscribeReason

from .helpers import make_alert

pytestmark = pytest.mark.django_db


@pytest.fixture
def alert(db):
    return make_alert(params={"state": "TX"}, email="guest@example.com")


def _url(alert):
    return reverse("alerts:unsubscribe", args=[tokens.unsubscribe_token(alert)])


def test_one_click_post_unsubscribes_without_sign_in_or_csrf(alert):
    client = Client(enforce_csrf_checks=True)
    response = client.post(_url(alert), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Alert.objects.exists()


def test_the_page_form_needs_its_csrf_token(alert):
    client = Client(enforce_csrf_checks=True)
    assert client.post(_url(alert)).status_code == 403
    assert Alert.objects.exists()
    page = client.get(_url(alert))
    assert page.status_code == 200 and b"Unsubscribe" in page.content
    token = page.cookies["csrftoken"].value
    response = client.post(_url(alert), {"csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert b"unsubscribed" in response.content
    assert not Alert.objects.exists()


def test_forged_unsubscribe_token_is_refused(alert):
    token = tokens.unsubscribe_token(alert)
    forged = token[:-3] + "abc"
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("alerts:unsubscribe", args=[forged]), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 400
    assert Alert.objects.exists()
    # A confirmation token is not an unsubscribe token.
    confirm = tokens.confirm_token(alert)
    response = client.post(
        reverse("alerts:unsubscribe", args=[confirm]), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 400
    assert Alert.objects.exists()


def test_an_old_link_after_unsubscribing_says_so_and_deletes_nothing_else(client, alert):
    other = make_alert(params={"state": "OH"}, email="guest@example.com")
    url = _url(alert)
    client.post(url)
    assert client.get(url).status_code == 200
    assert list(Alert.objects.all()) == [other]


def test_goodbye_page_records_an_optional_reason_and_nothing_about_who(client, alert):
    token = tokens.unsubscribe_token(alert)
    page = client.post(_url(alert))
    assert b"Would you tell us why?" in page.content
    goodbye = reverse("alerts:goodbye", args=[token])
    assert client.post(goodbye, {"reason": "nonsense"}).status_code == 400
    assert client.post(goodbye, {"reason": "found-job"}).status_code == 200
    assert list(UnsubscribeReason.objects.values_list("reason", flat=True)) == ["found-job"]
    assert (
        client.post(reverse("alerts:goodbye", args=["1:x:y"]), {"reason": "other"}).status_code
        == 400
    )
