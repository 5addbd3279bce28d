"""Who may download a résumé, and how it is served."""

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.personal_data import parts
from applications.access import can_download_resume
from applications.models import ResumeDownload
from applications.services import resume_download_record
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


def test_visible_profile_does_not_open_unsent_resumes_to_verified_employers(
    client, other_member, candidate
):
    """Measured before: a verified employer's member walked /resumes/<n>/download/ and got
    every résumé of a profile "visible to verified employers" (17 of 60 ids)."""
    profile = candidate.candidate_profile
    profile.visibility = CandidateProfile.Visibility.VERIFIED_EMPLOYERS
    profile.save()
    resumes = [resume_add(profile=profile, resume_file=inspect(pdf_upload())) for _n in range(3)]
    assert other_member.memberships.get().organisation.is_verified
    client.force_login(other_member)
    walked = [client.get(url(resume)).status_code for resume in resumes]
    assert walked == [404, 404, 404]
    unverified = MembershipFactory(organisation=PendingOrganisationFactory()).user
    assert not can_download_resume(unverified, resumes[0])
    assert not ResumeDownload.objects.exists()


def test_each_download_by_someone_else_is_logged_and_shown_to_the_candidate(
    client, candidate, member, application
):
    resume = application.resume
    client.force_login(candidate)
    assert client.get(url(resume)).status_code == 200
    assert not ResumeDownload.objects.exists()  # the owner's own downloads are not logged

    client.force_login(member)
    before = timezone.now()
    assert client.get(url(resume)).status_code == 200
    assert client.get(url(resume)).status_code == 200
    downloads = list(ResumeDownload.objects.all())
    assert len(downloads) == 2
    assert {(d.resume, d.downloaded_by, d.organisation) for d in downloads} == {
        (resume, member, application.job.organisation)
    }
    assert all(d.at >= before for d in downloads)

    client.force_login(candidate)
    page = client.get(reverse("candidates:resumes")).content.decode()
    assert "Who downloaded your résumés" in page
    assert page.count("Lone Star Pharmacy") == 2
    assert "Rita Recruiter" in page
    assert "visible to verified employers" not in page


def test_downloads_of_others_resumes_are_rate_limited(client, member, application, monkeypatch):
    from applications import services

    monkeypatch.setattr(services, "RESUME_DOWNLOADS_PER_HOUR", 2)
    client.force_login(member)
    statuses = [client.get(url(application.resume)).status_code for _n in range(3)]
    assert statuses == [200, 200, 429]
    assert ResumeDownload.objects.count() == 2


def test_a_refused_download_is_not_logged(client, other_member, resume):
    client.force_login(other_member)
    assert client.get(url(resume)).status_code == 404
    assert not ResumeDownload.objects.exists()


def test_resumes_page_with_downloads_has_a_fixed_query_count(
    client, candidate, member, application, django_assert_max_num_queries
):
    for _n in range(5):
        resume_download_record(resume=application.resume, by=member)
    client.force_login(candidate)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("candidates:resumes"))
    assert response.content.decode().count("Rita Recruiter") == 5


def test_download_log_is_exported_and_erased_with_the_account(candidate, member, application):
    from applications.personal_data import erase_resume_downloads, export_resume_downloads

    resume_download_record(resume=application.resume, by=member)
    exported = export_resume_downloads(candidate, {})
    assert exported["of_my_resumes"][0]["organisation"] == "Lone Star Pharmacy"
    assert exported["of_my_resumes"][0]["by"] == "Rita Recruiter"
    assert export_resume_downloads(member, {})["downloaded_by_me"][0]["resume_id"] == (
        application.resume_id
    )
    assert "resume_downloads" in {part.name for part in parts()}
    erase_resume_downloads(candidate)
    assert not ResumeDownload.objects.exists()


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
