"""The eligibility snapshot: stored as codes, shown in words, and old English rows converted."""

import importlib
import json
import random
from datetime import date, timedelta

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from applications.models import Application
from applications.services import eligibility_snapshot
from applications.snapshot_text import SnapshotRow, result_from_snapshot, snapshot_text
from pharmacy import match_text
from pharmacy.credentials import CREDENTIALS, StateCredentialType, requirement_choices
from pharmacy.credentials import state_credential_code as state_code
from pharmacy.eligibility import (
    CredentialStatus,
    Held,
    Level,
    Reason,
    Requirement,
    StatePolicy,
    StateRequirement,
    evaluate,
)
from pharmacy.states import STATE_NAMES

migration = importlib.import_module("applications.migrations.0002_eligibility_snapshot_codes")

DAY = date(2026, 6, 1)
STATES = ["TX", "OH", "FL"]


def generated_matches(n=1500, seed=20260601):
    """Random candidates against random jobs: every reason and outcome turns up."""
    rng = random.Random(seed)
    holdable = list(CREDENTIALS) + [
        state_code(credential_type, state)
        for credential_type in StateCredentialType
        for state in STATES
    ]
    requirable = [code for code, _ in requirement_choices()]
    expiries = [None, None, DAY - timedelta(days=1), DAY, DAY + timedelta(days=300)]
    for _ in range(n):
        held = [
            Held(
                code,
                rng.choice(list(CredentialStatus)),
                rng.choice(expiries),
                rejected=rng.random() < 0.1,
                issued=not code.startswith("state-") or rng.random() > 0.15,
            )
            for code in (rng.choice(holdable) for _ in range(rng.randint(0, 4)))
        ]
        requirements = [
            Requirement(rng.choice(requirable), rng.choice(list(Level)), rng.choice([None, 1, 90]))
            for _ in range(rng.randint(0, 2))
        ]
        state = StateRequirement(
            rng.choice(STATES), rng.choice([StatePolicy.REQUIRED, StatePolicy.TRAINEE_ACCEPTED])
        )
        yield evaluate(held, requirements, state, DAY)


def words(match):
    return [
        (match_text.requirement_label(r.requirement), match_text.explanation(r))
        for r in match.results
    ]


# The stored form --------------------------------------------------------------------------------


def test_snapshot_reads_back_to_the_same_results_and_words():
    reasons = set()
    for match in generated_matches():
        stored = json.loads(json.dumps(eligibility_snapshot(match, DAY)))  # As the column keeps it.
        assert [result_from_snapshot(r) for r in stored["results"]] == list(match.results)
        shown = snapshot_text(stored)
        assert shown.verdict == match.verdict
        assert shown.verdict_text == match_text.verdict_text(match.verdict)
        assert shown.on == DAY
        assert [(row.label, row.explanation) for row in shown.rows] == words(match)
        assert [row.outcome for row in shown.rows] == [r.outcome for r in match.results]
        reasons |= {r.reason for r in match.results}
    assert reasons == set(Reason)


def test_snapshot_stores_no_sentences():
    for match in generated_matches(300):
        text = json.dumps(eligibility_snapshot(match, DAY))
        for sentence in words(match):
            assert sentence[1] not in text
        assert "You meet" not in text and "You don't" not in text


def test_expired_credential_keeps_status_and_date():
    held = Held("nha-cpht", CredentialStatus.EXPIRED, date(2026, 1, 31))
    match = evaluate([held], [Requirement("national-certification")], None, DAY)
    (stored,) = eligibility_snapshot(match, DAY)["results"]
    assert stored["reason"] == "expired"
    assert stored["credential"] == {
        "code": "nha-cpht",
        "status": "expired",
        "expires_on": "2026-01-31",
    }
    assert snapshot_text({"results": [stored]}).rows[0].explanation == (
        "Your NHA CPhT expired on Jan 31, 2026"
    )


# Old rows ---------------------------------------------------------------------------------------

OLD_SNAPSHOT = {
    "on": "2026-06-01",
    "verdict": "not-eligible",
    "verdict_text": "You don't meet all requirements yet",
    "results": [
        {
            "requirement": "National certification (PTCB or NHA CPhT)",
            "outcome": "met",
            "outcome_label": "Met",
            "met": True,
            "explanation": "Met by your PTCB CPhT (expires 2027-03-01)",
        },
        {
            "requirement": "Texas registration or licence",
            "outcome": "missing",
            "outcome_label": "Missing",
            "met": False,
            "explanation": "Requires a Texas credential; yours are from Florida and Ohio",
        },
        {
            "requirement": "PTCB Certified Compounded Sterile Preparation Technician (CSPT)",
            "outcome": "needed-within",
            "outcome_label": "Needed after hire",
            "met": False,
            "explanation": "Your PTCB CSPT expired on 2026-05-31; needed within 90 days of hire",
        },
    ],
}


