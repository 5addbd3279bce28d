"""Every aria-describedby on every form page names an element that exists, with and without
errors; every link of an error summary leads to an element that exists (docs/forms.md)."""

import pytest
from django.urls import reverse

from tests.html import find_all, parse
from tests.pages import PAGES_BY_ROLE, build_world, user_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def dangling_references(page) -> list[str]:
    """``aria-describedby`` / ``aria-labelledby`` ids and summary links with no element."""
    root = parse(page)
    ids = set(root.xpath("//@id"))
    dangling = []
    for element in root.xpath("//*[@aria-describedby or @aria-labelledby]"):
        for attribute in ("aria-describedby", "aria-labelledby"):
            for name in (element.get(attribute) or "").split():
                if name not in ids:
                    dangling.append(f'<{element.tag} {attribute}="{name}">')
    for link in root.xpath('//*[@data-error-summary]//a[starts-with(@href, "#")]'):
        if link.get("href")[1:] not in ids:
            dangling.append(f"summary link {link.get('href')}")
    return dangling


def summary_links(page) -> list[str]:
    return [a.get("href") for a in find_all(page, "//*[@data-error-summary]//a")]


@pytest.mark.parametrize("role", list(PAGES_BY_ROLE))
def test_every_page_of_every_role_references_only_ids_that_exist(client, world, role):
    user = user_of(world, role)
    if user:
        client.force_login(user)
    for url in PAGES_BY_ROLE[role](world):
        response = client.get(url)
        assert response.status_code == 200, url
        assert dangling_references(response) == [], url


def _invalid_submissions(world):
    """(role, url, data): a submission each form page answers with its errors."""
    slug = world.organisation.slug
    return [
        ("anonymous", reverse("account_signup"), {"email": "not-an-email", "password1": "a"}),
        ("anonymous", reverse("account_login"), {"login": "x@example.com", "password": "no"}),
        ("anonymous", reverse("account_reset_password"), {"email": "not-an-email"}),
        ("anonymous", reverse("jobs:report", args=[world.job.pk]), {}),
        ("new job seeker", reverse("candidates:start"), {"zip_code": "12", "work_states": ["ZZ"]}),
        (
            "job seeker",
            reverse("candidates:profile_edit"),
            {"zip_code": "12", "work_states": ["ZZ"], "visibility": "nope"},
        ),
        ("job seeker", reverse("candidates:credential_add_national"), {"issued_on": "x"}),
        ("job seeker", reverse("candidates:credential_add_state"), {"state": "TX"}),
        ("job seeker", reverse("candidates:credential_edit", args=[world.credential.pk]), {}),
        ("job seeker", reverse("candidates:work_add"), {"started_on": "x"}),
        ("job seeker", reverse("candidates:work_edit", args=[world.work.pk]), {}),
        ("job seeker", reverse("candidates:resumes"), {}),
        ("job seeker", reverse("applications:apply", args=[world.other_job.pk]), {}),
        ("job seeker", reverse("privacy:account_delete"), {"password": "wrong"}),
        (
            "job seeker",
            reverse("account_change_password"),
            {"oldpassword": "wrong", "password1": "a", "password2": "b"},
        ),
        ("employer", reverse("employers:edit", args=[slug]), {"name": "", "npi": "12"}),
        ("employer", reverse("employers:invite", args=[slug]), {"email": "not-an-email"}),
        ("employer", reverse("jobs:create"), {"title": ""}),
        ("employer", reverse("jobs:edit", args=[world.job.pk]), {"title": ""}),
    ]


INVALID_CASES = 19


def test_the_invalid_submissions_cover_every_form_page_once(world):
    cases = _invalid_submissions(world)
    assert len(cases) == INVALID_CASES
    assert len({url for _role, url, _data in cases}) == INVALID_CASES


@pytest.mark.parametrize("case", range(INVALID_CASES))
def test_a_failed_submission_shows_a_summary_and_references_only_ids_that_exist(
    client, world, case
):
    role, url, data = _invalid_submissions(world)[case]
    user = user_of(world, role)
    if user:
        client.force_login(user)
    response = client.post(url, data)
    assert response.status_code in (200, 400), (url, response.status_code)
    links = summary_links(response)
    assert links, f"{url}: no error summary"
    assert dangling_references(response) == [], url
    # Each field in error is linked from the summary and described by its message.
    root = parse(response)
    for message in root.xpath('//ul[@class="errorlist"][@id]'):
        described = root.xpath(
            f'//*[contains(concat(" ", @aria-describedby, " "), " {message.get("id")} ")]'
        )
        assert described, f"{url}: nothing is described by #{message.get('id')}"
