import pytest
from django.urls import reverse

from accounts.factories import JobSeekerFactory
from jobs import services
from jobs.factories import PendingJobFactory
from jobs.models import Job

pytestmark = pytest.mark.django_db


def test_queue_shows_hold_reasons_and_reports(client, moderator, organisation, published):
    held = PendingJobFactory(
        organisation=organisation, title="Held tech", hold_reasons=["Asks for a training fee"]
    )
    PendingJobFactory(organisation=organisation, title="Waiting for verification")
    for _ in range(3):
        services.job_report(
            job=published, reporter=JobSeekerFactory(), reason="scam", text="Wanted $50"
        )
    client.force_login(moderator)
    html = client.get(reverse("jobs:moderation")).content.decode()
    assert "Held tech" in html and "Asks for a training fee" in html
    assert "Waiting for verification" not in html
    assert "3 open reports" in html and "Wanted $50" in html and "hidden" in html

    client.post(reverse("jobs:mod_approve", args=[held.pk]))
    held.refresh_from_db()
    assert held.status == Job.Status.PUBLISHED
    client.post(reverse("jobs:mod_dismiss_reports", args=[published.pk]))
    published.refresh_from_db()
    assert published in Job.objects.visible()


def test_admin_lists_jobs_and_reports(admin_client, published):
    assert admin_client.get(reverse("admin:jobs_job_changelist")).status_code == 200
    assert (
        admin_client.get(reverse("admin:jobs_job_change", args=[published.pk])).status_code == 200
    )
    assert admin_client.get(reverse("admin:jobs_jobreport_changelist")).status_code == 200
    admin_client.post(
        reverse("admin:jobs_job_changelist"),
        {"action": "take_down", "_selected_action": [published.pk]},
    )
    published.refresh_from_db()
    assert published.status == Job.Status.TAKEN_DOWN  # its own status since issue 11
    assert published.decisions.get().reason
