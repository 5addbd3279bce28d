import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from employers.access import (
    can_view_organisation,
    memberships_for,
    organisation_for,
    require_member,
)
from employers.factories import OwnerMembershipFactory, PendingOrganisationFactory

pytestmark = pytest.mark.django_db


def test_memberships_and_organisation_for(organisation, owner, recruiter, job_seeker):
    assert organisation_for(owner) == organisation
    assert organisation_for(recruiter) == organisation
    assert organisation_for(job_seeker) is None
    assert organisation_for(AnonymousUser()) is None
    assert list(memberships_for(AnonymousUser())) == []
    assert [m.role for m in memberships_for(owner)] == ["owner"]


def test_require_member(organisation, owner, recruiter, outsider, moderator):
    assert require_member(owner, organisation, owner=True).is_owner
    assert require_member(recruiter, organisation).role == "recruiter"
    with pytest.raises(PermissionDenied):
        require_member(recruiter, organisation, owner=True)
    for stranger in (outsider, moderator, AnonymousUser()):
        with pytest.raises(Http404):
            require_member(stranger, organisation)


def test_can_view_organisation(organisation, outsider, moderator):
    pending = PendingOrganisationFactory()
    member = OwnerMembershipFactory(organisation=pending).user
    assert can_view_organisation(AnonymousUser(), organisation)
    assert not can_view_organisation(AnonymousUser(), pending)
    assert not can_view_organisation(outsider, pending)
    assert can_view_organisation(member, pending)
    assert can_view_organisation(moderator, pending)


def test_dashboard_shows_status_and_members_in_few_queries(
    client, organisation, owner, django_assert_max_num_queries
):
    for _ in range(10):
        OwnerMembershipFactory(organisation=organisation)
    client.force_login(owner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("employers:dashboard"))
    assert response.status_code == 200
    assert b"Verified" in response.content
    assert len(response.context["members"]) == 11
    assert owner.email.encode() in response.content


def test_employer_without_organisation_is_sent_to_create(client, employer_without_org):
    client.force_login(employer_without_org)
    assert client.get(reverse("employers:dashboard")).url == reverse("employers:create")
