from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from applications.templatetags.applications_dashboard import applications_per_day


def render(organisation):
    template = Template('{% include "applications/includes/dashboard_jobs.html" %}')
    return template.render(
        Context({"organisation": organisation, "request": RequestFactory().get("/")})
    )


def test_dashboard_counts_applications_and_links_to_applicants(application):
    organisation = application.job.organisation
    html = render(organisation)
    assert reverse("applications:applicants", args=[application.job.pk]) in html
    assert "1 application in the last 30 days" in html
    series = applications_per_day(organisation)
    assert len(series) == 30
    assert series[-1][1] == 1
    assert sum(n for _, n in series) == 1
