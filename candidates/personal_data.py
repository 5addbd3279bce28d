"""The candidate's part of the data export and of account deletion (see accounts.personal_data)."""

from django.core.files.storage import storages
from django.db import transaction

from accounts.personal_data import Part

from .models import CandidateProfile, Resume


def _profile(user):
    return CandidateProfile.objects.filter(user=user).first()


def export_profile(user, files):
    profile = _profile(user)
    return profile.snapshot() if profile else None


def export_credentials(user, files):
    profile = _profile(user)
    return [credential.snapshot() for credential in profile.credentials.all()] if profile else []


def export_resumes(user, files):
    profile = _profile(user)
    entries = []
    for index, resume in enumerate(profile.resumes.all() if profile else [], start=1):
        path = f"resumes/{index}-{resume.original_name}"
        with resume.open() as handle:
            files[path] = handle.read()
        entries.append(
            {
                "file": path,
                "original_name": resume.original_name,
                "uploaded_at": resume.created_at.isoformat(),
                "extracted_text": resume.text,
            }
        )
    return entries


def erase_profile(user):
    """Profile, work history, credentials and résumés; the files once the deletion commits."""
    stored = list(Resume.objects.filter(profile__user=user).values_list("stored_name", flat=True))
    CandidateProfile.objects.filter(user=user).delete()
    transaction.on_commit(lambda: _delete_files(stored))


def _delete_files(names: list[str]) -> None:
    for name in names:
        storages["private"].delete(name)


PARTS = (
    Part("profile", export=export_profile, erase=erase_profile),
    Part("credentials", export=export_credentials),
    Part("resumes", export=export_resumes),
)
