"""Alerts are in the data export and go with the account (accounts.personal_data)."""

import io
import json
import zipfile

import pytest
from django.utils import timezone

from alerts.models import Alert, AlertDelivery, AlertDeliveryJob
from jobs.factories import PublishedJobFactory
from privacy.services import account_delete, personal_data_export

from .helpers import make_alert

pytestmark = pytest.mark.django_db


def test_export_lists_my_alerts_and_what_they_sent(candidate):
    alert = make_alert(params={"state": "TX"}, user=candidate, name="Texas")
    make_alert(params={"state": "OH"}, email=candidate.email)  # as a guest, same address
    make_alert(params={"state": "CA"}, email="someone@example.com")
    job = PublishedJobFactory(title="Compounding Technician")
    delivery = AlertDelivery.objects.create(alert=alert, sent_at=timezone.now())
    AlertDeliveryJob.objects.create(delivery=delivery, alert=alert, job=job)
    data = json.loads(
        zipfile.ZipFile(io.BytesIO(personal_data_export(user=candidate))).read("data.json")
    )
    exported = {tuple(a["search"]["state"]): a for a in data["job_alerts"]}
    assert set(exported) == {("TX",), ("OH",)}
    assert exported[("TX",)]["sent"][0]["jobs"] == [{"id": job.pk, "title": job.title}]


def test_deleting_the_account_deletes_its_alerts(candidate, django_capture_on_commit_callbacks):
    make_alert(params={"state": "TX"}, user=candidate)
    make_alert(params={"state": "OH"}, email=candidate.email)
    other = make_alert(params={"state": "CA"}, email="someone@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=candidate)
    assert list(Alert.objects.all()) == [other]
