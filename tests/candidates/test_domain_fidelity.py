"""Issue 12 for candidates: credential types per state, prerequisites, rejections and the
explanations the "How you match" panel gives, from the stored credentials to the words."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from applications.matching import match_for_user
from candidates.factories import (
    CandidateProfileFactory,
    CsptFactory,
    ExpiredCredentialFactory,
    PtcbCphtFactory,
    StateCredentialFactory,
)
from candidates.forms import NationalCredentialForm, StateCredentialForm
from jobs.factories import PublishedJobFactory
from pharmacy.credentials import PTCB
from pharmacy.eligibility import Reason, Verdict

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


# Credential types per state -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "state_type", "ok", "title"),
    [
        pytest.param("TX", "registration", True, "Registered pharmacy technician", id="tx-reg"),
        pytest.param("TX", "trainee", True, "Pharmacy technician trainee", id="tx-trainee"),
        pytest.param("TX", "license", False, "", id="texas-license"),
        pytest.param("NY", "trainee", False, "", id="new-york-trainee"),
        pytest.param("NY", "license", True, "Registered pharmacy technician", id="ny-license"),
        pytest.param("CA", "registration", False, "", id="california-registration"),
        pytest.param("OH", "state-certification", True, "Certified pharmacy technician", id="oh"),
        pytest.param("FL", "license", True, "", id="unreviewed-state-any-type"),
    ],
)
def test_a_candidate_adds_only_types_the_state_issues(
    seeded_state_rules, state, state_type, ok, title
):
    profile = CandidateProfileFactory()
    data = {"state": state, "state_type": state_type, "status": "active"}
    form = StateCredentialForm(data=data, profile=profile)
    assert form.is_valid() is ok, form.errors
    if ok:
        assert form.save().state_title == title  # the state's own title, when we know it
    else:
        assert "does not issue that type. It issues:" in form.errors["state_type"][0]


def test_a_stored_type_the_state_does_not_issue_counts_for_nothing(seeded_state_rules, job):
    profile = CandidateProfileFactory()
    PtcbCphtFactory(profile=profile)
    StateCredentialFactory(profile=profile, state_type="license")  # entered before issue 12
    match = match_for_user(profile.user, job)
    state_row = match.results[-1]
    assert state_row.reason is Reason.NOT_ISSUED
    assert match.verdict is Verdict.NOT_ELIGIBLE
    assert match.rows[-1].explanation == (
        "Texas does not issue licenses to pharmacy technicians; check your credential's type"
    )


# One national credential each -----------------------------------------------------------------


def test_a_duplicate_national_credential_is_refused_in_words_and_by_the_database():
    existing = PtcbCphtFactory()
    form = NationalCredentialForm(
        data={"credential_code": "ptcb-cpht", "status": "active"}, profile=existing.profile
    )
    assert not form.is_valid()
    assert form.errors["credential_code"] == [
        "You have already added this credential. Edit the one you have instead."
    ]
    editing = NationalCredentialForm(
        data={"credential_code": "ptcb-cpht", "status": "active"},
        profile=existing.profile,
        instance=existing,
    )
    assert editing.is_valid(), editing.errors
    with pytest.raises(IntegrityError):
        PtcbCphtFactory(profile=existing.profile)


def test_state_credentials_may_repeat_across_states():
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile, state="TX")
    StateCredentialFactory(profile=profile, state="OH")
    assert profile.credentials.count() == 2


# From stored credentials to the panel's words ---------------------------------------------------


def _panel(profile, job):
    match = match_for_user(profile.user, job)
    return {row.label: row for row in match.rows}, match


def test_a_cspt_whose_cpht_lapsed_needs_an_active_cpht(seeded_state_rules, organisation):
    job = PublishedJobFactory(
        organisation=organisation, requirements=[("ptcb-cspt", "required", None)]
    )
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile)
    CsptFactory(profile=profile)
    ExpiredCredentialFactory(profile=profile, expires_on=today() - timedelta(days=1))
    rows, match = _panel(profile, job)
    row = rows["PTCB Certified Compounded Sterile Preparation Technician (CSPT)"]
    assert row.explanation == "Your PTCB CSPT counts only with an active PTCB CPhT"
    assert row.kind == "missing"
    assert match.verdict is Verdict.NOT_ELIGIBLE


def test_a_rejected_credential_says_what_staff_said(seeded_state_rules, job):
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile)
    cpht = PtcbCphtFactory(profile=profile)
    cpht.reject(by=None, reason="Number not found in PTCB's lookup.")
    rows, match = _panel(profile, job)
    assert rows["National certification (PTCB or NHA CPhT)"].explanation == (
        "Our staff could not verify your PTCB CPhT: Number not found in PTCB's lookup"
    )
    assert match.verdict is Verdict.NOT_ELIGIBLE


def test_marked_expired_with_a_future_date_is_not_expired_on_that_date(seeded_state_rules, job):
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile)
    PtcbCphtFactory(profile=profile, status="expired", expires_on=today() + timedelta(days=200))
    rows, _ = _panel(profile, job)
    assert rows["National certification (PTCB or NHA CPhT)"].explanation == (
        "You marked your PTCB CPhT as expired; if you renewed it, update its status"
    )


def test_an_expired_certification_links_to_reinstatement_within_a_year(seeded_state_rules, job):
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile)
    PtcbCphtFactory(profile=profile, expires_on=today() - timedelta(days=30))
    rows, _ = _panel(profile, job)
    (link,) = rows["National certification (PTCB or NHA CPhT)"].help_links
    assert link.url == PTCB.reinstatement_url
    assert link.text.startswith("Reinstate your PTCB CPhT with PTCB by ")


def test_after_a_year_it_links_to_getting_certified_again(seeded_state_rules, job):
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile)
    PtcbCphtFactory(profile=profile, expires_on=today() - timedelta(days=400))
    rows, _ = _panel(profile, job)
    links = rows["National certification (PTCB or NHA CPhT)"].help_links
    assert [link.text for link in links] == [
        "How to get certified (NHA)",
        "How to get certified (PTCB)",
    ]


def test_expiring_soon_and_dates_in_the_site_format(seeded_state_rules, job):
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile)
    soon = today() + timedelta(days=10)
    PtcbCphtFactory(profile=profile, expires_on=soon)
    rows, match = _panel(profile, job)
    assert rows["National certification (PTCB or NHA CPhT)"].explanation == (
        f"Met by your PTCB CPhT, which expires on {soon:%b} {soon.day}, {soon.year}: renew it"
    )
    assert match.verdict is not Verdict.NOT_ELIGIBLE


def test_preferred_and_after_hire_rows_are_not_failures(seeded_state_rules, organisation):
    job = PublishedJobFactory(
        organisation=organisation,
        requirements=[
            ("national-certification", "required", 180),
            ("ptcb-cspt", "preferred", None),
        ],
        state_credential="trainee-accepted",
    )
    profile = CandidateProfileFactory()
    StateCredentialFactory(profile=profile, state_type="trainee")
    match = match_for_user(profile.user, job)
    assert [row.kind for row in match.rows] == ["after-hire", "preferred", "met"]
    assert match.verdict is Verdict.ELIGIBLE_WITH_CONDITIONS
