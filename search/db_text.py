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


def matching_ids(vendor: str, clauses: list[Clause]) -> tuple[str, list[str]]:
    """SQL selecting the ids of jobs whose text matches every clause, and its parameters."""
    if vendor == "postgresql":
        sql = f"SELECT job_id FROM search_jobtext WHERE document @@ {PG_QUERY}"  # noqa: S608
        return sql, [tsquery(clauses)]
    sql = "SELECT rowid FROM search_jobtext_fts WHERE search_jobtext_fts MATCH %s"
    return sql, [fts5_query(clauses)]


def rank(vendor: str, clauses: list[Clause], job_id: str) -> tuple[str, list[str]]:
    """A correlated subquery: the rank of job ``job_id`` (an SQL column), higher is better."""
    # Constants and a column name only; the query text is a bound parameter.
    if vendor == "postgresql":
        select = f"ts_rank(document, {PG_QUERY}) FROM search_jobtext"
        where = f"search_jobtext.job_id = {job_id}"
        return f"(SELECT {select} WHERE {where})", [tsquery(clauses)]  # noqa: S608
    select = f"-bm25(search_jobtext_fts, {FTS5_WEIGHTS}) FROM search_jobtext_fts"
    where = f"search_jobtext_fts MATCH %s AND search_jobtext_fts.rowid = {job_id}"
    return f"(SELECT {select} WHERE {where})", [fts5_query(clauses)]  # noqa: S608
