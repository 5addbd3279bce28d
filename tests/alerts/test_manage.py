"""Managing alerts: signed-in owners only (anonymous → sign in, someone else's → 404)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.factories import JobSeekerFactory
from alerts.models import Alert, AlertDelivery, AlertDeliveryJob
from jobs.factories import PublishedJobFactory

from .helpers import make_alert

pytestmark = pytest.mark.django_db


@pytest.fixture
def alert(candidate):
    return make_alert(params={"state": "TX"}, user=candidate, name="Texas")


@pytest.mark.parametrize("name", ["alerts:list", "alerts:detail", "alerts:delete"])
def test_anonymous_visitors_are_sent_to_sign_in(client, alert, name):
    url = reverse(name) if name == "alerts:list" else reverse(name, args=[alert.pk])
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name", ["alerts:detail", "alerts:delete"])
def test_someone_elses_alert_is_not_found(client, alert, name):
    client.force_login(JobSeekerFactory())
    assert client.get(reverse(name, args=[alert.pk])).status_code == 404
    assert client.post(reverse(name, args=[alert.pk]), {"name": "Mine"}).status_code == 404
    alert.refresh_from_db()
    assert alert.name == "Texas"


def test_list_shows_only_my_alerts(client, alert):
    make_alert(params={"state": "OH"}, user=JobSeekerFactory(), name="Ohio elsewhere")
    client.force_login(alert.user)
    response = client.get(reverse("alerts:list"))
    assert list(response.context["alerts"]) == [alert]
    assert b"Ohio elsewhere" not in response.content


def test_rename_pause_and_change_frequency(client, alert):
    client.force_login(alert.user)
    response = client.post(
        reverse("alerts:detail", args=[alert.pk]),
        {"name": "Near home", "frequency": "weekly", "paused": "on"},
    )
    assert response.status_code == 302
    alert.refresh_from_db()
    assert (alert.name, alert.frequency, alert.paused) == ("Near home", "weekly", True)
    assert alert.paused_reason == Alert.PausedReason.OWNER


def test_bad_frequency_is_an_error_on_its_field_and_saves_nothing(client, alert):
    client.force_login(alert.user)
    response = client.post(
        reverse("alerts:detail", args=[alert.pk]), {"name": "Changed", "frequency": "hourly"}
    )
    assert response.status_code == 200 and response.context["form"].errors["frequency"]
    alert.refresh_from_db()
    assert alert.name == "Texas"


def test_detail_shows_what_it_last_sent(client, alert):
    job = PublishedJobFactory(title="Night Shift Technician")
    delivery = AlertDelivery.objects.create(alert=alert, sent_at=timezone.now())
    AlertDeliveryJob.objects.create(delivery=delivery, alert=alert, job=job)
    client.force_login(alert.user)
    response = client.get(reverse("alerts:detail", args=[alert.pk]))
    assert response.context["last_delivery"] == delivery
    assert b"Night Shift Technician" in response.content


def test_delete_asks_then_deletes(client, alert):
    client.force_login(alert.user)
    assert client.get(reverse("alerts:delete", args=[alert.pk])).status_code == 200
    assert Alert.objects.exists()
    client.post(reverse("alerts:delete", args=[alert.pk]))
    assert not Alert.objects.exists()


def test_search_page_and_job_page_offer_the_alert(client):
    job = PublishedJobFactory(state="TX", setting="hospital-health-system")
    page = client.get("/jobs/?state=TX&page=1")
    assert 'href="/alerts/new/?state=TX"' in page.content.decode()
    job_page = client.get(job.get_absolute_url()).content.decode()
    assert 'href="/alerts/new/?setting=hospital-health-system&amp;state=TX"' in job_page
