"""Which words of a job's title the keywords found, marked ``<mark>``: the same on every engine.

Made from the one analysis (``search.analysis``), so a title word is marked exactly when it
is why the job matched in its title:

- its term is a clause's term: a word form or a synonym ("techs" and "tech" mark
  "Technician", "TX" marks "Texas", "central fill" marks both words of "Central-Fill");
- it starts with the word still being typed (a clause's prefix);
- it is one edit from a typed word of ``analysis.MIN_FUZZY`` letters or more, with the same
  first letter (a typo: "hosptial" marks "Hospital").
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import analysis

# The title's words as written (any script; "_" and punctuation separate them).
_WORD = re.compile(r"[^\W_]+")


def title_html(title: str, clauses: list[analysis.Clause]) -> SafeString:
    """``title`` escaped, with the words ``clauses`` match inside ``<mark>``."""
    if not clauses:
        return escape(title)
    spans = [match.span() for match in _WORD.finditer(title)]
    words: list[str] = []
    owner: list[int] = []  # words[i] comes from spans[owner[i]]
    for n, (start, end) in enumerate(spans):
        for word in analysis.tokens(title[start:end]):
            words.append(word)
            owner.append(n)
    marked = {owner[i] for i in _matched(words, clauses)}
    if not marked:
        return escape(title)
    parts, done = [], 0
    for n in sorted(marked):
        start, end = spans[n]
        parts += [escape(title[done:start]), "<mark>", escape(title[start:end]), "</mark>"]
        done = end
    parts.append(escape(title[done:]))
    return mark_safe("".join(parts))  # noqa: S308 — every piece of the title is escaped


def _matched(words: list[str], clauses: list[analysis.Clause]) -> set[int]:
    terms = {clause.term for clause in clauses}
    prefixes = tuple(clause.prefix for clause in clauses if clause.prefix)
    typed = [clause.word for clause in clauses if len(clause.word) >= analysis.MIN_FUZZY]
    found: set[int] = set()
    for term in analysis.text_terms(words):
        if term.term in terms or (prefixes and term.term.startswith(prefixes)):
            found.update(range(term.start, term.start + len(term.words)))
    for i, word in enumerate(words):
        if len(word) > 1 and (
            (prefixes and word.startswith(prefixes)) or any(one_edit(word, t) for t in typed)
        ):
            found.add(i)
    return found


def one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion, substitution or swap of neighbours, first letters
    equal (Elasticsearch's ``fuzziness: 1, prefix_length: 1``)."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] + a[i : i + 1] == b[i : i + 2]
        return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]
