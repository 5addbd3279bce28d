"""What Elasticsearch stores about a public job, and the one function that builds it."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from html import unescape

from elasticsearch.dsl import (
    Boolean,
    Completion,
    Date,
    Document,
    Float,
    GeoPoint,
    Integer,
    Keyword,
    Text,
)

from jobs.models import Job, JobRequirement
from pharmacy import eligibility

from . import job_text
from .criteria import job_states, requirement_codes

# The analysed terms (search.analysis): split on spaces only, the same on every distribution.
TERMS_ANALYZER = "whitespace"


class JobDocument(Document):
    id = Integer()
    # Kept in the source for people reading documents; searched as title_terms, marked by
    # search.highlight (nothing is analysed on the node: the same on every distribution).
    title = Text(index=False)
    employer = Keyword(index=False)
    # search.analysis output (job_text.text_fields): what keyword queries match. Every match
    # is scored as a constant (queries.clause_query): no frequencies, positions or norms.
    title_terms = Text(analyzer=TERMS_ANALYZER, index_options="docs", norms=False)
    facts_terms = Text(analyzer=TERMS_ANALYZER, index_options="docs", norms=False)
    body_terms = Text(analyzer=TERMS_ANALYZER, index_options="docs", norms=False)
    words = Text(analyzer=TERMS_ANALYZER, index_options="docs", norms=False)
    employer_slug = Keyword()
    organisation_id = Integer()
    setting = Keyword()
    state = Keyword()
    # The job's state plus, for remote jobs, the states applicants may live in: `state=` filter.
    states = Keyword()
    city = Keyword()
    zip_code = Keyword()
    location = GeoPoint()
    workplace = Keyword()
    remote = Boolean()
    remote_states = Keyword()
    employment_types = Keyword()
    shifts = Keyword()
    duties = Keyword()
    benefits = Keyword()
    # `requires=`: every code the job mentions, "state-credential", or "none".
    requires = Keyword()
    # Eligibility: keys a candidate must hold (eligibility.requirement_keys) and how many.
    required_keys = Keyword()
    required_keys_count = Integer()
    pay_min = Float()
    pay_max = Float()
    pay_top = Float()  # the top of the hourly range: `min_pay=` and the pay sort use it
    published_at = Date()
    expires_at = Date()
    suggest = Completion(analyzer="simple")
    fingerprint = Keyword(index=False)  # search_check compares it to spot stale documents

    @classmethod
    def from_job(cls, job: Job) -> JobDocument:
        """The document for ``job`` (requirements prefetched, organisation selected)."""
        source = source_for(job)
        return cls(meta={"id": job.pk}, **source)


_TAG = re.compile(r"<[^>]*>")


def plain_text(html: str) -> str:
    """Text of a description for the index. Descriptions are sanitised HTML (nh3) on save, so
    a tag regex is exact enough here and ~10× faster than Django's strip_tags parser."""
    return " ".join(unescape(_TAG.sub(" ", html or "")).split())


def _float(value):
    return float(value) if value is not None else None


def _suggestions(title: str, employer: str) -> list[str]:
    # A completion field matches from the start of an input: add each word-start suffix so
    # "tech" finds "Pharmacy Technician".
    words = title.split()
    inputs = [" ".join(words[i:]) for i in range(min(len(words), 6))]
    return [text for text in dict.fromkeys([*inputs, employer]) if text]


# The job columns a document is built from, as ``.values()`` names (the bulk loader reads
# exactly these; ``row_for`` gives the same mapping for a model instance).
ROW_FIELDS = (
    "id", "title", "description", "organisation_id", "organisation__name",
    "organisation__slug", "setting", "state", "city", "zip_code", "latitude", "longitude",
    "workplace", "remote_states", "employment_types", "shifts", "duties", "benefits",
    "pay_min_hourly", "pay_max_hourly", "state_credential", "licence_states", "published_at",
    "expires_at",
)  # fmt: skip
# The job's analysed text as its JobText row stores it (``job_text.sync`` writes it on every
# save, ``search_reindex`` rebuilds it before the index): the bulk loader reads these with the
# row and skips analysing each job again; a job without a row is analysed as usual.
STORED_TEXT = {f"search_text__{name}": name for name in job_text.FIELDS}
_STORED_TITLE = next(iter(STORED_TEXT))
# A requirement as (code, level, within_days): JobRequirement's columns.
REQUIREMENT_FIELDS = ("code", "level", "within_days")


def row_for(job: Job) -> dict:
    """``job`` as the mapping ``document_body`` reads (organisation selected)."""
    organisation = job.organisation
    row = {name: getattr(job, name) for name in ROW_FIELDS if "__" not in name}
    row["id"] = job.pk
    row["organisation__name"] = organisation.name
    row["organisation__slug"] = organisation.slug
    return row


