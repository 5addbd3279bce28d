"""Who may see and change an organisation: the one membership test. Other apps reuse these.

A person belongs to at most one organisation (a unique constraint on Membership.user).
Outsiders get 404, never a hint that the organisation exists; members lacking the owner
role get 403 on owner-only actions.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect

from accounts.access import EmployerRequiredMixin

from .models import Membership, Organisation


def memberships_for(user):
    """The user's memberships (zero or one), with their organisation."""
    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return Membership.objects.filter(user=user).select_related("organisation")


def is_member(user, organisation_id) -> bool:
    """Whether ``user`` belongs to the organisation: the one membership test."""
    return memberships_for(user).filter(organisation_id=organisation_id).exists()


def membership_for(user) -> Membership | None:
    return memberships_for(user).first()


def organisation_for(user) -> Organisation | None:
    """The user's organisation, or None."""
    membership = membership_for(user)
    return membership.organisation if membership else None


def require_member(user, organisation: Organisation, *, owner: bool = False) -> Membership:
    """The user's membership of `organisation`: Http404 for outsiders, 403 for non-owners."""
    membership = memberships_for(user).filter(organisation=organisation).first()
    if membership is None:
        raise Http404("No such organisation.")
    if owner and not membership.is_owner:
        raise PermissionDenied("Only an owner can do this.")
    return membership


def can_view_organisation(user, organisation: Organisation) -> bool:
    """Verified organisations are public; others only to their members and moderators."""
    if organisation.is_verified:
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    return user.is_moderator or is_member(user, organisation.pk)


class OrganisationMemberMixin(EmployerRequiredMixin):
    """Sets `self.organisation` and `self.membership` for a member, or refuses.

    With a `slug` URL argument the organisation named must be the user's own (404 if not);
    without one it is the user's organisation, and a user with none is sent to create one.
    Set `owner_required = True` for owner-only views (403 for recruiters). Scope every
    queryset to `self.organisation`.
    """

    owner_required = False
    organisation_slug_kwarg = "slug"

    def check_access(self, request, *args, **kwargs):
        slug = kwargs.get(self.organisation_slug_kwarg)
        if slug is not None:
            organisation = get_object_or_404(Organisation, slug=slug)
            self.membership = require_member(request.user, organisation, owner=self.owner_required)
        else:
            self.membership = membership_for(request.user)
            if self.membership is None:
                return self.handle_no_organisation()
            if self.owner_required and not self.membership.is_owner:
                raise PermissionDenied("Only an owner can do this.")
        self.organisation = self.membership.organisation
        return None

    def handle_no_organisation(self):
        return redirect("employers:create")

    def get_context_data(self, **kwargs):
        kwargs.setdefault("organisation", self.organisation)
        kwargs.setdefault("membership", self.membership)
        return super().get_context_data(**kwargs)
