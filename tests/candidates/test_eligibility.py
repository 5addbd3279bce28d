"""The credential vocabulary, the eligibility rule (pure) and its results in words."""

import random
from datetime import date, timedelta

import pytest

from pharmacy import match_text
from pharmacy.credentials import (
    CREDENTIALS,
    NATIONAL_CERTIFICATION,
    CredentialKind,
    StateCredentialType,
    codes_met_by,
    credential_choices,
    label_for,
    parse_state_credential_code,
    requirement_choices,
    state_credential_code,
)
from pharmacy.eligibility import (
    CredentialStatus,
    Held,
    Level,
    Outcome,
    Reason,
    Requirement,
    StatePolicy,
    StateRequirement,
    Verdict,
    evaluate,
    held_from_have_codes,
    requirement_keys,
    satisfied_keys,
)
from pharmacy.states import US_STATES

DAY = date(2026, 6, 1)
YESTERDAY = DAY - timedelta(days=1)
TOMORROW = DAY + timedelta(days=1)

ACTIVE = CredentialStatus.ACTIVE
REQUIRED = Level.REQUIRED
PREFERRED = Level.PREFERRED

DOMAIN_CODES = {
    "ptcb-cpht",
    "nha-cpht",
    "ptcb-cpht-adv",
    "ptcb-cspt",
    "ptcb-cpted",
    "ptcb-tpv",
    "ptcb-med-history",
    "ptcb-hdm",
    "ptcb-billing",
    "ptcb-csdp",
    "ptcb-immunization",
    "ptcb-poct",
    "ptcb-mtm",
    "ptcb-regulatory",
    "ptcb-supply-chain",
    "ptcb-nonsterile",
}
ABC_CODES = DOMAIN_CODES - {"ptcb-cpht", "nha-cpht", "ptcb-cpht-adv", "ptcb-cspt", "ptcb-cpted"}


def held(code, status=ACTIVE, expires_on=None):
    return Held(code, status, expires_on)


REJECTED_CPHT = Held(
    "ptcb-cpht", rejected=True, rejection_reason="Number not found in PTCB's lookup"
)


def one_result(held_list, requirement=None, state_requirement=None):
    requirements = [requirement] if requirement is not None else []
    match = evaluate(held_list, requirements, state_requirement, DAY)
    assert len(match.results) == 1
    return match.results[0], match


# Credential requirements ---------------------------------------------------------------------

