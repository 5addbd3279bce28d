"""Once you applied, the job page says "Applied on …" with a link instead of "Apply now"; a
filled (or removed) job shows on the application pages."""

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_job_page_says_applied_on_with_a_link(client, candidate, job, application):
    client.force_login(candidate)
    page = client.get(job.get_absolute_url()).content.decode()
    assert "Apply now" not in page
    date = timezone.localtime(application.created_at).strftime("%b %-d, %Y")
    assert f">{date}</time>" in page
    assert "Applied on <time" in page
    link = reverse("applications:my_application", kwargs={"pk": application.pk})
    assert f'class="button button--secondary" href="{link}"' in page


def test_job_page_says_apply_now_before_applying(client, candidate, job):
    client.force_login(candidate)
    page = client.get(job.get_absolute_url()).content.decode()
    assert "Apply now" in page
    assert "Applied on" not in page


def test_someone_elses_application_does_not_change_my_job_page(
    client, other_candidate, job, application
):
    client.force_login(other_candidate)
    page = client.get(job.get_absolute_url()).content.decode()
    assert "Apply now" in page
    assert "Applied on" not in page


def test_a_filled_job_updates_the_application_pages(client, candidate, job, application):
    job.mark_filled()
    client.force_login(candidate)
    page = client.get(application.get_absolute_url()).content.decode()
    assert "The employer has filled this position" in page
    assert '<strong class="application-status">Submitted</strong>' in page
    listing = client.get(reverse("applications:my_applications")).content.decode()
    assert "Position filled" in listing


def test_an_open_job_has_no_filled_notice(client, candidate, application):
    client.force_login(candidate)
    page = client.get(application.get_absolute_url()).content.decode()
    assert "job-closed-notice" not in page
    listing = client.get(reverse("applications:my_applications")).content.decode()
    assert "Position filled" not in listing


def test_a_taken_down_job_says_so_and_has_no_job_link(client, candidate, job, application):
    job.take_down(reason="Scam")
    client.force_login(candidate)
    page = client.get(application.get_absolute_url()).content.decode()
    assert "This job was taken off the site." in page
    assert f'href="{reverse("jobs:detail", args=[job.pk])}"' not in page
