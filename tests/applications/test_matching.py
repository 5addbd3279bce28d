"""The "How you match" panel on the job page, and saving jobs."""

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from applications.matching import HelpLink, match_for_user
from applications.models import SavedJob
from candidates.factories import CandidateProfileFactory, TraineeCredentialFactory
from jobs.factories import PublishedJobFactory
from pharmacy.credentials import NHA, PTCB
from pharmacy.eligibility import Verdict
from pharmacy.models import StateRule

pytestmark = pytest.mark.django_db


def test_none_for_anonymous_employers_and_moderators(job, member, moderator):
    assert match_for_user(AnonymousUser(), job) is None
    assert match_for_user(member, job) is None
    assert match_for_user(moderator, job) is None


def test_candidate_meeting_everything(candidate, job, seeded_state_rules):
    match = match_for_user(candidate, job)
    assert match.verdict is Verdict.ELIGIBLE
    assert match.verdict_text == "You meet all requirements"
    assert [row.is_held for row in match.rows] == [True, True]
    assert match.rows[1].label == "Texas: Registered pharmacy technician"


def test_unconfirmed_state_says_check_with_the_board(candidate, job):
    """No confirmed Texas rule stored: never "you meet all requirements"."""
    match = match_for_user(candidate, job)
    assert match.verdict is Verdict.ELIGIBLE
    assert match.verdict_text == (
        "You meet this job's listed requirements; we have not confirmed Texas's rules, so "
        "check with the Texas board of pharmacy"
    )


def test_within_days_gives_conditions(candidate, organisation, seeded_state_rules):
    job = PublishedJobFactory(
        organisation=organisation, requirements=[("ptcb-cspt", "required", 90)]
    )
    match = match_for_user(candidate, job)
    assert match.verdict is Verdict.ELIGIBLE_WITH_CONDITIONS
    assert match.verdict_text == "You meet the requirements; some are needed after hire"


def test_missing_state_credential_links_to_state_page_when_a_rule_exists(other_candidate, job):
    match = match_for_user(other_candidate, job)
    assert match.verdict_text == "You don't meet all requirements yet"
    national, state = match.rows
    assert national.help_links == (
        HelpLink(NHA.guide_url, "How to get certified (NHA)"),
        HelpLink(PTCB.guide_url, "How to get certified (PTCB)"),
    )
    assert state.help_links == ()  # No Texas rule stored yet, so no Texas page.
    StateRule.objects.create(
        state="TX",
        official_title="Registered Pharmacy Technician",
        credential_type="registration",
        source_url="https://www.pharmacy.texas.gov/",
        verified_on=date(2026, 1, 5),
    )
    assert match_for_user(other_candidate, job).rows[1].help_links == (
        HelpLink("/states/tx/", "How to get a Texas credential"),
    )


def test_one_issuer_credential_links_to_that_issuers_guide(other_candidate, organisation):
    job = PublishedJobFactory(
        organisation=organisation, requirements=[("ptcb-cspt", "required", None)]
    )
    cspt = match_for_user(other_candidate, job).rows[0]
    assert cspt.explanation == "Requires PTCB CSPT"
    assert cspt.help_links == (HelpLink(PTCB.guide_url, "How to get certified (PTCB)"),)


def test_held_requirements_get_no_links(candidate, job):
    assert [row.help_links for row in match_for_user(candidate, job).rows] == [(), ()]


def test_trainee_explanation(organisation, seeded_state_rules):
    profile = CandidateProfileFactory()
    TraineeCredentialFactory(profile=profile)
    job = PublishedJobFactory(organisation=organisation, requirements=[])
    match = match_for_user(profile.user, job)
    assert match.rows[0].explanation == (
        "This job does not accept trainees: it needs a Texas technician credential "
        "(Registered pharmacy technician)"
    )


def test_job_page_panel(client, candidate, other_candidate, job, seeded_state_rules):
    url = job.get_absolute_url()
    anonymous = client.get(url).content.decode()
    assert "Sign in to see how you match" in anonymous
    client.force_login(candidate)
    page = client.get(url).content.decode()
    assert "You meet all requirements" in page
    assert "✓" in page and "Met:" in page
    client.force_login(other_candidate)
    page = client.get(url).content.decode()
    assert "You don&#x27;t meet all requirements yet" in page
    assert "Not met:" in page
    assert f'<a href="{PTCB.guide_url}">How to get certified (PTCB)</a>' in page
    assert f'<a href="{NHA.guide_url}">How to get certified (NHA)</a>' in page
    assert "Requires PTCB or NHA CPhT" in page


def test_panel_shows_existing_application(client, candidate, application):
    client.force_login(candidate)
    page = client.get(application.job.get_absolute_url()).content.decode()
    assert "You already applied" in page


def test_save_and_unsave(client, candidate, job):
    client.force_login(candidate)
    url = reverse("applications:save_job", kwargs={"pk": job.pk})
    client.post(url, {"action": "save"})
    client.post(url, {"action": "save"})
    assert SavedJob.objects.filter(user=candidate, job=job).count() == 1
    saved_page = client.get(reverse("applications:saved_jobs")).content.decode()
    assert job.title in saved_page
    assert "★ Saved" in client.get(job.get_absolute_url()).content.decode()
    client.post(url, {"action": "unsave"})
    assert not SavedJob.objects.exists()


def test_cannot_save_a_draft(client, candidate, organisation):
    from jobs.factories import DraftJobFactory

    draft = DraftJobFactory(organisation=organisation)
    client.force_login(candidate)
    assert client.post(reverse("applications:save_job", kwargs={"pk": draft.pk})).status_code == 404


def test_save_redirects_only_to_this_site(client, candidate, job):
    client.force_login(candidate)
    response = client.post(
        reverse("applications:save_job", kwargs={"pk": job.pk}), {"next": "https://evil.example/"}
    )
    assert response.url == job.get_absolute_url()


def test_my_applications_query_count(
    client, candidate, organisation, resume, django_assert_max_num_queries
):
    from applications.services import application_submit

    for _ in range(5):
        application_submit(
            job=PublishedJobFactory(organisation=organisation), candidate=candidate, resume=resume
        )
    client.force_login(candidate)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("applications:my_applications"))
    assert len(response.context["applications"]) == 5


def test_saved_jobs_query_count(client, candidate, organisation, django_assert_max_num_queries):
    for _ in range(5):
        SavedJob.objects.create(user=candidate, job=PublishedJobFactory(organisation=organisation))
    client.force_login(candidate)
    with django_assert_max_num_queries(8):
        client.get(reverse("applications:saved_jobs"))