CREDENTIAL_CASES = [
    # id, held, requirement, outcome, reason, value (see value_of), in words
    ("ptcb-meets-national", [held("ptcb-cpht")], Requirement(NATIONAL_CERTIFICATION),
     Outcome.MET, Reason.MET, held("ptcb-cpht"), "Met by your PTCB CPhT"),
    ("nha-meets-national", [held("nha-cpht")], Requirement(NATIONAL_CERTIFICATION),
     Outcome.MET, Reason.MET, held("nha-cpht"), "Met by your NHA CPhT"),
    ("ptcb-meets-ptcb", [held("ptcb-cpht")], Requirement("ptcb-cpht"),
     Outcome.MET, Reason.MET, held("ptcb-cpht"), "Met by your PTCB CPhT"),
    ("nha-does-not-meet-ptcb", [held("nha-cpht")], Requirement("ptcb-cpht"),
     Outcome.MISSING, Reason.REQUIRES, None, "Requires PTCB CPhT"),
    ("ptcb-does-not-meet-nha", [held("ptcb-cpht")], Requirement("nha-cpht"),
     Outcome.MISSING, Reason.REQUIRES, None, "Requires NHA CPhT"),
    ("adv-counts-as-ptcb", [held("ptcb-cpht-adv")], Requirement("ptcb-cpht"),
     Outcome.MET, Reason.MET, held("ptcb-cpht-adv"), "Met by your PTCB CPhT-Adv"),
    ("adv-counts-as-national", [held("ptcb-cpht-adv")], Requirement(NATIONAL_CERTIFICATION),
     Outcome.MET, Reason.MET, held("ptcb-cpht-adv"), "Met by your PTCB CPhT-Adv"),
    ("cpht-is-not-adv", [held("ptcb-cpht")], Requirement("ptcb-cpht-adv"),
     Outcome.MISSING, Reason.REQUIRES, None, "Requires PTCB CPhT-Adv"),
    ("abc-is-not-national", [held("ptcb-tpv")], Requirement(NATIONAL_CERTIFICATION),
     Outcome.MISSING, Reason.REQUIRES, None, "Requires PTCB or NHA CPhT"),
    ("nothing-held", [], Requirement(NATIONAL_CERTIFICATION),
     Outcome.MISSING, Reason.REQUIRES, None, "Requires PTCB or NHA CPhT"),
    ("with-expiry-date", [held("ptcb-cpht", expires_on=date(2027, 3, 1))],
     Requirement("ptcb-cpht"), Outcome.MET, Reason.MET,
     held("ptcb-cpht", expires_on=date(2027, 3, 1)),
     "Met by your PTCB CPhT (expires Mar 1, 2027)"),
    ("expired-by-date", [held("nha-cpht", expires_on=date(2026, 1, 31))],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MISSING, Reason.EXPIRED,
     held("nha-cpht", expires_on=date(2026, 1, 31)), "Your NHA CPhT expired on Jan 31, 2026"),
    ("expired-by-status", [held("nha-cpht", CredentialStatus.EXPIRED)],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MISSING, Reason.MARKED_EXPIRED,
     held("nha-cpht", CredentialStatus.EXPIRED),
     "You marked your NHA CPhT as expired; if you renewed it, update its status"),
    ("expired-status-beats-future-date",
     [held("nha-cpht", CredentialStatus.EXPIRED, date(2030, 1, 1))],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MISSING, Reason.MARKED_EXPIRED,
     held("nha-cpht", CredentialStatus.EXPIRED, date(2030, 1, 1)),
     "You marked your NHA CPhT as expired; if you renewed it, update its status"),
    ("expires-day-of-check", [held("ptcb-cpht", expires_on=DAY)], Requirement("ptcb-cpht"),
     Outcome.MET, Reason.EXPIRING_SOON, held("ptcb-cpht", expires_on=DAY),
     "Met by your PTCB CPhT, which expires on Jun 1, 2026: renew it"),
    ("expired-day-before-check", [held("ptcb-cpht", expires_on=YESTERDAY)],
     Requirement("ptcb-cpht"), Outcome.MISSING, Reason.EXPIRED,
     held("ptcb-cpht", expires_on=YESTERDAY), "Your PTCB CPhT expired on May 31, 2026"),
    ("pending-does-not-count", [held("ptcb-cpht", CredentialStatus.PENDING)],
     Requirement("ptcb-cpht"), Outcome.MISSING, Reason.PENDING,
     held("ptcb-cpht", CredentialStatus.PENDING), "Your PTCB CPhT is still pending"),
    ("pending-beats-expired",
     [held("ptcb-cpht", expires_on=YESTERDAY), held("nha-cpht", CredentialStatus.PENDING)],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MISSING, Reason.PENDING,
     held("nha-cpht", CredentialStatus.PENDING), "Your NHA CPhT is still pending"),
    ("inactive-does-not-count", [held("ptcb-cpht", CredentialStatus.INACTIVE)],
     Requirement("ptcb-cpht"), Outcome.MISSING, Reason.INACTIVE,
     held("ptcb-cpht", CredentialStatus.INACTIVE), "Your PTCB CPhT is inactive"),
    ("valid-one-beats-expired-one",
     [held("nha-cpht", expires_on=YESTERDAY), held("ptcb-cpht")],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MET, Reason.MET, held("ptcb-cpht"),
     "Met by your PTCB CPhT"),
    ("within-90-held", [held("ptcb-cpht")], Requirement(NATIONAL_CERTIFICATION, within_days=90),
     Outcome.MET, Reason.MET, held("ptcb-cpht"), "Met by your PTCB CPhT"),
    ("within-90-not-held", [], Requirement(NATIONAL_CERTIFICATION, within_days=90),
     Outcome.NEEDED_WITHIN, Reason.REQUIRES, None, "Needed within 90 days of hire"),
    ("within-1-not-held", [], Requirement(NATIONAL_CERTIFICATION, within_days=1),
     Outcome.NEEDED_WITHIN, Reason.REQUIRES, None, "Needed within 1 day of hire"),
    ("within-90-expired", [held("nha-cpht", expires_on=YESTERDAY)],
     Requirement(NATIONAL_CERTIFICATION, within_days=90), Outcome.NEEDED_WITHIN, Reason.EXPIRED,
     held("nha-cpht", expires_on=YESTERDAY),
     "Your NHA CPhT expired on May 31, 2026; needed within 90 days of hire"),
    ("within-30-pending", [held("ptcb-cspt", CredentialStatus.PENDING)],
     Requirement("ptcb-cspt", within_days=30), Outcome.NEEDED_WITHIN, Reason.PENDING,
     held("ptcb-cspt", CredentialStatus.PENDING),
     "Your PTCB CSPT is still pending; needed within 30 days of hire"),
    ("preferred-held", [held("ptcb-cspt"), held("ptcb-cpht")], Requirement("ptcb-cspt", PREFERRED),
     Outcome.PREFERRED_MET, Reason.MET, held("ptcb-cspt"), "Met by your PTCB CSPT"),
    # Issue 12: every state of a credential has its own reason.
    ("expiring-soon", [held("ptcb-cpht", expires_on=DAY + timedelta(days=60))],
     Requirement("ptcb-cpht"), Outcome.MET, Reason.EXPIRING_SOON,
     held("ptcb-cpht", expires_on=DAY + timedelta(days=60)),
     "Met by your PTCB CPhT, which expires on Jul 31, 2026: renew it"),
    ("not-expiring-soon-yet", [held("ptcb-cpht", expires_on=DAY + timedelta(days=61))],
     Requirement("ptcb-cpht"), Outcome.MET, Reason.MET,
     held("ptcb-cpht", expires_on=DAY + timedelta(days=61)),
     "Met by your PTCB CPhT (expires Aug 1, 2026)"),
    ("rejected-with-reason", [REJECTED_CPHT], Requirement(NATIONAL_CERTIFICATION),
     Outcome.MISSING, Reason.REJECTED, REJECTED_CPHT,
     "Our staff could not verify your PTCB CPhT: Number not found in PTCB's lookup"),
    ("rejected-without-reason", [Held("nha-cpht", rejected=True)],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MISSING, Reason.REJECTED,
     Held("nha-cpht", rejected=True), "Our staff could not verify your NHA CPhT"),
    ("valid-beats-rejected", [REJECTED_CPHT, held("nha-cpht")],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MET, Reason.MET, held("nha-cpht"),
     "Met by your NHA CPhT"),
    ("cspt-whose-cpht-lapsed", [held("ptcb-cspt"), held("ptcb-cpht", expires_on=YESTERDAY)],
     Requirement("ptcb-cspt"), Outcome.MISSING, Reason.PREREQUISITE, held("ptcb-cspt"),
     "Your PTCB CSPT counts only with an active PTCB CPhT"),
    ("cspt-without-cpht", [held("ptcb-cspt")], Requirement("ptcb-cspt"),
     Outcome.MISSING, Reason.PREREQUISITE, held("ptcb-cspt"),
     "Your PTCB CSPT counts only with an active PTCB CPhT"),
    ("cspt-with-adv", [held("ptcb-cspt"), held("ptcb-cpht-adv")], Requirement("ptcb-cspt"),
     Outcome.MET, Reason.MET, held("ptcb-cspt"), "Met by your PTCB CSPT"),
    ("abc-whose-cpht-pending", [held("ptcb-tpv"), held("ptcb-cpht", CredentialStatus.PENDING)],
     Requirement("ptcb-tpv"), Outcome.MISSING, Reason.PREREQUISITE, held("ptcb-tpv"),
     "Your PTCB Product Verification certificate counts only with an active PTCB CPhT"),
    ("adv-whose-cpht-entry-lapsed",
     [held("ptcb-cpht-adv"), held("ptcb-cpht", expires_on=YESTERDAY)],
     Requirement(NATIONAL_CERTIFICATION), Outcome.MISSING, Reason.PREREQUISITE,
     held("ptcb-cpht-adv"), "Your PTCB CPhT-Adv counts only with an active PTCB CPhT"),
    ("cspt-lapsed-preferred", [held("ptcb-cspt")], Requirement("ptcb-cspt", PREFERRED),
     Outcome.PREFERRED_MISSING, Reason.PREREQUISITE, held("ptcb-cspt"),
     "Your PTCB CSPT counts only with an active PTCB CPhT (preferred, not required)"),
    ("preferred-not-held", [], Requirement("ptcb-cspt", PREFERRED),
     Outcome.PREFERRED_MISSING, Reason.REQUIRES, None,
     "Requires PTCB CSPT (preferred, not required)"),
    ("preferred-within-not-held", [], Requirement("ptcb-cspt", PREFERRED, within_days=30),
     Outcome.PREFERRED_MISSING, Reason.REQUIRES, None,
     "Requires PTCB CSPT (preferred, not required)"),
    ("preferred-expired", [held("ptcb-cspt", expires_on=YESTERDAY)],
     Requirement("ptcb-cspt", PREFERRED), Outcome.PREFERRED_MISSING, Reason.EXPIRED,
     held("ptcb-cspt", expires_on=YESTERDAY),
     "Your PTCB CSPT expired on May 31, 2026 (preferred, not required)"),
]  # fmt: skip


