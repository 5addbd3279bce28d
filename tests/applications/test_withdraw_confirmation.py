"""Withdrawing asks for confirmation, says it cannot be undone, and a GET never withdraws."""

import pytest
from django.core import mail
from django.urls import reverse

from applications.models import Application

pytestmark = pytest.mark.django_db


def withdraw_url(application):
    return reverse("applications:withdraw", kwargs={"pk": application.pk})


def test_the_application_page_links_to_a_confirmation_page(client, candidate, application):
    client.force_login(candidate)
    page = client.get(application.get_absolute_url()).content.decode()
    assert f'href="{withdraw_url(application)}"' in page
    assert f'action="{withdraw_url(application)}"' not in page


def test_get_shows_the_confirmation_and_never_withdraws(client, candidate, application):
    client.force_login(candidate)
    response = client.get(withdraw_url(application), {"confirm": "on", "reason": "x"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "This cannot be undone." in page
    assert 'name="confirm"' in page and 'method="post"' in page
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED


def test_post_without_the_box_is_refused_with_the_error_on_the_field(
    client, candidate, application, django_capture_on_commit_callbacks
):
    client.force_login(candidate)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(withdraw_url(application), {"reason": "Found another job"})
    assert response.status_code == 400
    assert response.context["form"].errors["confirm"] == [
        "Tick this box to withdraw your application."
    ]
    assert "Found another job" in response.content.decode()  # what they typed stays
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED
    assert application.events.count() == 1
    assert mail.outbox == []


def test_post_with_the_box_withdraws(client, candidate, application):
    client.force_login(candidate)
    response = client.post(withdraw_url(application), {"confirm": "on"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN


def test_a_final_application_has_no_confirmation_page(client, candidate, application):
    client.force_login(candidate)
    client.post(withdraw_url(application), {"confirm": "on"})
    assert client.get(withdraw_url(application)).status_code == 400
    page = client.get(application.get_absolute_url()).content.decode()
    assert withdraw_url(application) not in page


def test_wrong_owner_and_anonymous_get(client, other_candidate, application):
    response = client.get(withdraw_url(application))
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))
    client.force_login(other_candidate)
    assert client.get(withdraw_url(application)).status_code == 404
    assert client.post(withdraw_url(application), {"confirm": "on"}).status_code == 404
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED
