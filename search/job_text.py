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
The same writes keep each job's facet bits (``JobFacets``, ``search.facet_bits``), which the
database engines count facets from.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import Q

from pharmacy import trade_terms
from pharmacy.states import STATE_NAMES

from . import analysis, facet_bits

FIELDS = ("title", "facts", "body", "words")


def _code_words(codes) -> list[str]:
    return [trade_terms.FACT_WORDS.get(code, code.replace("-", " ")) for code in codes or ()]


def facts_parts(row: dict, requires: Iterable[str]) -> list[str]:
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
    return [p for p in parts if p]


@lru_cache(maxsize=1)
def every_job_terms() -> frozenset[str]:
    """Terms in every job's facts (``facts_parts`` starts with ``trade_terms.EVERY_JOB``)."""
    return frozenset(analysis.terms(trade_terms.EVERY_JOB))


def selective(clauses: list[analysis.Clause]) -> list[analysis.Clause]:
    """The clauses that can leave a job out: one whose term every job's facts hold
    ("technician", "pharmacy") matches them all, and only ranking reads it."""
    return [clause for clause in clauses if clause.term not in every_job_terms()]


def facts_text(row: dict, requires: Iterable[str]) -> str:
    return " ".join(facts_parts(row, requires))


@lru_cache(maxsize=128)
def _state_terms(state: str) -> str:
    return analysis.index_text(state, codes=True)


def text_fields(row: dict, requires: Iterable[str], body: str) -> dict[str, str]:
    """``title``, ``facts``, ``body``, ``words`` for one job (``body``: plain description).

    The same fields as ``plain_text_fields`` (their definition), from one analysis per text;
    the title and the facts' parts (employer, city, codes' words) repeat across jobs and are
    analysed once each (``analysis.for_index_joined``), each description once per job.
    """
    title = analysis.for_index_joined([row["title"] or ""])
    facts = analysis.for_index_joined(facts_parts(row, requires))
    description = analysis.for_index(body)
    # The state code is read as a state here only (never "co" in an employer's name).
    state = _state_terms(row["state"] or "")
    return {
        "title": title.terms,
        "facts": f"{facts.terms} {state}" if facts.terms and state else facts.terms or state,
        "body": description.terms,
        "words": " ".join(dict.fromkeys((*title.words, *facts.words, *description.words))),
    }


def plain_text_fields(row: dict, requires: Iterable[str], body: str) -> dict[str, str]:
    """What ``text_fields`` returns, written with ``analysis.index_text`` / ``index_words``."""
    facts = facts_text(row, requires)
    state = row["state"] or ""
    return {
        "title": analysis.index_text(row["title"]),
        "facts": " ".join(
            t for t in (analysis.index_text(facts), analysis.index_text(state, codes=True)) if t
        ),
        "body": analysis.index_text(body),
        "words": analysis.index_words(row["title"], facts, body),
    }


def _write(chunk) -> None:
    """Upsert the rows of ``chunk`` (``indexing.row_chunks``) whose text or facet bits changed:
    an unchanged row is not rewritten (nor its tsvector and GIN entries, nor its FTS5 mirror)."""
    from .documents import plain_text, requirement_fields
    from .models import JobFacets, JobText

    ids = [row["id"] for row, _reqs in chunk]
    stored = {
        job_id: tuple(text)
        for job_id, *text in JobText.objects.filter(job_id__in=ids).values_list("job_id", *FIELDS)
    }
    stored_bits = {
        job_id: (bits, layout)
        for job_id, bits, layout in JobFacets.objects.filter(job_id__in=ids).values_list(
            "job_id", "bits", "layout"
        )
    }
    layout = facet_bits.layout()
    changed, changed_bits = [], []
    for row, reqs in chunk:
        requires, _keys = requirement_fields(row, reqs)
        fields = text_fields(row, requires, plain_text(row["description"]))
        if stored.get(row["id"]) != tuple(fields.values()):
            changed.append(JobText(job_id=row["id"], **fields))
        bits = facet_bits.job_bits(row, (code for code, *_rest in reqs))
        if stored_bits.get(row["id"]) != (bits, layout):
            changed_bits.append(JobFacets(job_id=row["id"], bits=bits, layout=layout))
    if changed:
        JobText.objects.bulk_create(
            changed, update_conflicts=True, unique_fields=["job"], update_fields=list(FIELDS)
        )
    if changed_bits:
        JobFacets.objects.bulk_create(
            changed_bits,
            update_conflicts=True,
            unique_fields=["job"],
            update_fields=["bits", "layout"],
        )


def sync(job_ids: Iterable[int]) -> None:
    """Write (or delete) the ``JobText`` rows of ``job_ids``, in the caller's transaction."""
    from jobs.models import Job

    from .indexing import row_chunks
    from .models import JobFacets, JobText

    ids = sorted(set(job_ids))
    if not ids:
        return
    found = set()
    with transaction.atomic():
        for chunk in row_chunks(Job.objects.filter(pk__in=ids)):
            _write(chunk)
            found.update(row["id"] for row, _reqs in chunk)
        gone = [pk for pk in ids if pk not in found]
        if gone:
            JobText.objects.filter(job_id__in=gone).delete()
            JobFacets.objects.filter(job_id__in=gone).delete()


def rebuild() -> int:
    """Write every job's row (jobs made by ``bulk_create`` skipped the signals). Returns count."""
    from jobs.models import Job

    from .indexing import row_chunks
    from .models import JobFacets, JobText

    JobText.objects.exclude(job_id__in=Job.objects.values("pk")).delete()
    JobFacets.objects.exclude(job_id__in=Job.objects.values("pk")).delete()
    count = 0
    for chunk in row_chunks(Job.objects.all()):
        with transaction.atomic():
            _write(chunk)
        count += len(chunk)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_jobtext_fts(search_jobtext_fts) VALUES('optimize')")
    return count


def sync_missing() -> int:
    """Rows for jobs that have none yet (bulk-created): cheap when there are none."""
    from jobs.models import Job

    missing = Q(search_text__isnull=True) | Q(search_facets__isnull=True)
    ids = list(Job.objects.filter(missing).values_list("pk", flat=True))
    sync(ids)
    return len(ids)