def value_of(result):
    """The value a result's reason carries: the credential behind it, or the other states."""
    if result.reason in (Reason.MET, Reason.EXPIRING_SOON):
        return result.met_by
    if result.reason is Reason.OTHER_STATE:
        return result.other_states
    return result.closest


def assert_only_its_values(result):
    if result.reason not in (Reason.MET, Reason.EXPIRING_SOON):
        assert result.met_by is None
    with_closest = {
        Reason.PENDING,
        Reason.INACTIVE,
        Reason.EXPIRED,
        Reason.MARKED_EXPIRED,
        Reason.REJECTED,
        Reason.PREREQUISITE,
        Reason.NOT_ISSUED,
    }
    if result.reason not in with_closest:
        assert result.closest is None
    assert bool(result.prerequisite) is (result.reason is Reason.PREREQUISITE)
    if result.reason is not Reason.OTHER_STATE:
        assert result.other_states == ()


@pytest.mark.parametrize(
    ("held_list", "requirement", "outcome", "reason", "value"),
    [pytest.param(*case[1:6], id=case[0]) for case in CREDENTIAL_CASES],
)
def test_credential_requirement(held_list, requirement, outcome, reason, value):
    result, _ = one_result(held_list, requirement)
    assert result.outcome is outcome
    assert result.reason is reason
    assert value_of(result) == value
    assert_only_its_values(result)
    assert result.requirement == requirement
    assert (result.met_by is not None) == (outcome in {Outcome.MET, Outcome.PREFERRED_MET})


