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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

import Stemmer

from pharmacy import trade_terms

_WORD = re.compile(r"[a-z0-9]+")
_STEMMER = Stemmer.Stemmer("english")
# At most this many words of a query are used (the rest are ignored, never an error).
MAX_TERMS = 8
MAX_QUERY_CHARS = 200
# The last word typed is also matched as a prefix when it has at least this many letters.
MIN_PREFIX = 3
# A typed word this long also matches one with a typo (Elasticsearch's fuzzy clause; the
# title highlight marks words one edit away).
MIN_FUZZY = 5


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
    start: int = 0  # where ``words`` start among the words analysed


def _analyse(
    words: list[str],
    *,
    codes: bool,
    expand: bool = False,
    longest: int | None = None,
    offset: int = 0,
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
                out.append(Term(term, tuple(words[i : i + size]), offset + i))
                if expand and size > 1:
                    phrase = words[i : i + size]
                    out += _analyse(phrase, codes=codes, longest=1, offset=offset + i)
                i += size
                break
        else:
            word = words[i]
            if len(word) > 1 and word not in trade_terms.STOP_WORDS:
                out.append(Term(stems[i], (word,), offset + i))
            i += 1
    return out


def terms(text: str, *, codes: bool = False) -> list[str]:
    """The analysed terms ``text`` is indexed under (``codes``: read "TX" as Texas)."""
    return [t.term for t in _analyse(tokens(text), codes=codes, expand=True)]


def text_terms(words: list[str]) -> list[Term]:
    """The terms of these words (``tokens``) as a text field indexes them, each with the
    position of its words: what a highlight marks."""
    return _analyse(words, codes=False, expand=True)


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


# --- The index path: the same analysis as index_text + index_words, in one pass ------------
#
# ``index_text`` and ``index_words`` above are the definitions (and the query path's code);
# ``for_index`` gives both for one text at once, with per-word facts looked up once per
# distinct word instead of per occurrence. tests/search/test_index_pass.py holds the two equal.


@dataclass(frozen=True, slots=True)
class Indexed:
    terms: str  # = index_text(text)
    words: tuple[str, ...]  # index_words(text)'s words, in order, repeats allowed


# Per distinct word: (stem, longest phrase (≥ 2 words) starting with its stem or 0,
# its term on its own or None (stop words, one letter), what it adds to ``words``).
_WordFacts = tuple[str, int, str | None, tuple[str, ...]]
_FACTS: dict[str, _WordFacts] = {}
_MAX_FACTS = 200_000  # a long-lived process forgets them all past this many distinct words


def _word_facts(word: str, stemmed: str) -> _WordFacts:
    table, starting = _tables(False)
    longest = starting.get(stemmed, 0)
    single = table.get((stemmed,)) if longest else None
    if single is not None and word not in trade_terms.STOP_WORDS:
        term, typed = single, (word, single) if single != stemmed else (word,)
    elif len(word) > 1 and word not in trade_terms.STOP_WORDS:
        term, typed = stemmed, (word,)
    else:
        term, typed = None, ()
    return stemmed, longest if longest > 1 else 0, term, tuple(w for w in typed if len(w) > 1)


def _facts_of(words: list[str]) -> list[_WordFacts]:
    found = [_FACTS.get(word) for word in words]
    if None in found:
        new = dict.fromkeys(w for w, f in zip(words, found, strict=True) if f is None)
        for word, stemmed in zip(new, _STEMMER.stemWords(list(new)), strict=True):
            new[word] = _word_facts(word, stemmed)
        if len(_FACTS) > _MAX_FACTS:
            _FACTS.clear()
        _FACTS.update(new)
        found = [new[w] if f is None else f for w, f in zip(words, found, strict=True)]
    return found


def for_index(text: str) -> Indexed:
    """``index_text(text)`` and the words ``index_words(text)`` adds, from one analysis."""
    words = tokens(text)
    return _index_pass(words, _facts_of(words))


def _index_pass(words: list[str], facts: list[_WordFacts]) -> Indexed:
    terms: list[str] = []
    typed: list[str] = []
    done = 0  # words before this one are analysed
    starts = [i for i, f in enumerate(facts) if f[1]]
    if starts:
        table = _tables(False)[0]
        stems = [f[0] for f in facts]
        n = len(words)
        for i in starts:
            if i < done:
                continue  # inside the phrase just matched
            for size in range(min(facts[i][1], n - i), 1, -1):
                phrase = table.get(tuple(stems[i : i + size]))
                if phrase is not None:
                    break
            else:
                continue  # no phrase here: a word on its own, like the others
            terms += [f[2] for f in facts[done:i] if f[2]]
            typed += [w for f in facts[done:i] for w in f[3]]
            # The phrase, then each of its words (expanded, as index_text does).
            terms.append(phrase)
            terms += [f[2] for f in facts[i : i + size] if f[2]]
            typed += [w for w in (*words[i : i + size], phrase) if len(w) > 1]
            done = i + size
    terms += [f[2] for f in facts[done:] if f[2]]
    typed += [w for f in facts[done:] for w in f[3]]
    return Indexed(" ".join(terms), tuple(typed))


class _Part(NamedTuple):
    indexed: Indexed
    stems: tuple[str, ...]
    # Where a phrase of the table could start and run past the part's end (usually none).
    open_at: tuple[int, ...]


@lru_cache(maxsize=16384)
def _part(text: str) -> _Part:
    words = tokens(text)
    facts = _facts_of(words)
    n = len(words)
    open_at = tuple(i for i, f in enumerate(facts) if f[1] > n - i)
    return _Part(_index_pass(words, facts), tuple(f[0] for f in facts), open_at)


def for_index_joined(parts: Iterable[str]) -> Indexed:
    """``for_index(" ".join(parts))``, from each part's (cached) analysis: jobs share parts
    (employer, city, the words of their codes) far more often than the whole text."""
    parts = [p for p in parts if p]
    analysed = [_part(p) for p in parts]
    if any(part.open_at for part in analysed[:-1]) and _phrase_across(analysed):
        return for_index(" ".join(parts))  # rare: a phrase runs from one part into the next
    return Indexed(
        " ".join(part.indexed.terms for part in analysed if part.indexed.terms),
        tuple(chain.from_iterable(part.indexed.words for part in analysed)),
    )


def _phrase_across(parts: list[_Part]) -> bool:
    """Whether a phrase of the table starts in one part and ends in a later one. If none
    does, the greedy analysis of the joined text is the parts' analyses end to end."""
    table, starting = _tables(False)
    for k, part in enumerate(parts):
        for at in part.open_at:
            head = part.stems[at:]
            need = starting[head[0]] - len(head)  # words the longest phrase needs beyond
            after: list[str] = []
            for later in parts[k + 1 :]:
                after += later.stems[: need - len(after)]
                if len(after) == need:
                    break
            if any(head + tuple(after[:size]) in table for size in range(1, len(after) + 1)):
                return True
    return False


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
