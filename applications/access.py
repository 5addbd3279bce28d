"""Who may see what of an application: the résumé rule, in one place."""

from candidates.models import Resume
from employers.access import membership_for

from .models import Application


def can_download_resume(user, resume: Resume) -> bool:
    """The owner, and members of an organisation this résumé was sent to (with an
    application to one of its jobs). Nobody else: not other employers, verified or not, and
    not moderators. A profile "visible to verified employers" shows the profile, never a file
    that was not sent (a future accepted contact request would be a second way of sending)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if resume.profile.user_id == user.pk:
        return True
    membership = membership_for(user)
    if membership is None:
        return False
    return Application.objects.filter(
        resume=resume, job__organisation_id=membership.organisation_id
    ).exists()
