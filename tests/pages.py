"""A small world with one of each role and the main pages each role visits.

Shared by the aria-describedby test (tests/accounts/test_form_ids.py) and the 390 px overflow
test (tests/browser/test_phone_overflow.py), so both walk the same pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from accounts.factories import CounsellorFactory, JobSeekerFactory, ModeratorFactory
from applications.services import application_submit
from candidates.factories import (
    CandidateProfileFactory,
    PtcbCphtFactory,
    StateCredentialFactory,
    WorkHistoryFactory,
)
from candidates.resumes import inspect
from candidates.services import resume_add
from employers.factories import (
    InvitationFactory,
    OrganisationFactory,
    OwnerMembershipFactory,
    PendingOrganisationFactory,
    RecruiterMembershipFactory,
)
from jobs.factories import PendingJobFactory, PublishedJobFactory
from tests.files import pdf_upload

# One word longer than any phone is wide, as someone pasting a link or a hash might send.
UNBROKEN = "Pharmacy" + "x" * 3000


@dataclass
class World:
    seeker: object
    new_seeker: object
    employer: object
    moderator: object
    counsellor: object
    organisation: object
    job: object
    other_job: object
    pending_job: object
    pending_organisation: object
    application: object
    credential: object
    work: object


def build_world() -> World:
    membership = OwnerMembershipFactory(
        organisation__name="Lone Star Pharmacy", user__full_name="Rita Recruiter"
    )
    organisation = membership.organisation
    job = PublishedJobFactory(
        organisation=organisation,
        title="Retail Pharmacy Technician",
        requirements=[("national-certification", "required", None)],
    )
    other_job = PublishedJobFactory(organisation=organisation, title="Compounding Technician")
    pending_job = PendingJobFactory(organisation=organisation, title="Hospital Technician")
    # The moderators' queue at its widest: a long address, a twin by NPI, a proposed change.
    pending_owner = OwnerMembershipFactory(
        organisation=PendingOrganisationFactory(
            name="Gulf Coast Infusion Services",
            website="https://gulf-coast-infusion-services-and-compounding.example/about-us",
        ),
        user__email="pharmacy.operations.director@gulf-coast-infusion-services.example",
    )
    OrganisationFactory(name="Gulf Coast Infusion (old)", npi=pending_owner.organisation.npi)
    organisation.propose_identity({"name": "Lone Star Pharmacy & Compounding Services"})
    organisation.save()
    RecruiterMembershipFactory(
        organisation=organisation,
        user__email="pharmacy.technician.recruiting@lone-star-pharmacy-services.example",
        user__full_name="Bartholomew Featherstonehaugh-Worthington",
    )
    InvitationFactory(
        organisation=organisation,
        email="new.recruiting.coordinator@lone-star-pharmacy-services.example",
    )
    profile = CandidateProfileFactory(
        user=JobSeekerFactory(full_name="Casey Candidate"), city="Austin", state="TX"
    )
    credential = PtcbCphtFactory(profile=profile)
    StateCredentialFactory(profile=profile)
    work = WorkHistoryFactory(profile=profile)
    resume = resume_add(profile=profile, resume_file=inspect(pdf_upload()))
    application = application_submit(
        job=job,
        candidate=profile.user,
        resume=resume,
        cover_letter=f"I would like this job. {UNBROKEN}",
    )
    return World(
        seeker=profile.user,
        new_seeker=JobSeekerFactory(full_name="Noor New"),
        employer=membership.user,
        moderator=ModeratorFactory(),
        counsellor=CounsellorFactory(),
        organisation=organisation,
        job=job,
        other_job=other_job,
        pending_job=pending_job,
        pending_organisation=pending_owner.organisation,
        application=application,
        credential=credential,
        work=work,
    )


def public_pages(world: World) -> list[str]:
    return [
        "/",
        reverse("search:jobs"),
        world.job.get_absolute_url(),
        reverse("jobs:report", args=[world.job.pk]),
        reverse("employers:organisation", args=[world.organisation.slug]),
        "/guides/",
        "/states/",
    ]


def anonymous_pages(world: World) -> list[str]:
    return [
        *public_pages(world),
        reverse("account_login"),
        reverse("account_signup"),
        reverse("account_reset_password"),
        reverse("employers:start"),
    ]


def seeker_pages(world: World) -> list[str]:
    return [
        reverse("candidates:dashboard"),
        reverse("candidates:profile_edit"),
        reverse("candidates:credential_add_national"),
        reverse("candidates:credential_add_state"),
        reverse("candidates:credential_edit", args=[world.credential.pk]),
        reverse("candidates:work_add"),
        reverse("candidates:work_edit", args=[world.work.pk]),
        reverse("candidates:resumes"),
        reverse("applications:my_applications"),
        reverse("applications:my_application", args=[world.application.pk]),
        reverse("applications:saved_jobs"),
        reverse("applications:apply", args=[world.other_job.pk]),
        reverse("privacy:data_export"),
        reverse("privacy:account_delete"),
        reverse("account_change_password"),
        reverse("account_email"),
        world.job.get_absolute_url(),
        reverse("search:jobs"),
    ]


def new_seeker_pages(world: World) -> list[str]:
    """A job seeker who has just signed up: no profile yet."""
    return [reverse("candidates:start"), reverse("candidates:dashboard")]


def employer_pages(world: World) -> list[str]:
    slug = world.organisation.slug
    return [
        reverse("employers:dashboard"),
        reverse("employers:edit", args=[slug]),
        reverse("employers:members", args=[slug]),
        reverse("jobs:employer_list"),
        reverse("jobs:create"),
        reverse("jobs:edit", args=[world.job.pk]),
        reverse("applications:applicants", args=[world.job.pk]),
        reverse("applications:application_detail", args=[world.application.pk]),
        reverse("employers:organisation", args=[slug]),
        reverse("account_change_password"),
    ]


def moderator_pages(world: World) -> list[str]:
    return [
        reverse("jobs:moderation"),
        reverse("jobs:mod_job", args=[world.pending_job.pk]),
        reverse("employers:moderation"),
        world.job.get_absolute_url(),
    ]


def counsellor_pages(world: World) -> list[str]:
    return ["/", "/guides/", "/states/", reverse("search:jobs")]


PAGES_BY_ROLE = {
    "anonymous": anonymous_pages,
    "job seeker": seeker_pages,
    "new job seeker": new_seeker_pages,
    "employer": employer_pages,
    "moderator": moderator_pages,
    "counsellor": counsellor_pages,
}


def user_of(world: World, role: str):
    return {
        "anonymous": None,
        "job seeker": world.seeker,
        "new job seeker": world.new_seeker,
        "employer": world.employer,
        "moderator": world.moderator,
        "counsellor": world.counsellor,
    }[role]
