"""What Elasticsearch stores about a public job, and the one function that builds it."""

from __future__ import annotations

import hashlib
import json
import re
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

from candidates import eligibility
from jobs.models import Job

from .criteria import job_states, requirement_codes

# Declared per index in indexing.index_settings(): "standard", or "english" where the node has
# the analysis-common module. Queries never depend on which one it is.
TEXT_ANALYZER = "rx_text"


class JobDocument(Document):
    id = Integer()
    title = Text(analyzer=TEXT_ANALYZER, fields={"raw": Keyword()})
    description = Text(analyzer=TEXT_ANALYZER)
    employer = Text(analyzer=TEXT_ANALYZER, fields={"raw": Keyword()})
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


def source_for(job: Job, requirements=None) -> dict:
    """The document body as a plain dict (the bulk loader uses it directly: no object churn).

    ``requirements``: the job's JobRequirement rows when the caller loaded them in bulk;
    by default ``job.requirements.all()`` (prefetched by ``with_public_relations()``).
    """
    if requirements is None:
        requirements = list(job.requirements.all())
    keys = eligibility.requirement_keys(
        [r.as_requirement() for r in requirements], job.state_requirement()
    )
    pay_min = _float(job.pay_min_hourly)
    pay_max = _float(job.pay_max_hourly)
    has_point = job.latitude is not None and job.longitude is not None
    organisation = job.organisation
    source = {
        "id": job.pk,
        "title": job.title,
        "description": plain_text(job.description),
        "employer": organisation.name,
        "employer_slug": organisation.slug,
        "organisation_id": organisation.pk,
        "setting": job.setting,
        "state": job.state,
        "states": job_states(job.state, job.workplace, job.remote_states),
        "city": job.city,
        "zip_code": job.zip_code,
        "location": {"lat": job.latitude, "lon": job.longitude} if has_point else None,
        "workplace": job.workplace,
        "remote": job.workplace == Job.Workplace.REMOTE,
        "remote_states": list(job.remote_states or []),
        "employment_types": list(job.employment_types or []),
        "shifts": list(job.shifts or []),
        "duties": list(job.duties or []),
        "benefits": list(job.benefits or []),
        "requires": requirement_codes([r.code for r in requirements], job.state_credential),
        "required_keys": sorted(keys),
        "required_keys_count": len(keys),
        "pay_min": pay_min,
        "pay_max": pay_max,
        "pay_top": pay_max if pay_max is not None else pay_min,
        "published_at": job.published_at.isoformat() if job.published_at else None,
        "expires_at": job.expires_at.isoformat() if job.expires_at else None,
        "suggest": {"input": _suggestions(job.title, organisation.name)},
    }
    digest = hashlib.sha1(json.dumps(source, sort_keys=True).encode(), usedforsecurity=False)
    source["fingerprint"] = digest.hexdigest()
    return source
