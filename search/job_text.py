"""A job's searchable text, analysed once (``search.analysis``) for every engine.

Three weighted fields and one for prefixes and typos:
- ``title``: the title's terms (ranked highest);
- ``facts``: the structured facts as words — setting, employment types, shifts, duties,
  benefits, city, state code and name, employer, credential names and codes, remote;
- ``body``: the description's terms;
- ``words``: every distinct typed word (prefix-as-you-type and typo correction).

Elasticsearch stores them in its documents; the database engines in ``JobText`` rows (one per
job, written by the same save signals that feed Elasticsearch), which SQLite mirrors into an
FTS5 table and PostgreSQL turns into a stored, GIN-indexed ``tsvector`` (migration 0002).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction

from pharmacy import trade_terms
from pharmacy.states import STATE_NAMES

from . import analysis

FIELDS = ("title", "facts", "body", "words")


def _code_words(codes) -> list[str]:
    return [trade_terms.FACT_WORDS.get(code, code.replace("-", " ")) for code in codes or ()]


def facts_text(row: dict, requires: Iterable[str]) -> str:
    """The structured facts of a job row (``documents.ROW_FIELDS``) as plain words."""
    state = row["state"] or ""
    parts = [
        # Every posting here is a pharmacy technician job, whatever its title says.
        trade_terms.EVERY_JOB,
        *_code_words([row["setting"]] if row["setting"] else []),
        *_code_words(row["employment_types"]),
        *_code_words(row["shifts"]),
        *_code_words(row["duties"]),
        *_code_words(row["benefits"]),
        row["city"] or "",
        STATE_NAMES.get(state, ""),
        row["organisation__name"] or "",
        *(trade_terms.credential_words(code) for code in requires),
    ]
    if row["workplace"] == "remote":
        parts.append("remote")
    return " ".join(p for p in parts if p)


def text_fields(row: dict, requires: Iterable[str], body: str) -> dict[str, str]:
    """``title``, ``facts``, ``body``, ``words`` for one job (``body``: plain description)."""
    facts = facts_text(row, requires)
    state = row["state"] or ""
    return {
        "title": analysis.index_text(row["title"]),
        # The state code is read as a state here only (never "co" in an employer's name).
        "facts": " ".join(
            t for t in (analysis.index_text(facts), analysis.index_text(state, codes=True)) if t
        ),
        "body": analysis.index_text(body),
        "words": analysis.index_words(row["title"], facts, body),
    }


def _rows(job_ids: list[int]):
    from jobs.models import Job

    from .indexing import row_chunks

    yield from row_chunks(Job.objects.filter(pk__in=job_ids))


def sync(job_ids: Iterable[int]) -> None:
    """Write (or delete) the ``JobText`` rows of ``job_ids``, in the caller's transaction."""
    from .documents import plain_text, requirement_fields
    from .models import JobText

    ids = sorted(set(job_ids))
    if not ids:
        return
    found = set()
    with transaction.atomic():
        for chunk in _rows(ids):
            objs = []
            for row, reqs in chunk:
                requires, _keys = requirement_fields(row, reqs)
                fields = text_fields(row, requires, plain_text(row["description"]))
                objs.append(JobText(job_id=row["id"], **fields))
                found.add(row["id"])
            JobText.objects.bulk_create(
                objs, update_conflicts=True, unique_fields=["job"], update_fields=list(FIELDS)
            )
        gone = [pk for pk in ids if pk not in found]
        if gone:
            JobText.objects.filter(job_id__in=gone).delete()


def rebuild() -> int:
    """Write every job's row (jobs made by ``bulk_create`` skipped the signals). Returns count."""
    from jobs.models import Job

    from .models import JobText

    ids = list(Job.objects.values_list("pk", flat=True))
    JobText.objects.exclude(job_id__in=Job.objects.values("pk")).delete()
    for start in range(0, len(ids), 2000):
        sync(ids[start : start + 2000])
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_jobtext_fts(search_jobtext_fts) VALUES('optimize')")
    return len(ids)


def sync_missing() -> int:
    """Rows for jobs that have none yet (bulk-created): cheap when there are none."""
    from jobs.models import Job

    ids = list(Job.objects.filter(search_text__isnull=True).values_list("pk", flat=True))
    sync(ids)
    return len(ids)
