"""The candidate's own pages: forms, ownership, and the permission matrix."""

import pytest
from django.urls import reverse

from accounts.factories import JobSeekerFactory
from candidates.factories import PtcbCphtFactory, WorkHistoryFactory
from candidates.models import CandidateCredential, CandidateProfile, Resume, WorkHistory
from tests.files import pdf_bytes, upload

pytestmark = pytest.mark.django_db

LOGIN = "login"
WHO = ["anonymous", "owner", "other_candidate", "member", "other_member", "moderator"]
MATRIX = [
    ("candidates:dashboard", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("candidates:profile_edit", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("candidates:credential_add_national", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("candidates:credential_add_state", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("candidates:credential_edit", "credential", [LOGIN, 200, 404, 403, 403, 403]),
    ("candidates:credential_delete", "credential", [LOGIN, 200, 404, 403, 403, 403]),
    ("candidates:work_add", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("candidates:work_edit", "work", [LOGIN, 200, 404, 403, 403, 403]),
    ("candidates:work_delete", "work", [LOGIN, 200, 404, 403, 403, 403]),
    ("candidates:resumes", None, [LOGIN, 200, 200, 403, 403, 403]),
    ("candidates:resume_delete", "resume", [LOGIN, 200, 404, 403, 403, 403]),
]


@pytest.mark.parametrize(
    ("name", "target", "who", "expected"),
    [
        pytest.param(name, target, who, expected, id=f"{name}-{who}")
        for name, target, results in MATRIX
        for who, expected in zip(WHO, results, strict=True)
    ],
)
def test_candidate_url_permissions(client, users, candidate, resume, name, target, who, expected):
    profile = candidate.candidate_profile
    objects = {
        "credential": profile.credentials.first(),
        "work": WorkHistoryFactory(profile=profile),
        "resume": resume,
    }
    url = reverse(name, kwargs={"pk": objects[target].pk} if target else {})
    if users[who] is not None:
        client.force_login(users[who])
    response = client.get(url)
    if expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    else:
        assert response.status_code == expected


def test_post_to_another_candidates_credential_changes_nothing(client, candidate, other_candidate):
    credential = candidate.candidate_profile.credentials.first()
    client.force_login(other_candidate)
    for name in ("candidates:credential_edit", "candidates:credential_delete"):
        response = client.post(reverse(name, kwargs={"pk": credential.pk}), {"number": "x"})
        assert response.status_code == 404
    credential.refresh_from_db()
    assert credential.number != "x"


def test_new_job_seeker_starts_on_the_start_page_then_the_dashboard(client):
    user = JobSeekerFactory()
    client.force_login(user)
    assert client.get(reverse("accounts:home")).url == reverse("candidates:start")
    response = client.post(
        reverse("candidates:start"),
        {"headline": "New CPhT", "city": "Dallas", "state": "TX", "visibility": "private"},
    )
    assert response.url == reverse("candidates:dashboard")
    assert client.get(reverse("candidates:start")).url == reverse("candidates:dashboard")


def test_profile_edit_saves_lists(client, candidate):
    client.force_login(candidate)
    response = client.post(
        reverse("candidates:profile_edit"),
        {
            "headline": "IV tech",
            "state": "TX",
            "work_states": ["TX", "OK"],
            "desired_settings": ["hospital-health-system"],
            "desired_shifts": ["night"],
            "duties": ["sterile-iv-tpn"],
            "zip_code": "78701",
            "visibility": "verified-employers",
        },
    )
    assert response.status_code == 302
    profile = CandidateProfile.objects.get(user=candidate)
    assert profile.work_states == ["TX", "OK"]
    assert profile.desired_settings == ["hospital-health-system"]
    assert profile.is_visible_to_verified_employers


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"zip_code": "7870"}, "five-digit ZIP"),
        ({"work_states": ["ZZ"]}, "Select a valid choice"),
        ({"desired_settings": ["spaceship"]}, "Select a valid choice"),
    ],
)
def test_profile_bad_input(client, candidate, data, error):
    client.force_login(candidate)
    response = client.post(reverse("candidates:profile_edit"), {"visibility": "private", **data})
    assert response.status_code == 200
    assert error in response.content.decode()


def test_add_national_and_state_credentials(client):
    user = JobSeekerFactory()
    client.force_login(user)
    client.post(
        reverse("candidates:credential_add_national"),
        {"credential_code": "nha-cpht", "number": "A1", "status": "active"},
    )
    client.post(
        reverse("candidates:credential_add_state"),
        {
            "state": "CA",
            "state_type": "license",
            "state_title": "Pharmacy Technician",
            "status": "active",
        },
    )
    codes = sorted(c.code for c in CandidateCredential.objects.filter(profile__user=user))
    assert codes == ["nha-cpht", "state-license-CA"]


@pytest.mark.parametrize(
    ("url", "data", "error"),
    [
        (
            "candidates:credential_add_national",
            {"credential_code": "cpht", "status": "active"},
            "Select a valid choice",
        ),
        ("candidates:credential_add_national", {"status": "active"}, "This field is required"),
        (
            "candidates:credential_add_state",
            {"state": "TX", "status": "active"},
            "This field is required",
        ),
        (
            "candidates:credential_add_national",
            {
                "credential_code": "ptcb-cpht",
                "status": "active",
                "issued_on": "2026-01-02",
                "expires_on": "2025-01-01",
            },
            "before the issue date",
        ),
    ],
)
def test_credential_bad_input_saves_nothing(client, url, data, error):
    user = JobSeekerFactory()
    client.force_login(user)
    response = client.post(reverse(url), data)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not CandidateCredential.objects.exists()


def test_editing_a_verified_credential_makes_it_self_reported_again(client, candidate, moderator):
    credential = candidate.candidate_profile.credentials.get(kind="national")
    credential.verify(by=moderator, evidence="PTCB lookup")
    client.force_login(candidate)
    client.post(
        reverse("candidates:credential_edit", kwargs={"pk": credential.pk}),
        {"credential_code": "ptcb-cpht", "number": "999", "status": "active"},
    )
    credential.refresh_from_db()
    assert credential.number == "999"
    assert credential.verification == "self-reported"
    assert credential.verified_by is None


def test_dashboard_warns_about_expiring_and_expired(client, candidate):
    from datetime import timedelta

    from django.utils import timezone

    profile = candidate.candidate_profile
    PtcbCphtFactory(
        profile=profile,
        credential_code="ptcb-cspt",
        expires_on=timezone.localdate() + timedelta(days=20),
    )
    PtcbCphtFactory(
        profile=profile,
        credential_code="nha-cpht",
        expires_on=timezone.localdate() - timedelta(days=3),
    )
    client.force_login(candidate)
    page = client.get(reverse("candidates:dashboard")).content.decode()
    assert "in 20 days" in page
    assert "Expiring soon" in page
    assert "expired on" in page
    assert "/jobs/?eligible=1" in page


def test_work_history_crud(client, candidate):
    client.force_login(candidate)
    client.post(
        reverse("candidates:work_add"),
        {"employer": "H-E-B Pharmacy", "title": "Technician", "started_on": "2022-01-01"},
    )
    entry = WorkHistory.objects.get()
    bad = client.post(
        reverse("candidates:work_edit", kwargs={"pk": entry.pk}),
        {
            "employer": "H-E-B",
            "title": "Tech",
            "started_on": "2022-01-01",
            "ended_on": "2021-01-01",
        },
    )
    assert "before the start date" in bad.content.decode()
    client.post(reverse("candidates:work_delete", kwargs={"pk": entry.pk}))
    assert not WorkHistory.objects.exists()


def test_resume_upload_and_bad_file(client, candidate, tmp_path):
    client.force_login(candidate)
    bad = client.post(reverse("candidates:resumes"), {"file": upload("cv.pdf", b"<html></html>")})
    assert "neither" in bad.content.decode()
    assert not Resume.objects.exists()
    client.post(reverse("candidates:resumes"), {"file": upload("cv.pdf", pdf_bytes())})
    resume = Resume.objects.get()
    assert resume.original_name == "cv.pdf"
    client.post(reverse("candidates:resume_delete", kwargs={"pk": resume.pk}))
    assert not Resume.objects.exists()


def test_role_links_for_job_seekers(client, candidate):
    client.force_login(candidate)
    page = client.get(reverse("candidates:dashboard")).content.decode()
    for label in ("My profile", "My applications", "Saved jobs"):
        assert label in page