@lru_cache(maxsize=8192)
def _requirement_fields(
    requirements: tuple, state: str, state_credential: str, licence_states: tuple = ()
):
    """``requires``, ``required_keys`` for one combination (jobs repeat a few hundred).

    Unsaved model instances, so the models' own ``as_requirement`` / ``state_requirement``
    decide (cached: built once per combination, not per job).
    """
    keys = eligibility.requirement_keys(
        [
            JobRequirement(code=code, level=level, within_days=within_days).as_requirement()
            for code, level, within_days in requirements
        ],
        Job(
            state=state, state_credential=state_credential, licence_states=list(licence_states)
        ).state_requirements(),
    )
    codes = requirement_codes([code for code, _level, _days in requirements], state_credential)
    return tuple(codes), tuple(sorted(keys))


def requirement_fields(row, requirements) -> tuple[tuple, tuple]:
    """``requires`` and ``required_keys`` of a job row and its (code, level, days) tuples."""
    return _requirement_fields(
        tuple(sorted(requirements, key=lambda r: (r[0], r[1], r[2] or 0))),
        row["state"],
        row["state_credential"],
        tuple(row.get("licence_states") or ()),
    )


def document_body(row, requirements) -> dict:
    """THE document shape: every path (bulk load, real-time sync, check) goes through here.

    ``row``: the job's ``ROW_FIELDS`` (a ``.values()`` row or ``row_for(job)``);
    ``requirements``: its requirements as (code, level, within_days) tuples. No fingerprint:
    ``source_for`` / ``source_json`` add it.
    """
    requires, keys = requirement_fields(row, requirements)
    text = _stored_text(row) or job_text.text_fields(row, requires, plain_text(row["description"]))
    pay_min = _float(row["pay_min_hourly"])
    pay_max = _float(row["pay_max_hourly"])
    lat, lon = row["latitude"], row["longitude"]
    workplace = row["workplace"]
    published, expires = row["published_at"], row["expires_at"]
    employer = row["organisation__name"]
    return {
        "id": row["id"],
        "title": row["title"],
        "title_terms": text["title"],
        "facts_terms": text["facts"],
        "body_terms": text["body"],
        "words": text["words"],
        "employer": employer,
        "employer_slug": row["organisation__slug"],
        "organisation_id": row["organisation_id"],
        "setting": row["setting"],
        "state": row["state"],
        "states": job_states(row["state"], workplace, row["remote_states"]),
        "city": row["city"],
        "zip_code": row["zip_code"],
        "location": {"lat": lat, "lon": lon} if lat is not None and lon is not None else None,
        "workplace": workplace,
        "remote": workplace == Job.Workplace.REMOTE,
        "remote_states": list(row["remote_states"] or []),
        "employment_types": list(row["employment_types"] or []),
        "shifts": list(row["shifts"] or []),
        "duties": list(row["duties"] or []),
        "benefits": list(row["benefits"] or []),
        "requires": list(requires),
        "required_keys": list(keys),
        "required_keys_count": len(keys),
        "pay_min": pay_min,
        "pay_max": pay_max,
        "pay_top": pay_max if pay_max is not None else pay_min,
        "published_at": published.isoformat() if published else None,
        "expires_at": expires.isoformat() if expires else None,
        "suggest": {"input": _suggestions(row["title"], employer)},
    }


def _stored_text(row) -> dict[str, str] | None:
    """The analysed text read with ``row`` (``STORED_TEXT``), or None when the row has none."""
    if row.get(_STORED_TITLE) is None:  # no JobText row (or not read with this row)
        return None
    return {name: row[column] for column, name in STORED_TEXT.items()}


def _fingerprint(canonical_json: str) -> str:
    return hashlib.sha1(canonical_json.encode(), usedforsecurity=False).hexdigest()


def source_for(job: Job, requirements=None) -> dict:
    """The document body of a model instance as a plain dict, fingerprint included.

    ``requirements``: the job's JobRequirement rows when the caller loaded them in bulk;
    by default ``job.requirements.all()`` (prefetched by ``with_public_relations()``).
    """
    if requirements is None:
        requirements = job.requirements.all()
    source = document_body(row_for(job), [(r.code, r.level, r.within_days) for r in requirements])
    source["fingerprint"] = _fingerprint(json.dumps(source, sort_keys=True))
    return source


def fingerprint(row, requirements) -> str:
    """The fingerprint ``source_json`` would store for this row (``search_check`` uses it)."""
    return _fingerprint(json.dumps(document_body(row, requirements), sort_keys=True))


def source_json(row, requirements) -> str:
    """``document_body`` serialised once, fingerprint appended: what the bulk loader sends.

    Same fingerprint as ``source_for`` (the hash of the same canonical JSON), so
    ``search_check`` compares documents from either path.
    """
    text = json.dumps(document_body(row, requirements), sort_keys=True)
    return f'{text[:-1]}, "fingerprint": "{_fingerprint(text)}"}}'
