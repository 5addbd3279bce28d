"""Anyone can report a job: anonymous reports, the honeypot, the per-IP limit, distinct
reporters before a job is hidden, and the thank-you page."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from accounts.factories import JobSeekerFactory
from jobs import services
from jobs.factories import PublishedJobFactory
from jobs.models import JobActionRefused, JobReport
from jobs.models.report import REPORTS_TO_HIDE


@pytest.fixture(autouse=True)
def _empty_rate_limits(db):
    cache.clear()
    yield
    cache.clear()


def _report(client, job, ip="203.0.113.7", **data):
    return client.post(
        reverse("jobs:report", args=[job.pk]),
        {"reason": "scam", "text": "Asked for a fee", **data},
        REMOTE_ADDR=ip,
    )


def test_the_job_page_offers_everyone_a_report_link(client, published):
    page = client.get(published.get_absolute_url()).content.decode()
    assert reverse("jobs:report", args=[published.pk]) in page
    assert "to report this job" not in page


def test_an_anonymous_visitor_sees_the_form_and_a_thank_you(client, published):
    assert client.get(reverse("jobs:report", args=[published.pk])).status_code == 200
    response = _report(client, published)
    assert response.status_code == 302
    assert response["Location"] == reverse("jobs:report_thanks")
    assert "Thank you for your report" in client.get(response["Location"]).content.decode()
    report = JobReport.objects.get()
    assert report.reporter is None and report.reporter_ip_hash
    assert "203.0.113.7" not in report.reporter_ip_hash


def test_a_signed_in_reporter_sees_the_thank_you_too(client, published, seeker):
    client.force_login(seeker)
    response = _report(client, published)
    assert response["Location"] == reverse("jobs:report_thanks")
    assert JobReport.objects.get().reporter == seeker


def test_the_honeypot_looks_accepted_and_stores_nothing(client, published):
    response = _report(client, published, website="http://spam.example")
    assert response["Location"] == reverse("jobs:report_thanks")
    assert not JobReport.objects.exists()


def test_the_eleventh_report_from_one_ip_in_an_hour_is_refused(client, organisation):
    jobs = PublishedJobFactory.create_batch(11, organisation=organisation)
    for job in jobs[:10]:
        assert _report(client, job).status_code == 302
    response = _report(client, jobs[10])
    assert response.status_code == 429
    assert JobReport.objects.count() == 10
    assert not JobReport.objects.filter(job=jobs[10]).exists()
    # Another address is not limited by the first one's reports.
    assert _report(client, jobs[10], ip="198.51.100.4").status_code == 302


def test_behind_a_proxy_the_limit_keys_on_the_client_not_the_proxy(client, organisation, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    jobs = PublishedJobFactory.create_batch(11, organisation=organisation)
    for number, job in enumerate(jobs):
        response = client.post(
            reverse("jobs:report", args=[job.pk]),
            {"reason": "scam"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number + 1}",
        )
        assert response.status_code == 302
    assert JobReport.objects.count() == 11


def test_a_second_anonymous_report_from_the_same_ip_is_not_stored(client, published):
    _report(client, published)
    response = _report(client, published)
    assert response["Location"] == reverse("jobs:report_thanks")
    assert JobReport.objects.count() == 1


def test_one_person_cannot_hide_a_job(published):
    seeker, second_account = JobSeekerFactory(), JobSeekerFactory()
    ip = "203.0.113.9"
    services.job_report(job=published, reporter=seeker, ip_address=ip, reason="scam")
    with pytest.raises(JobActionRefused):
        services.job_report(job=published, reporter=seeker, ip_address=ip, reason="scam")
    # Signed out, then a second account, from the same network: still one reporter.
    services.job_report(job=published, ip_address=ip, reason="scam")
    services.job_report(job=published, reporter=second_account, ip_address=ip, reason="spam")
    published.refresh_from_db()
    assert JobReport.objects.filter(job=published).count() == 3
    assert not published.hidden_by_reports


def test_three_distinct_reporters_hide_a_job(client, published):
    for number in range(REPORTS_TO_HIDE):
        _report(client, published, ip=f"198.51.100.{number + 1}")
    published.refresh_from_db()
    assert published.hidden_by_reports
    assert not published.is_visible


def test_a_job_that_is_not_live_cannot_be_reported(client, organisation):
    from jobs.factories import DraftJobFactory

    draft = DraftJobFactory(organisation=organisation)
    assert client.get(reverse("jobs:report", args=[draft.pk])).status_code == 404
    assert _report(client, draft).status_code == 404
