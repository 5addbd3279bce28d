"""Every employer and moderation job URL × anonymous, job seeker, member of another
organisation, recruiter, owner, moderator.

Decision: recruiters may do every job action (none is owner-only). Wrong role → 403,
another organisation → 404, anonymous → login.
"""

import pytest
from django.urls import reverse

from jobs.factories import ClosedJobFactory, DraftJobFactory, PendingJobFactory
from jobs.models import Job

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"

# (url name, method, which job, expected status for a member)
EMPLOYER_URLS = [
    ("employer_list", "get", None, 200),
    ("create", "get", None, 200),
    ("state_policy", "get", None, 200),
    ("edit", "get", "draft", 200),
    ("preview", "get", "draft", 200),
    ("submit", "post", "draft", 302),
    ("duplicate", "post", "draft", 302),
    ("renew", "post", "closed", 302),
    ("mark_filled", "post", "pending", 302),
    ("delete", "post", "draft", 302),
]
MODERATION_URLS = [
    ("moderation", "get", None, 200),
    ("mod_approve", "post", "pending", 302),
    ("mod_reject", "post", "pending", 200),  # the confirmation page; nothing changes yet
    ("mod_dismiss_reports", "post", "pending", 302),
    ("mod_uphold_reports", "post", "pending", 200),
]


@pytest.fixture
def jobs(organisation):
    return {
        "draft": DraftJobFactory(organisation=organisation),
        "closed": ClosedJobFactory(organisation=organisation),
        "pending": PendingJobFactory(organisation=organisation, hold_reasons=["x"]),
    }


@pytest.fixture
def people(owner, recruiter, other_member, seeker, moderator):
    return {
        "anonymous": None,
        "seeker": seeker,
        "other_member": other_member,
        "recruiter": recruiter,
        "owner": owner,
        "moderator": moderator,
    }


def call(client, person, name, method, job):
    if person is not None:
        client.force_login(person)
    url = reverse(f"jobs:{name}", args=[job.pk] if job else [])
    return getattr(client, method)(url)


def snapshot():
    return sorted(Job.objects.values_list("pk", "status", "title"))


@pytest.mark.parametrize(("name", "method", "which", "member_status"), EMPLOYER_URLS)
@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anonymous", "login"),
        ("seeker", 403),
        ("moderator", 403),
        ("other_member", 404),
        ("recruiter", "member"),
        ("owner", "member"),
    ],
)
def test_employer_urls(client, jobs, people, name, method, which, member_status, who, expected):
    job = jobs[which] if which else None
    before = snapshot()
    response = call(client, people[who], name, method, job)
    if expected == "login":
        assert response.status_code == 302 and response.url.startswith(LOGIN)
    elif expected == "member":
        assert response.status_code == member_status
        return
    elif expected == 404 and job is None:
        # Pages without a job id show the outsider their own organisation's data.
        assert response.status_code == member_status
        return
    else:
        assert response.status_code == expected
    assert snapshot() == before


@pytest.mark.parametrize(("name", "method", "which", "allowed_status"), MODERATION_URLS)
@pytest.mark.parametrize(
    "who", ["anonymous", "seeker", "other_member", "recruiter", "owner", "moderator"]
)
def test_moderation_urls(client, jobs, people, name, method, which, allowed_status, who):
    job = jobs[which] if which else None
    before = snapshot()
    response = call(client, people[who], name, method, job)
    if who == "moderator":
        assert response.status_code == allowed_status
        return
    if who == "anonymous":
        assert response.status_code == 302 and response.url.startswith(LOGIN)
    else:
        assert response.status_code == 403
    assert snapshot() == before


def test_employer_without_organisation_is_sent_to_create_one(client, employer_without_org):
    client.force_login(employer_without_org)
    response = client.get(reverse("jobs:create"))
    assert response.status_code == 302 and response.url == reverse("employers:create")


@pytest.mark.parametrize("status_factory", [DraftJobFactory, PendingJobFactory])
def test_unpublished_job_page_is_404_to_outsiders(
    client, organisation, other_member, seeker, owner, moderator, status_factory
):
    job = status_factory(organisation=organisation)
    url = job.get_absolute_url()
    assert client.get(url).status_code == 404
    for outsider in (seeker, other_member):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    for insider in (owner, moderator):
        client.force_login(insider)
        response = client.get(url)
        assert response.status_code == 200
        assert 'name="robots" content="noindex"' in response.content.decode()


def test_report_needs_no_sign_in(client, published):
    response = client.post(reverse("jobs:report", args=[published.pk]), {"reason": "scam"})
    assert response.status_code == 302 and response.url == reverse("jobs:report_thanks")
    assert published.reports.get().reporter is None
