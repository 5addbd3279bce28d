"""A state rule's own words in the reader's language: the one rule for which text a page shows.

Counsellors write a rule's words (education, CE topics, where it applies, notes) in English and
may add each in Spanish beside it (``education_es`` …). A page in Spanish shows the Spanish
text and, where there is none, the English one, which it then marks ``lang="en"``. Pure: it
reads attributes, so a ``StateRule``, a migration's historical row and a ``StateLaw`` (whose
``scope`` / ``scope_es`` come from a rule) all answer the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import get_language

ENGLISH = "en"  # the language every rule is written in first (the site's default)
# The rule's words a counsellor may translate, each stored beside its English as <field>_<code>.
TRANSLATED_FIELDS = ("education", "ce_topics", "practice_limits", "notes")
TRANSLATIONS = ("es",)


@dataclass(frozen=True, slots=True)
class RuleText:
    """Words of a rule, and ``lang``: "en" when English text stands in for a missing
    translation (the page marks it), "" when they are in the language asked for."""

    text: str
    lang: str = ""

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def rule_text(source, field: str, language: str | None = None) -> RuleText:
    """``source``'s ``field`` in ``language`` (default: the active one), else its English."""
    language = (language or get_language() or ENGLISH).split("-")[0].lower()
    english = getattr(source, field, "") or ""
    if language == ENGLISH:
        return RuleText(english)
    translated = getattr(source, f"{field}_{language}", "") if language in TRANSLATIONS else ""
    if translated and translated.strip():
        return RuleText(translated)
    return RuleText(english, ENGLISH if english else "")
