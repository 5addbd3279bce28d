import pytest

from accounts.factories import JobSeekerFactory, ModeratorFactory
from candidates.factories import CandidateProfileFactory, PtcbCphtFactory, StateCredentialFactory
from candidates.models import Resume
from candidates.resumes import inspect
from candidates.services import resume_add
from employers.factories import MembershipFactory, OrganisationFactory
from jobs.factories import PublishedJobFactory
from tests.files import pdf_upload


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Lone Star Pharmacy")


@pytest.fixture
def member(organisation):
    return MembershipFactory(organisation=organisation, user__full_name="Rita Recruiter").user


@pytest.fixture
def other_member(db):
    return MembershipFactory(organisation=OrganisationFactory(name="Other Pharmacy")).user


@pytest.fixture
def moderator(db):
    return ModeratorFactory()


@pytest.fixture
def candidate(db):
    profile = CandidateProfileFactory(user__full_name="Casey Candidate")
    PtcbCphtFactory(profile=profile)
    StateCredentialFactory(profile=profile)
    return profile.user


@pytest.fixture
def other_candidate(db):
    return CandidateProfileFactory(user=JobSeekerFactory(full_name="Other Seeker")).user


@pytest.fixture
def job(organisation):
    """A Texas job requiring national certification and a Texas registration."""
    return PublishedJobFactory(
        organisation=organisation,
        title="Retail Pharmacy Technician",
        requirements=[("national-certification", "required", None)],
    )


@pytest.fixture
def resume(candidate) -> Resume:
    return resume_add(profile=candidate.candidate_profile, resume_file=inspect(pdf_upload()))


@pytest.fixture
def application(job, candidate, resume):
    from applications.services import application_submit

    return application_submit(job=job, candidate=candidate, resume=resume)


@pytest.fixture
def users(candidate, other_candidate, member, other_member, moderator):
    """Everyone in the permission matrix, by name (None is the anonymous visitor)."""
    return {
        "anonymous": None,
        "owner": candidate,
        "other_candidate": other_candidate,
        "member": member,
        "other_member": other_member,
        "moderator": moderator,
    }
