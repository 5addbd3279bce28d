"""The search rules evaluated in plain Python over Job objects: what both engines must return.

Written from the issue's wording, independently of search/: eligibility uses
``eligibility.evaluate`` itself (not the index keys), distance a plain haversine. Keywords
are the exception: what a word means is ``search.analysis`` (one analysis for every engine),
so the oracle asks it for the terms and checks the engines match exactly those.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from math import asin, cos, radians, sin, sqrt

from django.utils import timezone

from jobs.models import Job
from jobs.zip_codes import zip_lookup
from pharmacy import eligibility


def miles(lat1, lon1, lat2, lon2):
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * 3958.8 * asin(sqrt(a))


def requires_values(job: Job) -> set[str]:
    values = {r.code for r in job.requirements.all()}
    if job.state_credential != eligibility.StatePolicy.NOT_REQUIRED:
        values.add("state-credential")
    return values or {"none"}


def job_states(job: Job) -> set[str]:
    states = {job.state}
    if job.workplace == Job.Workplace.REMOTE:
        states |= set(job.remote_states)
    return states


def pay_top(job: Job):
    return job.pay_max_hourly if job.pay_max_hourly is not None else job.pay_min_hourly


def eligible(job: Job, held, today) -> bool:
    return eligibility.evaluate(
        held, job.credential_requirements(), job.state_requirements(), today
    ).is_eligible


def matches(job: Job, params: dict, *, now=None, held=None) -> bool:
    """Whether ``job`` answers the public GET parameters ``params`` (lists for repeatables)."""
    now = now or timezone.now()
    if not job.is_visible:
        return False
    checks = {
        "state": lambda v: bool(job_states(job) & set(v)),
        "setting": lambda v: job.setting in v,
        "type": lambda v: bool(set(job.employment_types) & set(v)),
        "shift": lambda v: bool(set(job.shifts) & set(v)),
        "requires": lambda v: bool(requires_values(job) & set(v)),
        "min_pay": lambda v: pay_top(job) is not None and pay_top(job) >= Decimal(str(v)),
        "posted": lambda v: job.published_at >= now - timedelta(days=int(v)),
        "remote": lambda v: job.workplace == Job.Workplace.REMOTE,
    }
    for param, check in checks.items():
        if params.get(param) and not check(params[param]):
            return False
    if params.get("have") or held is not None:
        all_held = eligibility.held_from_have_codes(params.get("have") or []) + list(held or [])
        if not eligible(job, all_held, timezone.localdate(now)):
            return False
    if params.get("radius"):
        place = zip_lookup(params["zip"])
        if job.latitude is None:
            return False
        if miles(place.latitude, place.longitude, job.latitude, job.longitude) > float(
            params["radius"]
        ):
            return False
    return not params.get("q") or keywords_match(job, params["q"])


def keywords_match(job: Job, q: str) -> bool:
    """Every clause of ``q`` (search.analysis, the one analysis the engines share) is a term
    of the job's title, structured facts or description, or a prefix of one of its words."""
    from search import analysis, job_text
    from search.documents import plain_text, requirement_fields, row_for

    row = row_for(job)
    reqs = [(r.code, r.level, r.within_days) for r in job.requirements.all()]
    requires, _keys = requirement_fields(row, reqs)
    fields = job_text.text_fields(row, requires, plain_text(job.description))
    terms = set(f"{fields['title']} {fields['facts']} {fields['body']}".split())
    words = fields["words"].split()
    return all(
        clause.term in terms or (clause.prefix and any(w.startswith(clause.prefix) for w in words))
        for clause in analysis.query_clauses(q)
    )


def expected_ids(jobs, params, **kwargs) -> set[int]:
    return {job.pk for job in jobs if matches(job, params, **kwargs)}


def facet_count(jobs, params, param, value) -> int:
    return len(expected_ids(jobs, {**params, param: value if param == "min_pay" else [value]}))
