"""Every main page of every role, rendered through the Django test client from seed_demo's data.

`main_pages()` seeds the demo site (small) and returns ``(label, html)`` for each page; a page
that does not answer with the status we expect fails here, so the list cannot silently shrink.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from importlib import import_module

from django.test import Client
from django.urls import reverse

from accounts.models import User
from applications.models import Application
from cms.management.commands.seed_demo import STEPS
from cms.models import GuideIndexPage, GuidePage, StateRequirementsIndexPage, StateRequirementsPage
from employers.factories import PendingOrganisationFactory
from jobs.factories import PendingJobFactory
from jobs.models import Job

SEEKER = "seeker@demo.rxtech.example"
MODERATOR = "moderator@demo.rxtech.example"
COUNSELLOR = "counsellor@demo.rxtech.example"


@dataclass(frozen=True)
class Page:
    role: str
    name: str
    url: str
    status: int = 200


def seed_demo(size: int = 12) -> None:
    """seed_demo's steps, lowest app first (the command itself refuses to run with DEBUG off)."""
    rng = random.Random(2026)
    for dotted in STEPS:
        import_module(dotted).seed(size=size, rng=rng, out=io.StringIO())


def _client(email: str | None) -> Client:
    client = Client()
    if email:
        client.force_login(User.objects.get(email=email))
    return client


def page_list() -> list[Page]:
    job = Job.objects.visible().order_by("pk").first()
    # An organisation with applicants (the demo employer's own may have none at a small size).
    employer_application = (
        Application.objects.filter(job__organisation__memberships__isnull=False)
        .select_related("job__organisation")
        .order_by("pk")
        .first()
    )
    employer_job = employer_application.job
    organisation = employer_job.organisation
    employer = organisation.memberships.order_by("pk").first().user.email
    seeker_application = Application.objects.filter(candidate__email=SEEKER).order_by("pk").first()
    applied = Application.objects.filter(candidate__email=SEEKER).values("job")
    unapplied = Job.objects.visible().filter(apply_url="").exclude(pk__in=applied).first()
    credential = User.objects.get(email=SEEKER).candidate_profile.credentials.order_by("pk").first()
    pending_job = PendingJobFactory(organisation=organisation)
    PendingOrganisationFactory()
    guide = GuidePage.objects.live().order_by("pk").first()
    state = StateRequirementsPage.objects.live().order_by("pk").first()

    anonymous = [
        Page("anonymous", "home", "/"),
        Page("anonymous", "job search", reverse("search:jobs")),
        Page("anonymous", "job search, filtered", reverse("search:jobs") + "?q=sterile&state=TX"),
        Page("anonymous", "job page", job.get_absolute_url()),
        Page("anonymous", "report a job", reverse("jobs:report", args=[job.pk])),
        Page("anonymous", "guides", GuideIndexPage.objects.live().first().url),
        Page("anonymous", "a guide", guide.url),
        Page("anonymous", "states", StateRequirementsIndexPage.objects.live().first().url),
        Page("anonymous", "a state", state.url),
        Page("anonymous", "site search", reverse("cms:search") + "?q=cpht"),
        Page("anonymous", "sign up", reverse("account_signup")),
        Page("anonymous", "sign in", reverse("account_login")),
        Page("anonymous", "password reset", reverse("account_reset_password")),
        Page("anonymous", "for employers", reverse("employers:start")),
        Page("anonymous", "organisation", organisation.get_absolute_url()),
        Page("anonymous", "not found", "/no-such-page/", status=404),
    ]
    seeker = [
        Page(SEEKER, "dashboard", reverse("candidates:dashboard")),
        Page(SEEKER, "profile form", reverse("candidates:profile_edit")),
        Page(SEEKER, "national credential form", reverse("candidates:credential_add_national")),
        Page(SEEKER, "state credential form", reverse("candidates:credential_add_state")),
        Page(SEEKER, "credential", reverse("candidates:credential_edit", args=[credential.pk])),
        Page(SEEKER, "work history form", reverse("candidates:work_add")),
        Page(SEEKER, "résumés", reverse("candidates:resumes")),
        Page(SEEKER, "applications", reverse("applications:my_applications")),
        Page(
            SEEKER,
            "an application",
            reverse("applications:my_application", args=[seeker_application.pk]),
        ),
        Page(SEEKER, "saved jobs", reverse("applications:saved_jobs")),
        Page(SEEKER, "apply", reverse("applications:apply", args=[unapplied.pk])),
        Page(SEEKER, "job page", unapplied.get_absolute_url()),
        Page(SEEKER, "job search", reverse("search:jobs")),
    ]
    employer_pages = [
        Page(employer, "dashboard", reverse("employers:dashboard")),
        Page(employer, "job list", reverse("jobs:employer_list")),
        Page(employer, "new job form", reverse("jobs:create")),
        Page(employer, "job edit form", reverse("jobs:edit", args=[pending_job.pk])),
        Page(employer, "job preview", reverse("jobs:preview", args=[pending_job.pk])),
        Page(employer, "applicants", reverse("applications:applicants", args=[employer_job.pk])),
        Page(
            employer,
            "an application",
            reverse("applications:application_detail", args=[employer_application.pk]),
        ),
        Page(employer, "members", reverse("employers:members", args=[organisation.slug])),
        Page(employer, "organisation form", reverse("employers:edit", args=[organisation.slug])),
        Page(employer, "job page", employer_job.get_absolute_url()),
    ]
    moderator = [
        Page(MODERATOR, "organisation queue", reverse("employers:moderation")),
        Page(MODERATOR, "job queue", reverse("jobs:moderation")),
        Page(MODERATOR, "job review", reverse("jobs:mod_job", args=[pending_job.pk])),
        Page(MODERATOR, "home", "/"),
    ]
    counsellor = [
        Page(COUNSELLOR, "home", "/"),
        Page(COUNSELLOR, "a guide", guide.url),
    ]
    return anonymous + seeker + employer_pages + moderator + counsellor


def render_pages(pages: list[Page]) -> dict[str, str]:
    """``label -> html`` for each page, one client per role; fails on an unexpected status."""
    clients: dict[str, Client] = {}
    rendered: dict[str, str] = {}
    for page in pages:
        if page.role not in clients:
            clients[page.role] = _client(None if page.role == "anonymous" else page.role)
        response = clients[page.role].get(page.url, follow=page.status == 200)
        label = f"{page.role.split('@')[0]}: {page.name} ({page.url})"
        assert response.status_code == page.status, f"{label} answered {response.status_code}"
        rendered[label] = response.content.decode()
    return rendered
