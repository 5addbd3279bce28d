"""Who may download a résumé, and how it is served."""

import pytest
from django.urls import reverse

from applications.access import can_download_resume
from candidates.models import CandidateProfile
from candidates.resumes import inspect
from candidates.services import resume_add
from employers.factories import MembershipFactory, OrganisationFactory, PendingOrganisationFactory
from tests.files import pdf_upload

pytestmark = pytest.mark.django_db


def url(resume):
    return reverse("applications:resume_download", kwargs={"pk": resume.pk})


def test_owner_downloads_as_attachment_with_nosniff(client, candidate, resume):
    client.force_login(candidate)
    response = client.get(url(resume))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="resume.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_resume_is_not_under_media_root(settings, resume, tmp_path):
    assert not (tmp_path / "media").exists() or not any((tmp_path / "media").rglob("*"))
    assert any((tmp_path / "private").rglob("*.pdf"))


def test_another_candidates_resume_url_is_404(client, other_candidate, resume):
    client.force_login(other_candidate)
    assert client.get(url(resume)).status_code == 404


def test_applied_to_org_member_may_download_only_the_resume_sent(
    client, member, candidate, application
):
    unsent = resume_add(profile=candidate.candidate_profile, resume_file=inspect(pdf_upload()))
    client.force_login(member)
    assert client.get(url(application.resume)).status_code == 200
    assert client.get(url(unsent)).status_code == 404


def test_private_profile_is_refused_to_a_verified_employer_it_did_not_apply_to(
    client, other_member, resume
):
    assert resume.profile.visibility == CandidateProfile.Visibility.PRIVATE
    client.force_login(other_member)
    assert client.get(url(resume)).status_code == 404


def test_visible_profile_is_open_to_verified_employers_only(client, other_member, resume):
    profile = resume.profile
    profile.visibility = CandidateProfile.Visibility.VERIFIED_EMPLOYERS
    profile.save()
    client.force_login(other_member)
    assert client.get(url(resume)).status_code == 200
    unverified = MembershipFactory(organisation=PendingOrganisationFactory()).user
    assert not can_download_resume(unverified, resume)


def test_moderator_is_refused(moderator, resume):
    assert not can_download_resume(moderator, resume)


def test_candidate_removing_a_sent_resume_archives_it_for_the_employer(
    client, candidate, member, application
):
    resume = application.resume
    client.force_login(candidate)
    client.post(reverse("candidates:resume_delete", kwargs={"pk": resume.pk}))
    resume.refresh_from_db()
    assert resume.archived_at is not None
    client.force_login(member)
    assert client.get(url(resume)).status_code == 200


def test_member_of_another_org_that_was_also_applied_to_cannot_get_other_files(
    client, candidate, application, resume
):
    other_org = OrganisationFactory(name="Third Pharmacy")
    outsider = MembershipFactory(organisation=other_org).user
    client.force_login(outsider)
    assert client.get(url(application.resume)).status_code == 404