@pytest.mark.parametrize(
    ("held_list", "requirement", "words"),
    [pytest.param(case[1], case[2], case[-1], id=case[0]) for case in CREDENTIAL_CASES],
)
def test_credential_requirement_in_words(held_list, requirement, words):
    result, _ = one_result(held_list, requirement)
    assert match_text.explanation(result) == words


def test_met_by_is_the_longest_lasting_credential():
    lasting = held("ptcb-cpht-adv")
    result, _ = one_result(
        [held("ptcb-cpht", expires_on=TOMORROW), lasting, held("nha-cpht", expires_on=DAY)],
        Requirement(NATIONAL_CERTIFICATION),
    )
    assert result.met_by == lasting


@pytest.mark.parametrize(
    ("expires_on", "valid"),
    [
        pytest.param(None, True, id="no-expiry"),
        pytest.param(TOMORROW, True, id="expires-tomorrow"),
        pytest.param(DAY, True, id="expires-today"),
        pytest.param(YESTERDAY, False, id="expired-yesterday"),
    ],
)
def test_valid_through_expiry_date(expires_on, valid):
    assert held("ptcb-cpht", expires_on=expires_on).is_valid_on(DAY) is valid


@pytest.mark.parametrize("status", list(CredentialStatus), ids=str)
def test_only_active_status_is_valid(status):
    assert held("ptcb-cpht", status).is_valid_on(DAY) is (status is ACTIVE)


# State requirement --------------------------------------------------------------------------

TX_REQUIRED = StateRequirement("TX", StatePolicy.REQUIRED)
TX_TRAINEES = StateRequirement("TX", StatePolicy.TRAINEE_ACCEPTED)
TX_REQUIRED_TITLED = StateRequirement("TX", title="Registered pharmacy technician")
TX_LICENSE_NOT_ISSUED = Held("state-license-TX", issued=False)

