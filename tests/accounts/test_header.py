"""The header: logo mark, one role menu with the role's links, the admin link for the people who
work in Wagtail, and no extra query for any of it."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.factories import (
    CounsellorFactory,
    EmployerUserFactory,
    JobSeekerFactory,
    ModeratorFactory,
    UserFactory,
)
from tests.html import find, hrefs, text

pytestmark = pytest.mark.django_db

ADMIN = reverse("wagtailadmin_home")


def role_menu(client, user, url="/jobs/"):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return find(response, '//nav[@aria-label="Account"]//details[@class="role-menu"]')


def test_logo_mark_is_a_committed_svg_shown_beside_the_name(client):
    brand = find(client.get("/jobs/"), '//a[@class="site-header__brand"]')
    mark = find(brand, ".//img")
    assert mark.get("src").endswith("img/logo-mark.svg")
    assert mark.get("alt") == ""  # the link's text names it
    assert text(brand) == "RxTech Careers"
    svg = Path(settings.BASE_DIR, "static/img/logo-mark.svg").read_text()
    assert svg.startswith("<svg") and "<title>RxTech Careers</title>" in svg


def test_anonymous_visitors_get_sign_in_links_and_no_menu(client):
    account = find(client.get("/jobs/"), '//nav[@aria-label="Account"]')
    assert not account.xpath(".//details")
    assert hrefs(account) == [reverse("account_login"), reverse("account_signup")]


def test_job_seeker_menu(client):
    menu = role_menu(client, JobSeekerFactory(email="maria@example.com"))
    assert text(find(menu, "./summary")) == "Job seeker menu"
    assert hrefs(menu) == [
        reverse("candidates:dashboard"),
        reverse("applications:my_applications"),
        reverse("applications:saved_jobs"),
    ]
    assert "maria@example.com" in text(find(menu, './/li[@class="role-menu__who"]'))
    assert find(menu, './/button[@type="submit"]').text == "Sign out"


def test_employer_menu_has_no_admin_link(client):
    menu = role_menu(client, EmployerUserFactory())
    assert text(find(menu, "./summary")) == "Employer menu"
    assert hrefs(menu) == [reverse("employers:dashboard"), reverse("jobs:employer_list")]


def test_counsellor_gets_the_wagtail_admin_link(client):
    menu = role_menu(client, CounsellorFactory())
    assert text(find(menu, "./summary")) == "Career counsellor menu"
    assert hrefs(menu) == [ADMIN]
    assert text(find(menu, f'.//a[@href="{ADMIN}"]')) == "Guides admin"


def test_moderator_gets_both_queues_and_the_admin_link(client):
    menu = role_menu(client, ModeratorFactory())
    assert text(find(menu, "./summary")) == "Moderator menu"
    assert hrefs(menu) == [reverse("employers:moderation"), reverse("jobs:moderation"), ADMIN]


def test_staff_without_wagtail_access_get_no_admin_link(client):
    menu = role_menu(client, UserFactory(is_staff=True, role="staff"))
    assert ADMIN not in hrefs(menu)


def test_the_groups_are_read_once_per_request(client):
    """The mixin's role check, the role name and the admin link share one groups query."""
    moderator = ModeratorFactory()
    client.force_login(moderator)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("jobs:moderation"))
    assert response.status_code == 200
    group_queries = [q["sql"] for q in queries if 'user_groups"' in q["sql"]]
    assert len(group_queries) == 1, group_queries