def test_an_unconverted_old_row_shows_its_stored_text():
    shown = snapshot_text(OLD_SNAPSHOT)
    assert shown.verdict_text == "You don't meet all requirements yet"  # From the verdict code.
    assert shown.on == DAY
    assert shown.rows == (
        SnapshotRow(
            "National certification (PTCB or NHA CPhT)",
            "met",
            "Met by your PTCB CPhT (expires 2027-03-01)",
        ),
        SnapshotRow(
            "Texas registration or licence",
            "missing",
            "Requires a Texas credential; yours are from Florida and Ohio",
        ),
        SnapshotRow(
            "PTCB Certified Compounded Sterile Preparation Technician (CSPT)",
            "needed-within",
            "Your PTCB CSPT expired on 2026-05-31; needed within 90 days of hire",
        ),
    )
    assert [row.is_met for row in shown.rows] == [True, False, False]


def test_old_row_without_codes_falls_back_to_its_text():
    shown = snapshot_text(
        {"verdict_text": "You meet all requirements", "results": [{"requirement": "Something"}]},
        verdict="",
    )
    assert shown.verdict_text == "You meet all requirements"
    assert shown.rows == (SnapshotRow("Something", "", ""),)


def test_verdict_comes_from_the_column_when_the_snapshot_has_none():
    assert snapshot_text({}, verdict="eligible").verdict_text == "You meet all requirements"


def test_anonymised():
    assert snapshot_text({"anonymised": True}, verdict="eligible").anonymised


# The conversion (migration 0002) ----------------------------------------------------------------


def test_conversion_reads_the_codes_back():
    assert migration.convert(OLD_SNAPSHOT, "not-eligible") == {
        "format": 2,
        "on": "2026-06-01",
        "verdict": "not-eligible",
        "results": [
            {
                "requirement": {
                    "code": "national-certification",
                    "level": "required",
                    "within_days": None,
                },
                "outcome": "met",
                "reason": "met",
                "credential": {"code": "ptcb-cpht", "status": "active", "expires_on": "2027-03-01"},
                "other_states": [],
            },
            {
                "requirement": {"state": "TX", "policy": None},
                "outcome": "missing",
                "reason": "other-state",
                "credential": None,
                "other_states": ["FL", "OH"],
            },
            {
                "requirement": {"code": "ptcb-cspt", "level": "required", "within_days": 90},
                "outcome": "needed-within",
                "reason": "expired",
                # "expired on <date>" does not say whether by status or by date.
                "credential": {"code": "ptcb-cspt", "status": None, "expires_on": "2026-05-31"},
                "other_states": [],
            },
        ],
    }


# Format 1 rows were written in the words of issue 9 (before issue 12): these are they.
_FORMAT_1_REASONS = {
    Reason.MET,
    Reason.REQUIRES,
    Reason.PENDING,
    Reason.INACTIVE,
    Reason.EXPIRED,
    Reason.TRAINEE_NOT_ACCEPTED,
    Reason.ASSISTANT_NOT_ACCEPTED,
    Reason.OTHER_STATE,
    Reason.NO_STATE_CREDENTIAL,
    Reason.NO_STATE_OR_TRAINEE_CREDENTIAL,
}
_FORMAT_1_PHRASES = {
    Reason.TRAINEE_NOT_ACCEPTED: "This job does not accept trainees",
    Reason.ASSISTANT_NOT_ACCEPTED: (
        "Requires a %(state)s technician credential; an assistant credential does not count"
    ),
    Reason.NO_STATE_CREDENTIAL: "Requires a %(state)s technician credential",
    Reason.NO_STATE_OR_TRAINEE_CREDENTIAL: "Requires a %(state)s technician or trainee credential",
}


def _format_1_label(requirement):
    if isinstance(requirement, StateRequirement):
        return f"{STATE_NAMES[requirement.state]} registration or licence"
    return match_text.label_for(requirement.code)


def _format_1_expressible(match):
    return all(
        r.reason in _FORMAT_1_REASONS
        and not (r.reason is Reason.EXPIRED and r.closest.expires_on is None)
        and r.reason is not Reason.OTHER_STATE
        for r in match.results
    )


def test_converted_rows_show_the_same_words_as_new_ones(monkeypatch):
    """Old rows, written with ISO dates, convert to snapshots that read like new ones."""
    new_rows, old_rows = [], []
    for match in generated_matches(800, seed=7):
        if not _format_1_expressible(match):
            continue
        new_rows.append(snapshot_text(eligibility_snapshot(match, DAY)))
        with monkeypatch.context() as m:
            m.setattr(match_text, "site_date", date.isoformat)
            m.setattr(match_text, "requirement_label", _format_1_label)
            phrases = dict(match_text._PHRASES[match_text.Voice.CANDIDATE])
            phrases.update(_FORMAT_1_PHRASES)
            m.setitem(match_text._PHRASES, match_text.Voice.CANDIDATE, phrases)
            old = {
                "on": DAY.isoformat(),
                "verdict": match.verdict.value,
                "verdict_text": match_text.verdict_text(match.verdict),
                "results": [
                    {
                        "requirement": label,
                        "outcome": r.outcome.value,
                        "outcome_label": str(r.outcome.label),
                        "met": r.outcome.value in ("met", "preferred-met"),
                        "explanation": explanation,
                    }
                    for r, (label, explanation) in zip(match.results, words(match), strict=True)
                ],
            }
        converted = migration.convert(old, match.verdict.value)
        assert "verdict_text" not in converted
        assert all(
            "explanation" not in r and "outcome_label" not in r for r in converted["results"]
        )
        assert all(r["reason"] != migration.UNKNOWN for r in converted["results"]), old
        old_rows.append(snapshot_text(converted))
    assert len(new_rows) > 100
    assert old_rows == new_rows