STATE_CASES = [
    # id, held, state requirement, outcome, reason, value (see value_of), in words
    ("registration", [held("state-registration-TX")], TX_REQUIRED,
     Outcome.MET, Reason.MET, held("state-registration-TX"), "Met by your Texas registration"),
    ("license", [held("state-license-TX", expires_on=date(2027, 3, 1))], TX_REQUIRED,
     Outcome.MET, Reason.MET, held("state-license-TX", expires_on=date(2027, 3, 1)),
     "Met by your Texas license (expires Mar 1, 2027)"),
    ("state-certification", [held("state-state-certification-TX")], TX_REQUIRED,
     Outcome.MET, Reason.MET, held("state-state-certification-TX"),
     "Met by your Texas state certification"),
    ("registration-where-trainees-ok", [held("state-registration-TX")], TX_TRAINEES,
     Outcome.MET, Reason.MET, held("state-registration-TX"), "Met by your Texas registration"),
    ("other-state", [held("state-registration-OH")], TX_REQUIRED,
     Outcome.MISSING, Reason.OTHER_STATE, ("OH",),
     "Requires a Texas credential; yours is from Ohio"),
    ("other-states", [held("state-license-OH"), held("state-license-FL")], TX_REQUIRED,
     Outcome.MISSING, Reason.OTHER_STATE, ("FL", "OH"),
     "Requires a Texas credential; yours are from Florida and Ohio"),
    ("three-other-states",
     [held("state-license-OH"), held("state-license-FL"), held("state-trainee-CA")], TX_REQUIRED,
     Outcome.MISSING, Reason.OTHER_STATE, ("CA", "FL", "OH"),
     "Requires a Texas credential; yours are from California, Florida and Ohio"),
    ("trainee-accepted", [held("state-trainee-TX")], TX_TRAINEES,
     Outcome.MET, Reason.MET, held("state-trainee-TX"), "Met by your Texas trainee credential"),
    ("trainee-not-accepted", [held("state-trainee-TX")], TX_REQUIRED,
     Outcome.MISSING, Reason.TRAINEE_NOT_ACCEPTED, None,
     "This job does not accept trainees: it needs a Texas technician credential"),
    ("trainee-not-accepted-titled", [held("state-trainee-TX")], TX_REQUIRED_TITLED,
     Outcome.MISSING, Reason.TRAINEE_NOT_ACCEPTED, None,
     "This job does not accept trainees: it needs a Texas technician credential "
     "(Registered pharmacy technician)"),
    ("type-not-issued", [TX_LICENSE_NOT_ISSUED], TX_REQUIRED,
     Outcome.MISSING, Reason.NOT_ISSUED, TX_LICENSE_NOT_ISSUED,
     "Texas does not issue licenses to pharmacy technicians; check your credential's type"),
    ("ny-trainee-not-issued", [Held("state-trainee-NY", issued=False)],
     StateRequirement("NY", StatePolicy.REQUIRED),
     Outcome.MISSING, Reason.NOT_ISSUED, Held("state-trainee-NY", issued=False),
     "New York does not issue trainee credentials to pharmacy technicians; check your "
     "credential's type"),
    ("an-ohio", [held("state-registration-TX")], StateRequirement("OH"),
     Outcome.MISSING, Reason.OTHER_STATE, ("TX",),
     "Requires an Ohio credential; yours is from Texas"),
    ("rejected-state", [Held("state-registration-TX", rejected=True)], TX_REQUIRED,
     Outcome.MISSING, Reason.REJECTED, Held("state-registration-TX", rejected=True),
     "Our staff could not verify your Texas registration"),
    ("trainee-other-state", [held("state-trainee-OH")], TX_TRAINEES,
     Outcome.MISSING, Reason.OTHER_STATE, ("OH",),
     "Requires a Texas credential; yours is from Ohio"),
    ("assistant", [held("state-assistant-TX")], TX_REQUIRED,
     Outcome.MISSING, Reason.ASSISTANT_NOT_ACCEPTED, None,
     "Requires a Texas technician credential; an assistant credential does not count"),
    ("assistant-where-trainees-ok", [held("state-assistant-TX")], TX_TRAINEES,
     Outcome.MISSING, Reason.ASSISTANT_NOT_ACCEPTED, None,
     "Requires a Texas technician credential; an assistant credential does not count"),
    ("expired", [held("state-registration-TX", expires_on=YESTERDAY)], TX_REQUIRED,
     Outcome.MISSING, Reason.EXPIRED, held("state-registration-TX", expires_on=YESTERDAY),
     "Your Texas registration expired on May 31, 2026"),
    ("expired-beats-other-state",
     [held("state-registration-TX", CredentialStatus.EXPIRED), held("state-registration-OH")],
     TX_REQUIRED, Outcome.MISSING, Reason.MARKED_EXPIRED,
     held("state-registration-TX", CredentialStatus.EXPIRED),
     "You marked your Texas registration as expired; if you renewed it, update its status"),
    ("none-held", [], TX_REQUIRED,
     Outcome.MISSING, Reason.NO_STATE_CREDENTIAL, None, "Requires a Texas technician credential"),
    ("none-held-trainees-ok", [], TX_TRAINEES,
     Outcome.MISSING, Reason.NO_STATE_OR_TRAINEE_CREDENTIAL, None,
     "Requires a Texas technician or trainee credential"),
    ("national-cert-is-not-state", [held("ptcb-cpht")], TX_REQUIRED,
     Outcome.MISSING, Reason.NO_STATE_CREDENTIAL, None, "Requires a Texas technician credential"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("held_list", "state_requirement", "outcome", "reason", "value"),
    [pytest.param(*case[1:6], id=case[0]) for case in STATE_CASES],
)
def test_state_requirement(held_list, state_requirement, outcome, reason, value):
    result, match = one_result(held_list, state_requirement=state_requirement)
    assert result.outcome is outcome
    assert result.reason is reason
    assert value_of(result) == value
    assert_only_its_values(result)
    assert match.is_eligible is (outcome is Outcome.MET)


@pytest.mark.parametrize(
    ("held_list", "state_requirement", "words"),
    [pytest.param(case[1], case[2], case[-1], id=case[0]) for case in STATE_CASES],
)
def test_state_requirement_in_words(held_list, state_requirement, words):
    result, _ = one_result(held_list, state_requirement=state_requirement)
    assert match_text.explanation(result) == words


def test_the_tables_reach_every_reason():
    assert {case[4] for case in CREDENTIAL_CASES + STATE_CASES} == set(Reason)


def test_state_not_required_is_not_evaluated():
    match = evaluate([], [], StateRequirement("TX", StatePolicy.NOT_REQUIRED), DAY)
    assert match.results == ()
    assert match.verdict is Verdict.ELIGIBLE


# Verdicts -----------------------------------------------------------------------------------

NATIONAL = Requirement(NATIONAL_CERTIFICATION)
NATIONAL_90 = Requirement(NATIONAL_CERTIFICATION, within_days=90)
CSPT_PREFERRED = Requirement("ptcb-cspt", PREFERRED)

VERDICT_CASES = [
    # id, held, requirements, state requirement, verdict
    ("no-requirements", [], [], None, Verdict.ELIGIBLE),
    ("all-met", [held("nha-cpht"), held("state-registration-TX")], [NATIONAL], TX_REQUIRED,
     Verdict.ELIGIBLE),
    ("only-needed-within-outstanding", [held("state-trainee-TX")], [NATIONAL_90], TX_TRAINEES,
     Verdict.ELIGIBLE_WITH_CONDITIONS),
    ("missing-beats-conditions", [], [NATIONAL_90, Requirement("ptcb-cspt")], None,
     Verdict.NOT_ELIGIBLE),
    ("missing-state", [held("ptcb-cpht")], [NATIONAL], TX_REQUIRED, Verdict.NOT_ELIGIBLE),
    ("preferred-only-missing", [], [CSPT_PREFERRED, Requirement("ptcb-tpv", PREFERRED)], None,
     Verdict.ELIGIBLE),
    ("preferred-missing-required-met", [held("ptcb-cpht")], [NATIONAL, CSPT_PREFERRED], None,
     Verdict.ELIGIBLE),
    ("preferred-missing-with-condition", [], [NATIONAL_90, CSPT_PREFERRED], None,
     Verdict.ELIGIBLE_WITH_CONDITIONS),
]  # fmt: skip


@pytest.mark.parametrize(
    ("held_list", "requirements", "state_requirement", "verdict"),
    [pytest.param(*case[1:], id=case[0]) for case in VERDICT_CASES],
)
def test_verdict(held_list, requirements, state_requirement, verdict):
    match = evaluate(held_list, requirements, state_requirement, DAY)
    assert match.verdict is verdict
    assert match.is_eligible is (verdict is not Verdict.NOT_ELIGIBLE)


def test_match_helpers_list_missing_and_conditions():
    cspt = Requirement("ptcb-cspt")
    match = evaluate([], [NATIONAL_90, cspt, CSPT_PREFERRED], TX_REQUIRED, DAY)
    assert [r.requirement for r in match.missing] == [cspt, TX_REQUIRED]
    assert [r.requirement for r in match.conditions] == [NATIONAL_90]
    assert [r.requirement for r in match.results] == [
        NATIONAL_90,
        cspt,
        CSPT_PREFERRED,
        TX_REQUIRED,
    ]


# Search keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requirements", "state_requirement", "keys"),
    [
        pytest.param([], None, set(), id="nothing"),
        pytest.param([NATIONAL], TX_REQUIRED, {"national-certification", "state-TX"}, id="hard"),
        pytest.param([NATIONAL_90, CSPT_PREFERRED], None, set(), id="soft-only"),
        pytest.param([], TX_TRAINEES, {"state-TX-trainee-ok"}, id="trainees-ok"),
        pytest.param(
            [Requirement("ptcb-cpht")],
            StateRequirement("TX", StatePolicy.NOT_REQUIRED),
            {"ptcb-cpht"},
            id="state-not-required",
        ),
    ],
)
def test_requirement_keys(requirements, state_requirement, keys):
    assert requirement_keys(requirements, state_requirement) == keys


