"""Writes that span models or send email: profiles, credentials, résumés, reminders."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import timezone

from accounts.mail import mail_send_templated

from . import resumes
from .models import CandidateCredential, CandidateProfile, CredentialReminder, Resume

logger = logging.getLogger(__name__)

REMINDER_DAYS = (60, 7)


def profile_get_or_create(*, user) -> CandidateProfile:
    profile, _created = CandidateProfile.objects.get_or_create(user=user)
    return profile


def credential_save(*, credential: CandidateCredential, changed: bool = True) -> None:
    """Create or update a credential; an edited one goes back to self-reported."""
    if credential.pk and changed:
        credential.reset_verification()
    credential.full_clean()
    credential.save()


def resume_add(*, profile: CandidateProfile, resume_file: resumes.ResumeFile) -> Resume:
    """Store a checked file and record it; the file is removed again if the row is not saved."""
    stored_name = resumes.store(resume_file)
    try:
        with transaction.atomic():
            resume = Resume.objects.create(
                profile=profile,
                stored_name=stored_name,
                original_name=resume_file.original_name,
                content_type=resume_file.content_type,
                size=len(resume_file.content),
                text=resume_file.text,
            )
    except Exception:
        Resume(stored_name=stored_name).delete_file()
        raise
    return resume


def resume_remove(*, resume: Resume) -> None:
    """Delete a résumé, or archive it when applications still point to it (the employer
    keeps the file they were sent)."""
    try:
        with transaction.atomic():
            resume.delete()
    except ProtectedError:
        resume.archived_at = timezone.now()
        resume.save(update_fields=["archived_at"])
        return
    transaction.on_commit(resume.delete_file)


def credential_reminders_send(*, today: date | None = None) -> int:
    """Email candidates whose credentials expire in 60 or 7 days; once per credential, threshold
    and expiry date, however often it runs. Returns how many emails were queued."""
    today = today or timezone.localdate()
    sent = 0
    for days in REMINDER_DAYS:
        due = CandidateCredential.objects.filter(
            expires_on=today + timedelta(days=days)
        ).select_related("profile__user")
        for credential in due:
            try:
                with transaction.atomic():
                    _marker, created = CredentialReminder.objects.get_or_create(
                        credential=credential, days_before=days, expires_on=credential.expires_on
                    )
            except IntegrityError:
                created = False  # Another run got there first.
            if not created:
                continue
            user = credential.profile.user
            mail_send_templated(
                template_prefix="candidates/email/credential_reminder",
                context={"user": user, "credential": credential, "days": days},
                to=[user.email],
                language=user.language,
            )
            sent += 1
    return sent
