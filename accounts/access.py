"""Who may open a page, by role: the one vocabulary every app's views use.

Anonymous visitors go to the sign-in page; signed-in people without the role get 403. A view
that needs more than the role (membership of an organisation, ownership of an object)
overrides ``check_access``, which runs after the role check and before the view.
"""

from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _


class RoleRequiredMixin(AccessMixin):
    role_denied_message = _("This page is not for your account.")

    def has_role(self, user) -> bool:
        raise NotImplementedError

    def check_access(self, request, *args, **kwargs):
        """Further checks; return a response to send instead of the view, or None."""
        return None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not self.has_role(request.user):
            raise PermissionDenied(self.role_denied_message)
        refusal = self.check_access(request, *args, **kwargs)
        if refusal is not None:
            return refusal
        return super().dispatch(request, *args, **kwargs)


class JobSeekerRequiredMixin(RoleRequiredMixin):
    role_denied_message = _("These pages are for job seeker accounts.")

    def has_role(self, user) -> bool:
        return user.is_job_seeker


class EmployerRequiredMixin(RoleRequiredMixin):
    role_denied_message = _("This page is for employer accounts.")

    def has_role(self, user) -> bool:
        return user.is_employer


class ModeratorRequiredMixin(RoleRequiredMixin):
    role_denied_message = _("This page is for moderators.")

    def has_role(self, user) -> bool:
        return user.is_moderator
