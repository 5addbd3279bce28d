"""Every employers URL against every kind of visitor."""

import pytest
from django.urls import reverse

from employers.factories import (
    InvitationFactory,
    OwnerMembershipFactory,
    PendingOrganisationFactory,
    RecruiterMembershipFactory,
)
from employers.models import Invitation, Membership, Organisation

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "job_seeker", "outsider", "recruiter", "owner", "moderator"]
LOGIN = "login"
SEEKER_AND_STAFF_403 = {"job_seeker": 403, "moderator": 403}
ORG_MEMBERS = {"anonymous": LOGIN, **SEEKER_AND_STAFF_403, "outsider": 404}
MODERATORS_ONLY = {
    "anonymous": LOGIN,
    "job_seeker": 403,
    "outsider": 403,
    "recruiter": 403,
    "owner": 403,
}

# url name, method, expected status per role (LOGIN = redirect to sign-in).
MATRIX = [
    (
        "start",
        "get",
        {
            "anonymous": 200,
            "job_seeker": 200,
            "outsider": 302,
            "recruiter": 302,
            "owner": 302,
            "moderator": 200,
        },
    ),
    (
        "create",
        "get",
        {
            "anonymous": LOGIN,
            **SEEKER_AND_STAFF_403,
            "outsider": 302,
            "recruiter": 302,
            "owner": 302,
        },
    ),
    (
        "dashboard",
        "get",
        {
            "anonymous": LOGIN,
            **SEEKER_AND_STAFF_403,
            "outsider": 200,
            "recruiter": 200,
            "owner": 200,
        },
    ),
    ("organisation", "get", dict.fromkeys(ROLES, 200)),
    (
        "pending_organisation",
        "get",
        {
            "anonymous": 404,
            "job_seeker": 404,
            "outsider": 404,
            "recruiter": 200,
            "owner": 200,
            "moderator": 200,
        },
    ),
    ("edit", "get", {**ORG_MEMBERS, "recruiter": 200, "owner": 200}),
    ("edit", "post", {**ORG_MEMBERS, "recruiter": 302, "owner": 302}),
    ("members", "get", {**ORG_MEMBERS, "recruiter": 200, "owner": 200}),
    ("invite", "post", {**ORG_MEMBERS, "recruiter": 403, "owner": 302}),
    ("member_remove", "post", {**ORG_MEMBERS, "recruiter": 403, "owner": 302}),
    ("invitation_revoke", "post", {**ORG_MEMBERS, "recruiter": 403, "owner": 302}),
    ("invitation_accept", "get", dict.fromkeys(ROLES, 200)),
    ("moderation", "get", {**MODERATORS_ONLY, "moderator": 200}),
    ("moderation_verify", "post", {**MODERATORS_ONLY, "moderator": 302}),
    ("moderation_reject", "post", {**MODERATORS_ONLY, "moderator": 302}),
]


@pytest.fixture
def world(organisation, owner, recruiter, outsider, job_seeker, moderator):
    pending = PendingOrganisationFactory(name="Pending Pharmacy")  # for the moderation URLs
    target = RecruiterMembershipFactory(organisation=organisation)
    invitation = InvitationFactory(organisation=organisation, email="someone@example.com")
    OwnerMembershipFactory(organisation=pending)
    return {
        "organisation": organisation,
        "pending": pending,
        "target": target,
        "invitation": invitation,
        "users": {
            "anonymous": None,
            "job_seeker": job_seeker,
            "outsider": outsider,
            "recruiter": recruiter,
            "owner": owner,
            "moderator": moderator,
        },
    }


def url_for(name, world):
    org = world["organisation"]
    return {
        "start": reverse("employers:start"),
        "create": reverse("employers:create"),
        "dashboard": reverse("employers:dashboard"),
        "organisation": org.get_absolute_url(),
        "pending_organisation": org.get_absolute_url(),
        "edit": reverse("employers:edit", args=[org.slug]),
        "members": reverse("employers:members", args=[org.slug]),
        "invite": reverse("employers:invite", args=[org.slug]),
        "member_remove": reverse("employers:member_remove", args=[org.slug, world["target"].pk]),
        "invitation_revoke": reverse(
            "employers:invitation_revoke", args=[org.slug, world["invitation"].pk]
        ),
        "invitation_accept": reverse(
            "employers:invitation_accept", args=[world["invitation"].token]
        ),
        "moderation": reverse("employers:moderation"),
        "moderation_verify": reverse("employers:moderation_verify", args=[world["pending"].pk]),
        "moderation_reject": reverse("employers:moderation_reject", args=[world["pending"].pk]),
    }[name]


POST_DATA = {
    "edit": {"name": "Renamed", "hq_state": "TX", "npi": "1234567893", "about": "<p>x</p>"},
    "invite": {"email": "new.person@example.com"},
    "member_remove": {"confirm": "yes"},
    "moderation_reject": {"reason": "Could not confirm the NPI."},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method,expected", MATRIX, ids=[f"{n}-{m}" for n, m, _ in MATRIX])
def test_permission_matrix(client, world, name, method, expected, role):
    if name == "pending_organisation":  # the same organisation, before verification
        org = world["organisation"]
        org.verification = Organisation.Verification.PENDING
        org.save()
    user = world["users"][role]
    if user:
        client.force_login(user)
    before = snapshot(world)
    url = url_for(name, world)
    send = client.post if method == "post" else client.get
    response = send(url, POST_DATA.get(name, {}))

    want = expected[role]
    if want == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    else:
        assert response.status_code == want, response.content[:300]
    if method == "post" and want in (LOGIN, 403, 404):
        assert snapshot(world) == before, "a refused request changed something"


def snapshot(world):
    org = Organisation.objects.get(pk=world["organisation"].pk)
    pending = Organisation.objects.get(pk=world["pending"].pk)
    return (
        org.name,
        org.about,
        pending.verification,
        Membership.objects.count(),
        Invitation.objects.count(),
        Invitation.objects.filter(revoked_at__isnull=False).count(),
    )


@pytest.mark.parametrize(
    "name", ["edit", "members", "invite", "member_remove", "invitation_revoke"]
)
def test_unknown_slug_is_404_for_a_member(client, owner, world, name):
    client.force_login(owner)
    url = url_for(name, world).replace(world["organisation"].slug, "no-such-org")
    response = client.post(url) if name not in ("edit", "members") else client.get(url)
    assert response.status_code == 404


def test_another_organisations_membership_id_is_404(client, owner, outsider, world):
    client.force_login(owner)
    theirs = outsider.memberships.get()
    url = reverse("employers:member_remove", args=[world["organisation"].slug, theirs.pk])
    assert client.post(url).status_code == 404
    assert Membership.objects.filter(pk=theirs.pk).exists()


def test_another_organisations_invitation_id_is_404(client, owner, outsider, world):
    theirs = InvitationFactory(organisation=outsider.memberships.get().organisation)
    client.force_login(owner)
    url = reverse("employers:invitation_revoke", args=[world["organisation"].slug, theirs.pk])
    assert client.post(url).status_code == 404
    theirs.refresh_from_db()
    assert theirs.revoked_at is None


def test_get_on_post_only_urls_is_refused(client, owner, world):
    client.force_login(owner)
    for name in ["invite", "invitation_revoke"]:
        assert client.get(url_for(name, world)).status_code == 405
    # A GET on "remove" is its confirmation page: it asks, and removes nobody.
    assert client.get(url_for("member_remove", world)).status_code == 200
    assert Membership.objects.filter(pk=world["target"].pk).exists()