@pytest.mark.parametrize(
    ("held_list", "keys"),
    [
        pytest.param([held("ptcb-cpht")], {"ptcb-cpht", NATIONAL_CERTIFICATION}, id="ptcb"),
        pytest.param([held("nha-cpht")], {"nha-cpht", NATIONAL_CERTIFICATION}, id="nha"),
        pytest.param(
            [held("ptcb-cpht-adv")],
            {"ptcb-cpht-adv", "ptcb-cpht", NATIONAL_CERTIFICATION},
            id="adv",
        ),
        pytest.param(
            [held("state-registration-TX")],
            {"state-registration-TX", "state-TX", "state-TX-trainee-ok"},
            id="registration",
        ),
        pytest.param(
            [held("state-trainee-TX")], {"state-trainee-TX", "state-TX-trainee-ok"}, id="trainee"
        ),
        pytest.param([held("state-assistant-TX")], {"state-assistant-TX"}, id="assistant"),
        pytest.param([held("ptcb-cpht", expires_on=YESTERDAY)], set(), id="expired"),
        pytest.param([held("ptcb-cpht", CredentialStatus.PENDING)], set(), id="pending"),
    ],
)
def test_satisfied_keys(held_list, keys):
    assert satisfied_keys(held_list, DAY) == keys


def test_keys_agree_with_evaluate_on_generated_cases():
    """evaluate() says not eligible exactly when the index keys say the job is out of reach."""
    rng = random.Random(20260601)
    states = ["TX", "OH", "CA"]
    holdable = list(CREDENTIALS) + [
        state_credential_code(credential_type, state)
        for credential_type in StateCredentialType
        for state in states
    ]
    requirable = [code for code, _ in requirement_choices()]
    expiries = [None, None, YESTERDAY, DAY, TOMORROW, DAY - timedelta(days=400)]
    verdicts = set()
    for _ in range(5000):
        held_list = [
            Held(
                code,
                rng.choice(list(CredentialStatus)),
                rng.choice(expiries),
                rejected=rng.random() < 0.1,
                issued=not code.startswith("state-") or rng.random() > 0.15,
            )
            for code in (rng.choice(holdable) for _ in range(rng.randint(0, 5)))
        ]
        requirements = [
            Requirement(rng.choice(requirable), rng.choice(list(Level)), rng.choice([None, 90]))
            for _ in range(rng.randint(0, 3))
        ]
        state_requirement = rng.choice(
            [None, StateRequirement(rng.choice(states), rng.choice(list(StatePolicy)))]
        )
        match = evaluate(held_list, requirements, state_requirement, DAY)
        keys_say_eligible = requirement_keys(requirements, state_requirement) <= satisfied_keys(
            held_list, DAY
        )
        assert (match.verdict is not Verdict.NOT_ELIGIBLE) is keys_say_eligible, (
            held_list,
            requirements,
            state_requirement,
        )
        verdicts.add(match.verdict)
    assert verdicts == set(Verdict)  # The generator reaches every verdict.


