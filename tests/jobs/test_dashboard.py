from datetime import date

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from jobs.charts import bar_chart_svg
from jobs.factories import ClosedJobFactory, DraftJobFactory, PublishedJobFactory
from tests.html import find, find_all, section, text

pytestmark = pytest.mark.django_db


def render(organisation):
    request = RequestFactory().get("/")
    template = Template('{% include "applications/includes/dashboard_jobs.html" %}')
    return template.render(Context({"organisation": organisation, "request": request}))


def job_groups(page) -> dict[str, list[tuple[str, str]]]:
    """Each status heading of the dashboard -> its table's (job title, views) rows."""
    groups = {}
    for heading in find_all(section(page, "dashboard-jobs-heading"), "./h3"):
        rows = find_all(heading.getnext(), ".//tbody/tr")
        groups[text(heading)] = [(text(find(row, "./td[1]/a")), text(row[1])) for row in rows]
    return groups


def test_dashboard_groups_by_status_with_counts(organisation, other_member):
    PublishedJobFactory(organisation=organisation, title="Live tech", view_count=17)
    DraftJobFactory(organisation=organisation, title="Draft tech")
    ClosedJobFactory(organisation=organisation, title="Filled tech")
    PublishedJobFactory(title="Someone else's job")
    html = render(organisation)
    assert job_groups(html) == {
        "Published (1)": [("Live tech", "17")],
        "Draft (1)": [("Draft tech", "0")],
        "Closed (filled) (1)": [("Filled tech", "0")],
    }
    assert "Someone else" not in html
    chart = find(section(html, "dashboard-jobs-heading"), ".//figure/svg")
    assert chart.find("title") is not None and chart.find("desc") is not None


def test_dashboard_query_count_does_not_grow(organisation, django_assert_max_num_queries):
    PublishedJobFactory.create_batch(3, organisation=organisation)
    with django_assert_max_num_queries(3):
        render(organisation)
    PublishedJobFactory.create_batch(20, organisation=organisation)
    DraftJobFactory.create_batch(5, organisation=organisation)
    with django_assert_max_num_queries(3):
        render(organisation)


def test_employers_dashboard_shows_jobs(client, owner, organisation):
    PublishedJobFactory(organisation=organisation, title="Weekend tech")
    client.force_login(owner)
    response = client.get(reverse("employers:dashboard"))
    assert job_groups(response) == {"Published (1)": [("Weekend tech", "0")]}
    assert find_all(section(response, "dashboard-jobs-heading"), ".//figure/svg")


def test_employer_list_page(client, owner, organisation, django_assert_max_num_queries):
    jobs = PublishedJobFactory.create_batch(10, organisation=organisation)
    PublishedJobFactory(title="Someone else's job")
    client.force_login(owner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("jobs:employer_list"))
    assert response.status_code == 200
    (published,) = job_groups(response).values()
    assert sorted(title for title, _ in published) == sorted(job.title for job in jobs)


def test_chart_is_accessible_and_escaped():
    svg = bar_chart_svg(
        [(date(2026, 1, 1), 0), (date(2026, 1, 2), 3)], title="A <b>chart</b>", desc="Two days"
    )
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert '<title id="chart-title">A &lt;b&gt;chart&lt;/b&gt;</title>' in svg
    assert svg.count("<rect") == 2
    assert "2026-01-02: 3 applications" in svg
