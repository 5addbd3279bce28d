"""Eligibility snapshots: from English sentences (format 1) to codes and dates (format 2).

Format 1 stored ``verdict_text`` and, per requirement, its label, ``outcome_label`` and an
English ``explanation``. Those sentences came from known templates, so :func:`convert` reads
the codes back from them; what cannot be read back is stored as unknown (reason "unknown", a
null credential status or policy) and the page shows the outcome instead. The vocabulary
(labels, state names) is read from ``pharmacy``: it is data, not models, and it names the
same credentials as when these rows were written.

Reversing leaves rows in format 2 (pages read both formats).
"""

import re

from django.db import migrations

FORMAT = 2
UNKNOWN = "unknown"
OUTCOMES = ("met", "missing", "needed-within", "preferred-met", "preferred-missing")
OUTCOME_LABELS = {  # The English labels format 1 stored.
    "Met": "met",
    "Missing": "missing",
    "Needed after hire": "needed-within",
    "Preferred, met": "preferred-met",
    "Preferred, not met": "preferred-missing",
}
VERDICTS = ("eligible", "eligible-with-conditions", "not-eligible")
VERDICT_TEXTS = {
    "You meet all requirements": "eligible",
    "You meet the requirements; some are needed after hire": "eligible-with-conditions",
    "You don't meet all requirements yet": "not-eligible",
}
ISO = r"\d{4}-\d{2}-\d{2}"
# (pattern, reason) in the order the sentences must be tried: the specific ones first.
SENTENCES = [
    (rf"Met by your (?P<credential>.+?)(?: \(expires (?P<date>{ISO})\))?", "met"),
    (r"Your (?P<credential>.+) is still pending", "pending"),
    (r"Your (?P<credential>.+) is inactive", "inactive"),
    (rf"Your (?P<credential>.+) expired on (?P<date>{ISO})", "expired"),
    (r"Your (?P<credential>.+) has expired", "expired"),
    (r"This job does not accept trainees", "trainee-not-accepted"),
    (
        r"Requires a (?P<state>.+) technician credential; an assistant credential does not count",
        "assistant-not-accepted",
    ),
    (r"Requires a (?P<state>.+) credential; yours (?:is|are) from (?P<others>.+)", "other-state"),
    (
        r"Requires a (?P<state>.+) technician or trainee credential",
        "no-state-or-trainee-credential",
    ),
    (r"Requires a (?P<state>.+) technician credential", "no-state-credential"),
    (r"Requires (?P<requirement>.+)", "requires"),
]
STATUS_FOR = {"pending": "pending", "inactive": "inactive", "met": "active"}
POLICY_FOR = {
    "trainee-not-accepted": "required",
    "no-state-credential": "required",
    "no-state-or-trainee-credential": "trainee-accepted",
}


def vocabulary():
    """Label -> code maps, built from the vocabulary the sentences were written with."""
    from pharmacy.credentials import (
        CREDENTIALS,
        GROUP_LABELS,
        StateCredentialType,
        label_for,
        short_label_for,
        state_credential_code,
    )
    from pharmacy.states import STATE_NAMES

    state_codes = [
        state_credential_code(credential_type, state)
        for credential_type in StateCredentialType
        for state in STATE_NAMES
    ]
    return {
        "held": {short_label_for(code): code for code in [*CREDENTIALS, *state_codes]},
        "requirements": {label_for(code): code for code in [*GROUP_LABELS, *CREDENTIALS]},
        "states": {name: code for code, name in STATE_NAMES.items()},
    }


