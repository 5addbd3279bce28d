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


def ranked_matches(vendor: str, clauses: list[Clause]) -> tuple[str, list[str]]:
    """SQL selecting ``job_id`` and rank ``r`` (higher is better) of every matching job."""
    if vendor == "postgresql":
        sql = (
            f"SELECT job_id, ts_rank(document, {PG_QUERY}) AS r FROM search_jobtext "  # noqa: S608
            f"WHERE document @@ {PG_QUERY}"
        )
        return sql, [tsquery(clauses)] * 2
    sql = (
        f"SELECT rowid AS job_id, -bm25(search_jobtext_fts, {FTS5_WEIGHTS}) AS r "  # noqa: S608
        "FROM search_jobtext_fts WHERE search_jobtext_fts MATCH %s"
    )
    return sql, [fts5_query(clauses)]


def rank(clauses: list[Clause], job_id: str) -> tuple[str, list[str]]:
    """PostgreSQL: a correlated subquery, the rank of job ``job_id`` (an SQL column), higher
    is better. Looked up by primary key for the filtered jobs only (FTS5 ranks only within
    its MATCH query: see ``ranked_matches``)."""
    # Constants and a column name only; the query text is a bound parameter.
    select = f"ts_rank(document, {PG_QUERY}) FROM search_jobtext"
    return f"(SELECT {select} WHERE search_jobtext.job_id = {job_id})", [tsquery(clauses)]  # noqa: S608


def json_has(vendor: str, column: str) -> str:
    """True when the JSON list of strings in ``column`` holds the string parameter."""
    if vendor == "postgresql":
        return f"jsonb_exists({column}, %s)"
    # The list's JSON text holds the quoted string (what the filters' LIKE matches too).
    return f"instr({column}, json_quote(%s)) > 0"


def json_elements(vendor: str, column: str) -> str:
    """A table ``e`` of the text elements (``e.value``) of the JSON list in ``column``."""
    if vendor == "postgresql":
        array = f"CASE WHEN jsonb_typeof({column}) = 'array' THEN {column} ELSE '[]' END"
        return f"jsonb_array_elements_text({array}) AS e(value)"
    return f"json_each(CASE WHEN json_type({column}) = 'array' THEN {column} ELSE '[]' END) e"