def test_conversion_maps_outcome_labels_and_the_verdict_column():
    old = {
        "on": "2026-06-01",
        "verdict_text": "Something else",
        "results": [
            {
                "requirement": "PTCB Certified Pharmacy Technician (CPhT)",
                "outcome_label": "Preferred, not met",
                "met": False,
                "explanation": "Requires PTCB CPhT (preferred, not required)",
            }
        ],
    }
    converted = migration.convert(old, "eligible")
    assert converted["verdict"] == "eligible"
    (result,) = converted["results"]
    assert (result["outcome"], result["reason"]) == ("preferred-missing", "requires")
    assert result["requirement"] == {"code": "ptcb-cpht", "level": "preferred", "within_days": None}
    assert snapshot_text(converted).rows[0].explanation == (
        "Requires PTCB CPhT (preferred, not required)"
    )


def test_a_sentence_it_cannot_read_is_stored_as_unknown_and_shows_the_outcome():
    old = {
        "verdict": "not-eligible",
        "results": [
            {
                "requirement": "A retired credential",
                "outcome": "missing",
                "explanation": "Your Retired Thing has expired",
            },
            {
                "requirement": "Texas registration or licence",
                "outcome": "missing",
                "explanation": "Something nobody wrote",
            },
        ],
    }
    converted = migration.convert(old, "not-eligible")
    assert [r["reason"] for r in converted["results"]] == ["unknown", "unknown"]
    assert [r["requirement"] for r in converted["results"]] == [
        None,
        {"state": "TX", "policy": None},
    ]
    assert "Retired" not in json.dumps(converted)
    shown = snapshot_text(converted)
    assert shown.verdict_text == "You don't meet all requirements yet"
    assert shown.rows == (
        SnapshotRow("Credential requirement", "missing", "Missing"),
        SnapshotRow("Texas state credential", "missing", "Missing"),
    )


@pytest.mark.parametrize(
    "snapshot",
    [{"anonymised": True}, {}, {"format": 2, "verdict": "eligible", "results": []}],
    ids=["anonymised", "empty", "converted"],
)
def test_conversion_leaves_these_alone(snapshot):
    assert migration.convert(snapshot, "eligible") is snapshot


@pytest.mark.django_db
def test_forwards_converts_stored_rows(application):
    anonymised = Application.objects.create(
        job=application.job, eligibility_snapshot={"anonymised": True}
    )
    Application.objects.filter(pk=application.pk).update(eligibility_snapshot=OLD_SNAPSHOT)
    migration.forwards(django_apps, None)
    application.refresh_from_db()
    anonymised.refresh_from_db()
    assert application.eligibility_snapshot == migration.convert(OLD_SNAPSHOT, "not-eligible")
    assert anonymised.eligibility_snapshot == {"anonymised": True}


# Pages and emails -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_pages_show_new_and_old_rows_in_words(client, candidate, member, application):
    mine = reverse("applications:my_application", kwargs={"pk": application.pk})
    client.force_login(candidate)
    page = client.get(mine).content.decode()
    assert "You meet all requirements" in page
    assert "<strong>Texas state credential</strong> — Met by your Texas registration" in page
    Application.objects.filter(pk=application.pk).update(eligibility_snapshot=OLD_SNAPSHOT)
    page = client.get(mine).content.decode()
    assert "You don&#x27;t meet all requirements yet" in page
    assert "(as of June 1, 2026)" in page
    assert "yours are from Florida and Ohio" in page
    client.force_login(member)
    detail = reverse("applications:application_detail", kwargs={"pk": application.pk})
    assert "Your PTCB CSPT expired on 2026-05-31" in client.get(detail).content.decode()


@pytest.mark.django_db
def test_email_says_the_verdict_in_plain_text(
    other_candidate, job, member, mailoutbox, django_capture_on_commit_callbacks
):
    from applications.services import application_submit
    from candidates.resumes import inspect
    from candidates.services import resume_add
    from tests.files import pdf_upload

    profile = other_candidate.candidate_profile
    with django_capture_on_commit_callbacks(execute=True):
        application_submit(
            job=job,
            candidate=other_candidate,
            resume=resume_add(profile=profile, resume_file=inspect(pdf_upload())),
        )
    # The employer's email, in the employer's voice (issue 14).
    assert "Match: Does not meet all required credentials\n" in mailoutbox[0].body
