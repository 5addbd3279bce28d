"""Applications from demo candidates to published demo jobs, in every status."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from candidates.demo import DOMAIN
from candidates.models import CandidateProfile
from candidates.resumes import inspect
from jobs.models import Job

from .models import Application
from .services import ApplyRefused, application_move, application_submit

# The path each target status takes from "submitted" (rejected and withdrawn part-way).
PATHS = {
    "submitted": [],
    "reviewing": ["reviewing"],
    "interviewing": ["reviewing", "interviewing"],
    "offered": ["reviewing", "interviewing", "offered"],
    "hired": ["reviewing", "interviewing", "offered", "hired"],
    "rejected": ["reviewing", "rejected"],
    "withdrawn": ["withdrawn"],
}


def seed(*, size, rng, out):
    demo = Application.objects.filter(candidate__email__endswith=f"@{DOMAIN}")
    if demo.exists():
        return f"{demo.count()} demo applications already (nothing to add)"
    jobs = list(
        Job.objects.visible()
        .filter(apply_url="", organisation__memberships__isnull=False)
        .prefetch_related("screening_questions", "organisation__memberships__user")
        .distinct()
        .order_by("pk")[:300]
    )
    profiles = list(
        CandidateProfile.objects.filter(user__email__endswith=f"@{DOMAIN}").select_related("user")
    )
    if not jobs or not profiles:
        return "no published jobs or candidates yet: skipped"
    by_state: dict[str, list[Job]] = {}
    for job in jobs:
        by_state.setdefault(job.state, []).append(job)
    pdf = _pdf()
    statuses = list(PATHS)
    created = 0
    # Demo data must not send real email, whatever the environment's backend.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        for index, profile in enumerate(profiles[: min(len(profiles), 120)]):
            # Mostly jobs in the candidate's own state, so the matches are realistic.
            nearby = by_state.get(profile.state) or jobs
            job = nearby[index % len(nearby)]
            answers = {q.pk: _answer(q, rng) for q in job.screening_questions.all()}
            upload = SimpleUploadedFile("resume.pdf", pdf, content_type="application/pdf")
            try:
                application = application_submit(
                    job=job,
                    candidate=profile.user,
                    resume_file=inspect(upload),
                    cover_letter="I'd like to be considered for this role.",
                    answers=answers,
                )
            except ApplyRefused:
                continue
            member = job.organisation.memberships.all()[0].user
            for status in PATHS[statuses[index % len(statuses)]]:
                by = profile.user if status == "withdrawn" else member
                application_move(application=application, to=status, by=by)
            created += 1
    return f"{created} applications created across {len(jobs)} jobs, in every status"


def _answer(question, rng) -> str:
    if question.kind == question.Kind.YES_NO:
        return rng.choice(["yes", "yes", "yes", "no"])
    return "PioneerRx and EPIC Willow"


def _pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
