import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.urls import reverse

from employers.factories import OwnerMembershipFactory, PendingOrganisationFactory
from employers.models import Organisation

pytestmark = pytest.mark.django_db
MODERATION = reverse("employers:moderation")


@pytest.fixture
def pending(db):
    org = PendingOrganisationFactory(name="Bayou Corner Drugs", flagged_free_mail=True)
    OwnerMembershipFactory(organisation=org, user__email="bayou@gmail.com")
    return org


def test_anonymous_is_sent_to_login(client, pending):
    responses = [
        client.get(MODERATION),
        client.post(reverse("employers:moderation_verify", args=[pending.pk])),
        client.post(reverse("employers:moderation_reject", args=[pending.pk]), {"reason": "x"}),
    ]
    for response in responses:
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    pending.refresh_from_db()
    assert pending.is_pending


@pytest.mark.parametrize("who", ["job_seeker", "owner", "recruiter"])
def test_non_moderators_get_403(client, pending, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(MODERATION).status_code == 403
    assert client.post(reverse("employers:moderation_verify", args=[pending.pk])).status_code == 403
    response = client.post(
        reverse("employers:moderation_reject", args=[pending.pk]), {"reason": "no"}
    )
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.is_pending
    assert mail.outbox == []


def test_moderator_sees_pending_with_identifiers_flag_and_owner(client, moderator, pending):
    client.force_login(moderator)
    response = client.get(MODERATION)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Bayou Corner Drugs" in content
    assert pending.npi in content
    assert "Free-mail sign-up" in content
    assert "bayou@gmail.com" in content


def test_moderator_verifies(client, moderator, pending, django_capture_on_commit_callbacks):
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("employers:moderation_verify", args=[pending.pk]))
    assert response.url == MODERATION
    pending.refresh_from_db()
    assert pending.is_verified and pending.verified_by == moderator
    assert mail.outbox[0].to == ["bayou@gmail.com"]


def test_moderator_rejects_and_the_owner_is_emailed_the_reason(
    client, moderator, pending, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("employers:moderation_reject", args=[pending.pk]),
            {"reason": "The NPI is registered to a different pharmacy."},
        )
    pending.refresh_from_db()
    assert pending.verification == Organisation.Verification.REJECTED
    (message,) = mail.outbox
    assert message.to == ["bayou@gmail.com"]
    assert "The NPI is registered to a different pharmacy." in message.body


def test_reject_without_reason_changes_nothing(client, moderator, pending):
    client.force_login(moderator)
    response = client.post(
        reverse("employers:moderation_reject", args=[pending.pk]), {"reason": " "}, follow=True
    )
    assert b"Give a reason" in response.content
    pending.refresh_from_db()
    assert pending.is_pending and mail.outbox == []


def test_verifying_twice_is_a_clear_message(
    client, moderator, pending, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    verify = reverse("employers:moderation_verify", args=[pending.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verify)
        response = client.post(verify, follow=True)
    assert b"nothing changed" in response.content
    assert len(mail.outbox) == 1


def test_moderation_list_query_count(client, moderator, django_assert_max_num_queries):
    for _ in range(10):
        org = PendingOrganisationFactory()
        OwnerMembershipFactory(organisation=org)
    client.force_login(moderator)
    with django_assert_max_num_queries(12):
        response = client.get(MODERATION)
    assert len(response.context["organisations"]) == 10


def test_moderator_link_in_the_header(client, moderator, owner):
    client.force_login(moderator)
    assert MODERATION.encode() in client.get(reverse("employers:start")).content
    client.force_login(owner)
    page = client.get(reverse("employers:dashboard"))
    assert MODERATION.encode() not in page.content
    assert reverse("employers:dashboard").encode() in page.content


def test_admin_actions_call_the_transitions(
    client, moderator, pending, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    changelist = reverse("admin:employers_organisation_changelist")
    assert client.get(changelist).status_code == 200

    # Reject asks for a reason first, then emails it.
    response = client.post(changelist, {"action": "reject", ACTION_CHECKBOX_NAME: [pending.pk]})
    assert response.status_code == 200 and b"reason" in response.content
    pending.refresh_from_db()
    assert pending.is_pending
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            changelist,
            {"action": "reject", ACTION_CHECKBOX_NAME: [pending.pk], "reason": "Unreachable."},
        )
    pending.refresh_from_db()
    assert pending.verification == Organisation.Verification.REJECTED
    assert "Unreachable." in mail.outbox[-1].body

    client.post(changelist, {"action": "verify", ACTION_CHECKBOX_NAME: [pending.pk]})
    pending.refresh_from_db()
    assert pending.is_verified


def test_employer_has_no_admin_access(client, owner):
    client.force_login(owner)
    response = client.get(reverse("admin:employers_organisation_changelist"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
