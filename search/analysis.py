"""The one analysis of the trade's language, for every engine (Elasticsearch, PostgreSQL, SQLite).

Text is analysed here, in Python, at index time and at query time; the engines only compare
the resulting terms (whitespace-separated words), so the minimal Elasticsearch distribution
(no analysis-common), PostgreSQL (``simple`` config) and SQLite FTS5 (``unicode61``) answer
the same way.

Steps: normalise (NFKD, accents and control characters removed, lower case) → tokenise on
anything that is not a letter or digit (so "central-fill" = "central fill") → Snowball
(English) stems → synonym phrases from ``pharmacy.trade_terms`` (longest first) become one
term → stop words and one-letter words dropped. US state codes are read as states only in
structured facts and in queries, never inside free text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from pharmacy import trade_terms

_WORD = re.compile(r"[a-z0-9]+")
_STEMMER = Stemmer.Stemmer("english")
# At most this many words of a query are used (the rest are ignored, never an error).
MAX_TERMS = 8
MAX_QUERY_CHARS = 200
# The last word typed is also matched as a prefix when it has at least this many letters.
MIN_PREFIX = 3


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


# ASCII control characters (category C) read as spaces: normalise's fast path.
_ASCII_SPACES = dict.fromkeys((*range(32), 127), " ")


def normalise(text: str) -> str:
    """Lower case, accents and control characters (NUL included) removed."""
    text = text or ""
    if text.isascii():  # nothing to decompose: the same result, without a per-character loop
        return text.translate(_ASCII_SPACES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        " " if unicodedata.category(ch)[0] in "CZ" else ch
        for ch in decomposed
        if not unicodedata.combining(ch)
    )
    return kept.lower()


def tokens(text: str) -> list[str]:
    """The words of ``text``: runs of ASCII letters and digits after normalising."""
    return _WORD.findall(normalise(text))


def _canonical(name: str) -> str:
    return "".join(_WORD.findall(normalise(name)))


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in tokens(phrase))


@lru_cache(maxsize=2)
def _tables(codes: bool) -> tuple[dict[tuple[str, ...], str], dict[str, int]]:
    """Stemmed phrase → term, and per first stem the longest phrase starting with it."""
    table: dict[tuple[str, ...], str] = {}
    for group in trade_terms.SYNONYM_GROUPS:
        term = _canonical(group[0])
        for phrase in group:
            table.setdefault(_phrase_key(phrase), term)
    for code, name in trade_terms.STATE_CODES.items():
        table[_phrase_key(name)] = _canonical(name)
        if codes and code not in trade_terms.STOP_WORDS:
            table[(stem(code),)] = _canonical(name)
    longest: dict[str, int] = {}
    for key in filter(None, table):
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return table, longest


@dataclass(frozen=True, slots=True)
class Term:
    term: str  # what every engine stores and matches
    words: tuple[str, ...]  # the typed words it came from


def _analyse(
    words: list[str], *, codes: bool, expand: bool = False, longest: int | None = None
) -> list[Term]:
    """Greedy longest phrases first. ``expand`` (index time): a phrase's own words too, so
    "sterile compounding" is found by "sterile" and by "compounding"."""
    table, starting = _tables(codes)
    stems = [stem(word) for word in words]
    out: list[Term] = []
    i = 0
    while i < len(words):
        # Only phrases that start with this stem (none: a plain word, no lookups).
        most = min(starting.get(stems[i], 0), longest or len(words), len(words) - i)
        for size in range(most, 0, -1):
            term = table.get(tuple(stems[i : i + size]))
            if term is not None and (size > 1 or words[i] not in trade_terms.STOP_WORDS):
                out.append(Term(term, tuple(words[i : i + size])))
                if expand and size > 1:
                    out += _analyse(words[i : i + size], codes=codes, longest=1)
                i += size
                break
        else:
            word = words[i]
            if len(word) > 1 and word not in trade_terms.STOP_WORDS:
                out.append(Term(stems[i], (word,)))
            i += 1
    return out


def terms(text: str, *, codes: bool = False) -> list[str]:
    """The analysed terms ``text`` is indexed under (``codes``: read "TX" as Texas)."""
    return [t.term for t in _analyse(tokens(text), codes=codes, expand=True)]


def index_text(text: str, *, codes: bool = False) -> str:
    """What the index stores for a field: its terms, space-separated."""
    return " ".join(terms(text, codes=codes))


def index_words(*texts: str) -> str:
    """Every distinct typed word and term of ``texts``: the field prefixes and typos match."""
    seen: dict[str, None] = {}
    for text in texts:
        for term in _analyse(tokens(text), codes=False):
            seen.update(dict.fromkeys(term.words))
            if len(term.words) > 1 or term.term != stem(term.words[0]):
                seen[term.term] = None
    return " ".join(word for word in seen if len(word) > 1)


@dataclass(frozen=True, slots=True)
class Clause:
    """One word (or synonym phrase) of a query: every clause must match."""

    term: str
    # The typed word when it is a plain word (not a synonym): typos are corrected on it.
    word: str = ""
    # The last word, still being typed: also matched as a prefix of indexed words.
    prefix: str = ""


def query_clauses(q: str) -> list[Clause]:
    """The clauses of a keyword query; [] when it has nothing to search for ("a", "!!", "in")."""
    q = (q or "")[:MAX_QUERY_CHARS]
    words = tokens(q)
    analysed = _analyse(words, codes=True)[:MAX_TERMS]
    typing = bool(q) and not q[-1].isspace()
    clauses = []
    for n, term in enumerate(analysed):
        plain = len(term.words) == 1 and term.term == stem(term.words[0])
        last = n == len(analysed) - 1 and term.words[-1] == (words[-1] if words else "")
        # Not after a phrase ("central fill"): "fill*" would match every fill-and-label job.
        single = len(term.words) == 1 and len(term.words[0]) >= MIN_PREFIX
        prefix = term.words[0] if typing and last and single else ""
        clauses.append(Clause(term.term, term.words[0] if plain else "", prefix))
    # One term asked twice ("tech technician") is one clause.
    unique: dict[str, Clause] = {}
    for clause in clauses:
        unique.setdefault(clause.term, clause)
    return list(unique.values())


def is_searchable(q: str) -> bool:
    return bool(query_clauses(q))