def convert(snapshot, verdict="", words=None):
    """``snapshot`` in format 2; ``verdict`` is the application's column (the fallback).

    Anonymised, empty and already converted snapshots come back unchanged.
    """
    if not snapshot or snapshot.get("anonymised") or snapshot.get("format") == FORMAT:
        return snapshot
    words = words or vocabulary()
    stored_verdict = snapshot.get("verdict")
    if stored_verdict not in VERDICTS:
        stored_verdict = VERDICT_TEXTS.get(snapshot.get("verdict_text"), verdict)
    return {
        "format": FORMAT,
        "on": snapshot.get("on"),
        "verdict": stored_verdict if stored_verdict in VERDICTS else UNKNOWN,
        "results": [convert_result(old, words) for old in snapshot.get("results") or []],
    }


def convert_result(old, words):
    outcome = old.get("outcome")
    if outcome not in OUTCOMES:
        outcome = OUTCOME_LABELS.get(old.get("outcome_label"), UNKNOWN)
    reason, values = read_explanation(old.get("explanation") or "", outcome)
    credential = None
    if "credential" in values:
        code = words["held"].get(values["credential"])
        if code is None:
            reason = UNKNOWN
        else:
            credential = {
                "code": code,
                "status": credential_status(reason, values),
                "expires_on": values.get("date"),
            }
    other_states = []
    if "others" in values:
        other_states = sorted(words["states"].get(name, "") for name in values["others"])
        if "" in other_states:
            reason, other_states = UNKNOWN, []
    requirement = convert_requirement(old.get("requirement"), outcome, reason, values, words)
    return {
        "requirement": requirement,
        "outcome": outcome,
        "reason": reason,
        "credential": credential,
        "other_states": other_states,
    }


def credential_status(reason, values):
    """The status a sentence implies; None when it does not say."""
    if reason == "expired":
        # "has expired" (no date) only comes from the expired status; "expired on <date>"
        # also from an active credential past its date.
        return None if "date" in values else "expired"
    return STATUS_FOR.get(reason)


def read_explanation(text, outcome):
    """(reason, values) from a format 1 sentence; (UNKNOWN, {}) if it is none of them."""
    values = {}
    if outcome == "preferred-missing":
        text = text.removesuffix(" (preferred, not required)")
    elif outcome == "needed-within":
        if match := re.fullmatch(r"Needed within (\d+) days? of hire", text):
            return "requires", {"within_days": int(match[1])}
        if match := re.fullmatch(r"(.+); needed within (\d+) days? of hire", text):
            text, values["within_days"] = match[1], int(match[2])
    for pattern, reason in SENTENCES:
        if match := re.fullmatch(pattern, text):
            found = {key: value for key, value in match.groupdict().items() if value is not None}
            if "others" in found:
                found["others"] = re.split(r", | and ", found["others"])
            return reason, values | found
    return UNKNOWN, values


def convert_requirement(label, outcome, reason, values, words):
    """The requirement's codes from its format 1 label; unknown parts are None."""
    if not isinstance(label, str):
        return None
    state_label = re.fullmatch(r"(?P<state>.+) registration or licence", label)
    if state_label:
        state = words["states"].get(state_label["state"])
        policy = POLICY_FOR.get(reason)
        if reason == "met" and values.get("credential", "").endswith(" trainee credential"):
            policy = "trainee-accepted"  # Only such a job lets a trainee credential meet it.
        return {"state": state, "policy": policy} if state else None
    code = words["requirements"].get(label)
    if code is None:
        return None
    preferred = outcome in ("preferred-met", "preferred-missing")
    return {
        "code": code,
        "level": "preferred" if preferred else "required",
        # Only a "needed within" sentence says how many days; a met one does not.
        "within_days": values.get("within_days"),
    }


def forwards(apps, schema_editor):
    Application = apps.get_model("applications", "Application")
    words = vocabulary()
    changed = []
    for application in Application.objects.only("pk", "verdict", "eligibility_snapshot"):
        new = convert(application.eligibility_snapshot, application.verdict, words)
        if new != application.eligibility_snapshot:
            application.eligibility_snapshot = new
            changed.append(application)
    Application.objects.bulk_update(changed, ["eligibility_snapshot"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("applications", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