# Vocabulary ---------------------------------------------------------------------------------


def test_every_domain_code_is_in_the_vocabulary():
    assert set(CREDENTIALS) == DOMAIN_CODES
    assert all(code == credential.code for code, credential in CREDENTIALS.items())


@pytest.mark.parametrize("code", sorted(ABC_CODES))
def test_abcs_are_non_expiring_certificates(code):
    credential = CREDENTIALS[code]
    assert credential.kind is CredentialKind.CERTIFICATE
    assert credential.renewal_months is None


@pytest.mark.parametrize(
    ("code", "met"),
    [
        pytest.param("ptcb-cpht", {"ptcb-cpht", NATIONAL_CERTIFICATION}, id="ptcb"),
        pytest.param("nha-cpht", {"nha-cpht", NATIONAL_CERTIFICATION}, id="nha"),
        pytest.param(
            "ptcb-cpht-adv", {"ptcb-cpht-adv", "ptcb-cpht", NATIONAL_CERTIFICATION}, id="adv"
        ),
        pytest.param("ptcb-cspt", {"ptcb-cspt"}, id="cspt"),
        pytest.param("ptcb-billing", {"ptcb-billing"}, id="abc"),
    ],
)
def test_codes_met_by(code, met):
    assert codes_met_by(code) == met


def test_codes_met_by_unknown_code():
    with pytest.raises(ValueError, match="Unknown credential code 'ptcb-foo'"):
        codes_met_by("ptcb-foo")


def test_requirement_choices_put_the_group_first_then_every_credential():
    codes = [code for code, _ in requirement_choices()]
    assert requirement_choices()[0] == (
        NATIONAL_CERTIFICATION,
        "National certification (PTCB or NHA CPhT)",
    )
    assert codes[1:] == [code for code, _ in credential_choices()]
    assert set(codes[1:]) == DOMAIN_CODES


def test_us_states():
    codes = [code for code, _ in US_STATES]
    assert len(codes) == len(set(codes)) == 52  # 50 states, DC and Puerto Rico.
    assert {"DC", "PR", "TX"} <= set(codes)
    assert all(len(code) == 2 and code.isupper() for code in codes)


