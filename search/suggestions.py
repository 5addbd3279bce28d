"""Keyword autocomplete and spelling suggestions, on Elasticsearch and the database alike.

Autocomplete: Elasticsearch's completion suggester (core, no analysis-common) when it is
configured and answers; otherwise titles and employers of visible jobs with a word starting
with what was typed. Spelling: each unknown word is replaced by the closest word of the index
vocabulary (titles, employers, cities, the trade's words), ``difflib`` ratio ≥ 0.75.
"""

from __future__ import annotations

import difflib

from django.core.cache import cache

from jobs.models import Job
from pharmacy import trade_terms
from pharmacy.credentials import CREDENTIALS
from pharmacy.states import STATE_NAMES

from . import analysis, engine, indexing

MAX_SUGGESTIONS = 8
MIN_PREFIX = 2
# Words shorter than this are never "corrected" (IV, LTC, PRN are words, not typos).
MIN_CORRECTABLE = 4
CUTOFF = 0.75
VOCABULARY_KEY = "search:vocabulary:v1"
VOCABULARY_SECONDS = 600


def suggest(prefix: str) -> list[str]:
    """Up to eight distinct job titles or employers with a word starting with ``prefix``."""
    prefix = prefix.strip()[:50]
    if len(prefix) < MIN_PREFIX:
        return []
    if engine.is_configured():
        found = _elastic_suggest(prefix)
        if found is not None:
            return found
    return _database_suggest(prefix)


def _elastic_suggest(prefix: str) -> list[str] | None:
    body = {
        "suggest": {
            "titles": {
                "prefix": prefix,
                "completion": {
                    "field": "suggest",
                    "size": MAX_SUGGESTIONS,
                    "skip_duplicates": True,
                    **({"fuzzy": {"fuzziness": 1}} if len(prefix) > 3 else {}),
                },
            }
        },
        "_source": False,
    }
    try:
        response = engine.get_client().search(index=indexing.alias_name(), **body)
    except Exception:  # noqa: BLE001 — unreachable or no index: the database answers
        return None
    options = response["suggest"]["titles"][0]["options"]
    return list(dict.fromkeys(option["text"] for option in options))


def _database_suggest(prefix: str) -> list[str]:
    wanted = analysis.tokens(prefix)
    if not wanted:
        return []
    *done, last = wanted
    visible = Job.objects.visible()
    texts = [
        *visible.order_by().values_list("title", flat=True).distinct(),
        *visible.order_by().values_list("organisation__name", flat=True).distinct(),
    ]
    found = []
    for text in sorted(set(texts)):
        words = analysis.tokens(text)
        if all(any(t.startswith(w) for t in words) for w in [*done, last]):
            found.append(text)
    return found[:MAX_SUGGESTIONS]


def vocabulary() -> frozenset[str]:
    """The words a query is corrected towards: what the index holds that people type.

    Kept VOCABULARY_SECONDS in the shared cache: reading every distinct title, employer and
    city took 0.2–0.4 s per zero-result search on 100,000 jobs. A word posted since then is
    known a few minutes later; a correction is only ever shown when it finds jobs.
    """
    words = cache.get(VOCABULARY_KEY)
    if words is None:
        words = frozenset(_vocabulary())
        cache.set(VOCABULARY_KEY, words, VOCABULARY_SECONDS)
    return words


def _vocabulary() -> set[str]:
    visible = Job.objects.visible().order_by()
    texts = [
        *visible.values_list("title", flat=True).distinct(),
        *visible.values_list("organisation__name", flat=True).distinct(),
        *visible.values_list("city", flat=True).distinct(),
        *(phrase for group in trade_terms.SYNONYM_GROUPS for phrase in group),
        *trade_terms.FACT_WORDS.values(),
        *STATE_NAMES.values(),
        *(credential.short_label for credential in CREDENTIALS.values()),
    ]
    return {word for text in texts for word in analysis.tokens(text) if len(word) > 1}


def corrected(q: str) -> str | None:
    """``q`` with each word the index does not know replaced by its closest known word, or
    None when there is nothing to correct."""
    words = analysis.tokens(q)[: analysis.MAX_TERMS]
    unknown = [
        w
        for w in words
        if len(w) >= MIN_CORRECTABLE and w not in trade_terms.STOP_WORDS and not w.isdigit()
    ]
    if not unknown:
        return None
    known = vocabulary()
    changed = False
    out = []
    for word in words:
        if word in unknown and word not in known:
            match = difflib.get_close_matches(word, known, n=1, cutoff=CUTOFF)
            if match:
                word, changed = match[0], True
        out.append(word)
    return " ".join(out) if changed else None
