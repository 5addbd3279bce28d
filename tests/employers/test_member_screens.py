"""Issue 14, employer screens: removing a member is asked first (a GET never acts), members
stack on phones, and inviting a job-seeker's address says what to do instead."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.factories import JobSeekerFactory
from employers.models import Invitation, Membership
from tests.html import find, find_all, text

pytestmark = pytest.mark.django_db


def remove_url(organisation, membership):
    return reverse("employers:member_remove", args=[organisation.slug, membership.pk])


def test_remove_asks_first_and_a_get_never_acts(client, organisation, owner, recruiter):
    membership = recruiter.memberships.get()
    client.force_login(owner)
    members = client.get(reverse("employers:members", args=[organisation.slug]))
    links = [a.get("href") for a in find_all(members, "//td/a[contains(@class, 'button--danger')]")]
    assert remove_url(organisation, membership) in links
    page = client.get(remove_url(organisation, membership))
    assert page.status_code == 200
    assert "Remove" in text(find(page, "//h1"))
    form = find(page, f"//form[@action='{remove_url(organisation, membership)}']")
    assert find(form, ".//input[@name='confirm']").get("value") == "yes"
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_post_without_the_confirmation_only_asks(client, organisation, owner, recruiter):
    membership = recruiter.memberships.get()
    client.force_login(owner)
    response = client.post(remove_url(organisation, membership))
    assert response.status_code == 200
    assert Membership.objects.filter(pk=membership.pk).exists()
    response = client.post(remove_url(organisation, membership), {"confirm": "yes"})
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("job_seeker", 403), ("outsider", 404), ("recruiter", 403)],
)
def test_remove_confirmation_page_permissions(
    client, request, organisation, owner, recruiter, who, expected
):
    membership = owner.memberships.get()
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    assert client.get(remove_url(organisation, membership)).status_code == expected
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_members_list_stacks_on_phones(client, organisation, owner, recruiter):
    client.force_login(owner)
    page = client.get(reverse("employers:members", args=[organisation.slug]))
    table = find(page, "//table")
    assert "table-stack" in table.get("class")
    labels = {cell.get("data-label") for cell in find_all(table, ".//td[@data-label]")}
    assert labels == {"Name", "Email", "Role"}


def test_inviting_a_job_seeker_address_says_what_to_do(client, organisation, owner):
    JobSeekerFactory(email="casey@example.com")
    client.force_login(owner)
    mail.outbox.clear()
    response = client.post(
        reverse("employers:invite", args=[organisation.slug]), {"email": "Casey@example.com"}
    )
    assert response.status_code == 400
    errors = text(find(response, "//*[@id='id_email_error']"))
    assert "belongs to a job-seeker account" in errors
    assert "Invite their work address instead" in errors
    assert not Invitation.objects.exists() and mail.outbox == []
