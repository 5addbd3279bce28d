import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from jobs.charts import bar_list, bar_width_class
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
        groups[text(heading)] = [
            (text(find(row, "./td[1]/a")), text(find(row, ".//span[@class='job-views']")))
            for row in rows
        ]
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
    assert find(section(html, "dashboard-jobs-heading"), ".//figure/figcaption") is not None


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
    assert find_all(section(response, "dashboard-jobs-heading"), ".//figure")


def test_employer_list_page(client, owner, organisation, django_assert_max_num_queries):
    jobs = PublishedJobFactory.create_batch(10, organisation=organisation)
    PublishedJobFactory(title="Someone else's job")
    client.force_login(owner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("jobs:employer_list"))
    assert response.status_code == 200
    (published,) = job_groups(response).values()
    assert sorted(title for title, _ in published) == sorted(job.title for job in jobs)


def test_bar_list_widths_are_relative_and_never_hide_a_non_zero_value():
    bars = bar_list([("Busy", 40, "/a/"), ("Quiet", 1, "/b/"), ("None", 0, "/c/")])
    assert [(bar.label, bar.value, bar.width_class) for bar in bars] == [
        ("Busy", 40, "w-100"),
        ("Quiet", 1, "w-5"),
        ("None", 0, "w-0"),
    ]
    assert bar_width_class(3, 4) == "w-75"
    assert bar_list([]) == []