@pytest.mark.parametrize(
    ("code", "label"),
    [
        pytest.param("ptcb-cpht", "PTCB Certified Pharmacy Technician (CPhT)", id="ptcb"),
        pytest.param("nha-cpht", "NHA Certified Pharmacy Technician (CPhT)", id="nha"),
        pytest.param(
            NATIONAL_CERTIFICATION, "National certification (PTCB or NHA CPhT)", id="group"
        ),
        pytest.param("state-registration-TX", "Texas registration", id="state"),
        pytest.param(
            "state-state-certification-DC", "District of Columbia state certification", id="dc"
        ),
    ],
)
def test_label_for(code, label):
    assert label_for(code) == label


@pytest.mark.parametrize("code", ["", "cpht", "state-TX", "STATE-registration-TX"])
def test_label_for_unknown_code(code):
    with pytest.raises(ValueError, match="Unknown credential code"):
        label_for(code)


# State credential codes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credential_type", "state", "code"),
    [
        pytest.param(StateCredentialType.REGISTRATION, "TX", "state-registration-TX", id="enum"),
        pytest.param("license", "CA", "state-license-CA", id="str-type"),
        pytest.param(
            StateCredentialType.STATE_CERTIFICATION,
            "WA",
            "state-state-certification-WA",
            id="hyphenated-type",
        ),
        pytest.param(StateCredentialType.TRAINEE, "PR", "state-trainee-PR", id="puerto-rico"),
    ],
)
def test_state_credential_code_round_trip(credential_type, state, code):
    assert state_credential_code(credential_type, state) == code
    assert parse_state_credential_code(code) == (StateCredentialType(credential_type), state)


def test_every_state_and_type_round_trips():
    for credential_type in StateCredentialType:
        for state, _ in US_STATES:
            code = state_credential_code(credential_type, state)
            assert parse_state_credential_code(code) == (credential_type, state)


@pytest.mark.parametrize(
    ("credential_type", "state"),
    [
        pytest.param("registration", "ZZ", id="unknown-state"),
        pytest.param("registration", "tx", id="lowercase-state"),
        pytest.param("registration", "", id="empty-state"),
        pytest.param("foo", "TX", id="unknown-type"),
        pytest.param("Registration", "TX", id="capitalised-type"),
    ],
)
def test_state_credential_code_rejects_bad_input(credential_type, state):
    with pytest.raises(ValueError):
        state_credential_code(credential_type, state)


@pytest.mark.parametrize(
    "code",
    [
        "state-registration-ZZ",
        "state-foo-TX",
        "",
        # Only the canonical spelling parses, so one credential never has two codes.
        "STATE-registration-tx",
        "STATE-registration-TX",
        "state-registration-tx",
        "state-Registration-TX",
        " state-registration-TX",
        "state-registration-TX ",
        "state-registration-TXX",
        "state-registration-",
        "state-registration",
        "state-TX",
        "state--TX",
        "state-TX-trainee-ok",
        "ptcb-cpht",
    ],
)
def test_parse_state_credential_code_rejects_bad_input(code):
    assert parse_state_credential_code(code) is None


# Building Held and requirements -------------------------------------------------------------


def test_held_from_have_codes():
    result = held_from_have_codes(["ptcb-cpht", "state-registration-TX", "ptcb-cpht"])
    assert result == [Held("ptcb-cpht"), Held("state-registration-TX")]
    assert all(h.status is ACTIVE and h.expires_on is None for h in result)


@pytest.mark.parametrize(
    "code", ["ptcb-foo", NATIONAL_CERTIFICATION, "state-registration-tx", "", "CPhT"]
)
def test_held_from_have_codes_rejects_unknown_codes(code):
    with pytest.raises(ValueError, match=f"Unknown credential code '{code}'"):
        held_from_have_codes(["ptcb-cpht", code])


def test_held_accepts_stored_status_strings():
    assert held("ptcb-cpht", "active").status is ACTIVE


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        pytest.param(lambda: Held("cpht"), "Unknown credential code", id="held-unknown"),
        pytest.param(lambda: Held("ptcb-cpht", "lapsed"), "lapsed", id="held-status"),
        pytest.param(lambda: Requirement("cpht"), "Unknown requirement", id="unknown"),
        pytest.param(
            lambda: Requirement("state-registration-TX"), "Unknown requirement", id="state-code"
        ),
        pytest.param(lambda: Requirement("ptcb-cpht", within_days=0), "within_days", id="zero"),
        pytest.param(lambda: StateRequirement("tx"), "Unknown state", id="lowercase-state"),
    ],
)
def test_bad_input_is_rejected(factory, message):
    with pytest.raises(ValueError, match=message):
        factory()
