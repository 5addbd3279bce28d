from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.factories import EmployerUserFactory, JobSeekerFactory
from employers.factories import InvitationFactory, OwnerMembershipFactory
from employers.models import Invitation, Membership

pytestmark = pytest.mark.django_db


def accept_url(token):
    return reverse("employers:invitation_accept", kwargs={"token": token})


def test_owner_invites_by_email_and_the_link_works_once(
    client, organisation, owner, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("employers:invite", args=[organisation.slug]),
            {"email": "New.Tech@Example.com"},
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "new.tech@example.com"
    assert invitation.expires_at - timezone.now() > timedelta(days=6, hours=23)
    (message,) = mail.outbox
    assert message.to == ["new.tech@example.com"]
    token = message.body.split("/employers/invitations/")[1].split("/")[0]
    assert token not in invitation.token_hash  # only the hash is stored

    invitee = EmployerUserFactory(email="new.tech@example.com")
    client.force_login(invitee)
    page = client.get(accept_url(token))
    assert page.status_code == 200 and b"Accept and join" in page.content
    response = client.post(accept_url(token))
    assert response.url == reverse("employers:dashboard")
    membership = Membership.objects.get(user=invitee)
    assert membership.organisation == organisation
    assert membership.role == Membership.Role.RECRUITER

    # Reuse: by the same person or anyone else.
    again = client.post(accept_url(token))
    assert again.status_code == 410
    assert b"already been used" in again.content
    client.logout()
    assert client.get(accept_url(token)).status_code == 410


def test_expired_invitation_fails(client, organisation):
    invitation = InvitationFactory(
        organisation=organisation,
        email="late@example.com",
        expires_at=timezone.now() - timedelta(minutes=1),
    )
    user = EmployerUserFactory(email="late@example.com")
    client.force_login(user)
    response = client.post(accept_url(invitation.token))
    assert response.status_code == 410
    assert b"expired" in response.content
    assert not Membership.objects.filter(user=user).exists()


def test_revoked_invitation_fails(client, organisation, owner):
    invitation = InvitationFactory(organisation=organisation, email="x@example.com")
    client.force_login(owner)
    client.post(reverse("employers:invitation_revoke", args=[organisation.slug, invitation.pk]))
    client.force_login(EmployerUserFactory(email="x@example.com"))
    assert client.post(accept_url(invitation.token)).status_code == 410


def test_unknown_token_is_404(client):
    assert client.get(accept_url("not-a-token")).status_code == 404


def test_anonymous_is_asked_to_sign_in_with_the_invited_email(client, organisation):
    invitation = InvitationFactory(organisation=organisation, email="me@example.com")
    page = client.get(accept_url(invitation.token))
    assert page.status_code == 200
    assert b"me@example.com" in page.content
    assert reverse("account_login").encode() in page.content
    response = client.post(accept_url(invitation.token))
    assert response.url.startswith(reverse("account_login"))
    assert Invitation.objects.get().accepted_at is None


def test_signed_in_with_another_email_cannot_accept(client, organisation):
    invitation = InvitationFactory(organisation=organisation, email="right@example.com")
    client.force_login(EmployerUserFactory(email="wrong@example.com"))
    response = client.post(accept_url(invitation.token))
    assert response.status_code == 403
    assert Invitation.objects.get().accepted_at is None
    assert Membership.objects.filter(user__email="wrong@example.com").count() == 0


def test_job_seeker_account_cannot_accept(client, organisation):
    invitation = InvitationFactory(organisation=organisation, email="seeker@example.com")
    client.force_login(JobSeekerFactory(email="seeker@example.com"))
    assert client.post(accept_url(invitation.token)).status_code == 403
    assert Invitation.objects.get().accepted_at is None


def test_member_of_another_organisation_cannot_accept(client, organisation, outsider):
    invitation = InvitationFactory(organisation=organisation, email=outsider.email)
    client.force_login(outsider)
    assert client.post(accept_url(invitation.token)).status_code == 409
    assert Invitation.objects.get().accepted_at is None
    assert outsider.memberships.get().organisation != organisation


def test_inviting_an_existing_member_is_a_form_error(client, organisation, owner, recruiter):
    client.force_login(owner)
    response = client.post(
        reverse("employers:invite", args=[organisation.slug]), {"email": recruiter.email}
    )
    assert response.status_code == 400
    assert "already a member" in " ".join(response.context["invitation_form"].errors["email"])
    assert Invitation.objects.count() == 0
    assert mail.outbox == []


def test_bad_email_is_a_form_error(client, organisation, owner):
    client.force_login(owner)
    response = client.post(
        reverse("employers:invite", args=[organisation.slug]), {"email": "not-an-email"}
    )
    assert response.status_code == 400
    assert Invitation.objects.count() == 0


def test_reinviting_replaces_the_open_invitation(
    client, organisation, owner, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    url = reverse("employers:invite", args=[organisation.slug])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"email": "twice@example.com"})
        client.post(url, {"email": "twice@example.com"})
    assert Invitation.objects.open().count() == 1
    first_token = mail.outbox[0].body.split("/employers/invitations/")[1].split("/")[0]
    client.force_login(EmployerUserFactory(email="twice@example.com"))
    assert client.post(accept_url(first_token)).status_code == 410


def test_owner_removes_a_recruiter(client, organisation, owner, recruiter):
    client.force_login(owner)
    membership = recruiter.memberships.get()
    response = client.post(
        reverse("employers:member_remove", args=[organisation.slug, membership.pk]),
        {"confirm": "yes"},
    )
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_last_owner_cannot_be_removed(client, organisation, owner):
    client.force_login(owner)
    membership = owner.memberships.get()
    response = client.post(
        reverse("employers:member_remove", args=[organisation.slug, membership.pk]),
        {"confirm": "yes"},
        follow=True,
    )
    assert b"at least one owner" in response.content
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_an_owner_can_leave_when_another_owner_remains(client, organisation, owner):
    OwnerMembershipFactory(organisation=organisation)
    client.force_login(owner)
    membership = owner.memberships.get()
    client.post(
        reverse("employers:member_remove", args=[organisation.slug, membership.pk]),
        {"confirm": "yes"},
    )
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_members_page_query_count(client, organisation, owner, django_assert_max_num_queries):
    for _ in range(8):
        OwnerMembershipFactory(organisation=organisation)
        InvitationFactory(organisation=organisation)
    client.force_login(owner)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("employers:members", args=[organisation.slug]))
    assert response.status_code == 200
    assert len(response.context["members"]) == 9
