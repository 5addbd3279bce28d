"""Issue 15: the state rules' words and the states' names in the reader's language.

A rule's words (education, CE topics, where it applies, notes) come in Spanish where a
counsellor wrote them, else in English, which then says so (``lang="en"``); ``StateLaw.scope``
answers the same way. A state's name on a page is the Spanish one; the canonical English names
(JSON-LD, the index, analysis) do not move with the request's language.
"""

from datetime import date

import pytest
from django.utils import translation

from pharmacy.models import StateRule
from pharmacy.rule_text import RuleText
from pharmacy.state_law import law_from_rules
from pharmacy.states import STATE_NAMES, US_STATES, state_choices, state_label

NY_SCOPE = "Needed only in Article 28 facilities."
NY_SCOPE_ES = "Solo se exige en los centros del Artículo 28."


def new_york(**words) -> StateRule:
    """An unsaved, reviewed and confirmed New York rule (``law_from_rules`` is pure)."""
    return StateRule(
        state="NY",
        tier_order=1,
        official_title="Registered pharmacy technician",
        credential_type="license",
        required_to_work=True,
        applies_in_settings=["hospital-health-system"],
        confidence="confirmed",
        verified_on=date(2026, 3, 2),
        source_url="https://www.nysenate.gov/legislation/laws/EDN/6844",
        **words,
    )


def test_a_rules_words_come_in_spanish_where_written_else_in_english_marked_english():
    rule = new_york(notes="No trainee tier.", notes_es="Sin nivel de aprendiz.", education="GED")
    assert rule.text("notes", "es") == RuleText("Sin nivel de aprendiz.")
    assert rule.text("education", "es") == RuleText("GED", lang="en")
    assert rule.text("notes", "en") == RuleText("No trainee tier.")
    assert rule.text("ce_topics", "es") == RuleText("")  # nothing to show, nothing to mark
    rule.notes_es = "   "  # blank is no translation
    assert rule.text("notes", "es") == RuleText("No trainee tier.", lang="en")
    with translation.override("es"):
        texts = rule.texts
    assert texts["education"] == RuleText("GED", lang="en")
    assert set(texts) == {"education", "ce_topics", "practice_limits", "notes"}


def test_the_laws_scope_comes_in_spanish_and_falls_back_to_english():
    law = law_from_rules(
        "NY",
        [new_york(practice_limits=NY_SCOPE, practice_limits_es=NY_SCOPE_ES)],
        on=date(2026, 3, 2),
    )
    assert law.scope == NY_SCOPE  # the stored words themselves: unchanged
    assert law.scope_text("es") == RuleText(NY_SCOPE_ES)
    assert law.scope_text("en") == RuleText(NY_SCOPE)
    with translation.override("es"):
        assert law.scope_text() == RuleText(NY_SCOPE_ES)
    english_only = law_from_rules("NY", [new_york(practice_limits=NY_SCOPE)], on=date(2026, 3, 2))
    assert english_only.scope_text("es") == RuleText(NY_SCOPE, lang="en")


SPANISH_NAMES = {
    "NY": "Nueva York",
    "NJ": "Nueva Jersey",
    "NM": "Nuevo México",
    "NH": "Nuevo Hampshire",
    "NC": "Carolina del Norte",
    "SC": "Carolina del Sur",
    "ND": "Dakota del Norte",
    "SD": "Dakota del Sur",
    "PA": "Pensilvania",
    "LA": "Luisiana",
    "MS": "Misisipi",
    "MO": "Misuri",
    "HI": "Hawái",
    "WV": "Virginia Occidental",
    "DC": "Distrito de Columbia",
    "OR": "Oregón",
    "MI": "Míchigan",
}


def test_state_labels_are_spanish_names_and_the_canonical_names_stay_english():
    with translation.override("es"):
        labels = {code: state_label(code) for code in STATE_NAMES}
        choices = state_choices()
        canonical = dict(STATE_NAMES)
    assert {code: labels[code] for code in SPANISH_NAMES} == SPANISH_NAMES
    unchanged = set(STATE_NAMES) - set(SPANISH_NAMES)
    assert {labels[code] for code in unchanged} == {STATE_NAMES[code] for code in unchanged}
    assert canonical["NY"] == STATE_NAMES["NY"] == "New York"
    # Spanish forms list the states by their Spanish names, Puerto Rico last.
    assert dict(choices) == labels
    names = [name for _code, name in choices]
    at = names.index
    assert at("Carolina del Norte") < at("Colorado") < at("Dakota del Sur") < at("Delaware")
    assert names[-1] == "Puerto Rico"
    assert state_label("XX") == "XX"


def test_english_choices_keep_their_order_and_names():
    assert state_choices() == US_STATES
    assert state_label("NY") == "New York"


@pytest.mark.django_db
def test_get_state_display_follows_the_language_of_the_page():
    rule = new_york()
    with translation.override("es"):
        assert rule.get_state_display() == "Nueva York"
    assert rule.get_state_display() == "New York"
