"""Applying without a required credential: the apply page shows how you match and asks you to
confirm; the box is required (server-side) only then."""

import pytest
from django.urls import reverse

from applications.models import Application
from candidates.resumes import inspect
from candidates.services import resume_add
from tests.files import pdf_upload

pytestmark = pytest.mark.django_db


def apply_url(job):
    return reverse("applications:apply", kwargs={"pk": job.pk})


@pytest.fixture
def unqualified_resume(other_candidate):
    return resume_add(profile=other_candidate.candidate_profile, resume_file=inspect(pdf_upload()))


def test_the_apply_page_shows_the_verdict_and_asks_to_confirm(client, other_candidate, job):
    client.force_login(other_candidate)
    page = client.get(apply_url(job)).content.decode()
    assert 'class="card how-you-match"' in page
    assert "You don&#x27;t meet all requirements yet" in page
    assert 'name="confirm_unmet"' in page
    assert "want to apply anyway" in page
    # No save button inside the apply page's panel.
    assert reverse("applications:save_job", kwargs={"pk": job.pk}) not in page


def test_unchecked_confirmation_is_an_error_on_the_field_and_nothing_is_saved(
    client, other_candidate, job, unqualified_resume
):
    client.force_login(other_candidate)
    response = client.post(apply_url(job), {"resume": unqualified_resume.pk})
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["confirm_unmet"] == [
        "Tick this box to apply without every required credential, or cancel."
    ]
    page = response.content.decode()
    assert 'aria-describedby="' in page and "id_confirm_unmet" in page
    assert not Application.objects.exists()


def test_confirmed_application_is_sent(client, other_candidate, job, unqualified_resume):
    client.force_login(other_candidate)
    response = client.post(apply_url(job), {"resume": unqualified_resume.pk, "confirm_unmet": "on"})
    assert response.status_code == 302
    assert Application.objects.get().verdict == "not-eligible"


def test_an_eligible_candidate_is_not_asked(client, candidate, job, resume):
    client.force_login(candidate)
    page = client.get(apply_url(job)).content.decode()
    assert "You meet this job&#x27;s listed requirements" in page
    assert "You don&#x27;t meet all requirements yet" not in page
    assert 'name="confirm_unmet"' not in page
    response = client.post(apply_url(job), {"resume": resume.pk})
    assert response.status_code == 302
    assert Application.objects.get().verdict == "eligible"


def test_the_check_is_made_on_the_post_not_only_when_the_page_was_shown(
    client, candidate, job, resume
):
    """A credential that lapsed between showing the form and sending it still needs the box."""
    client.force_login(candidate)
    assert 'name="confirm_unmet"' not in client.get(apply_url(job)).content.decode()
    candidate.candidate_profile.credentials.all().delete()
    response = client.post(apply_url(job), {"resume": resume.pk})
    assert response.status_code == 400
    assert "confirm_unmet" in response.context["form"].errors
    assert not Application.objects.exists()
