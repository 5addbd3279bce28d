"""Analysed query clauses (``search.analysis``) in the database engines' query syntax.

Clause terms are runs of ``[a-z0-9]`` only, so nothing typed can reach the FTS syntax: each
term is quoted, and operators come only from here.
"""

from __future__ import annotations

from .analysis import Clause

PG_QUERY = "to_tsquery('simple', %s)"
# bm25 weights per FTS5 column (title, facts, body, words): the same order as Elasticsearch's.
FTS5_WEIGHTS = "6.0, 3.0, 1.0, 0.5"


def tsquery(clauses: list[Clause]) -> str:
    """``('tech':ABD | 'tech':*C) & …``: terms in title/facts/body, prefixes in words."""
    parts = []
    for clause in clauses:
        options = [f"'{clause.term}':ABD"]
        if clause.prefix:
            options.append(f"'{clause.prefix}':*C")
        parts.append("(" + " | ".join(options) + ")")
    return " & ".join(parts)


def fts5_query(clauses: list[Clause]) -> str:
    """``({title facts body} : "tech" OR words : "tech" *) AND …``."""
    parts = []
    for clause in clauses:
        options = [f'{{title facts body}} : "{clause.term}"']
        if clause.prefix:
            options.append(f'words : "{clause.prefix}" *')
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)
