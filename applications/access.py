"""Who may see what of an application: the résumé rule, in one place."""

from candidates.models import Resume
from employers.access import membership_for

from .models import Application


def can_download_resume(user, resume: Resume) -> bool:
    """The owner; members of an organisation this résumé was sent to (with an application);
    members of a verified organisation when the profile is visible to verified employers.
    Nobody else, moderators included."""
    if not getattr(user, "is_authenticated", False):
        return False
    if resume.profile.user_id == user.pk:
        return True
    membership = membership_for(user)
    if membership is None:
        return False
    organisation = membership.organisation
    if Application.objects.filter(resume=resume, job__organisation=organisation).exists():
        return True
    return (
        organisation.is_verified
        and resume.profile.is_visible_to_verified_employers
        and resume.archived_at is None
    )
