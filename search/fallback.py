"""The same validated criteria, answered by the database (no Elasticsearch, or it is down).

Keywords: the analysed text of ``search.job_text``, through FTS5 on SQLite and a stored
``tsvector`` on PostgreSQL (``search.db_text`` writes their query syntax). Eligibility is
decided by the rule itself: the finite set of (state, policy) pairs and requirement kinds a job
can have is evaluated with ``pharmacy.eligibility`` and the answers become SQL, so this file
never restates the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cache, reduce
from operator import or_

from django.db import connection
from django.db.models import Count, Exists, F, FloatField, OuterRef, Q, QuerySet
from django.db.models.expressions import Expression, RawSQL
from django.db.models.functions import Coalesce

from jobs.models import Job, JobRequirement
from pharmacy import eligibility
from pharmacy.credentials import requirement_choices
from pharmacy.states import US_STATES
from pharmacy.vocabulary import EmploymentType, Setting, Shift

from . import analysis, db_text
from .criteria import PAY_BANDS, REQUIRES_NONE, REQUIRES_STATE, Criteria
from .distance import bounding_box, miles_between


@dataclass
class DatabaseAnswer:
    total: int
    ids: list[int]
    facets: dict[str, dict[str, int]]
    distances: dict[int, float]


def _json_has(field: str, value: str) -> Q:
    # JSON list membership that works on SQLite and PostgreSQL alike.
    return Q(**{f"{field}__icontains": f'"{value}"'})


def _any(qs: list[Q]) -> Q:
    return reduce(or_, qs) if qs else Q(pk__in=[])


def state_q(states) -> Q:
    """Located in one of ``states``, or remote and open to applicants living there."""
    open_to = _any([_json_has("remote_states", s) for s in states])
    return Q(state__in=states) | (Q(workplace=Job.Workplace.REMOTE) & open_to)


def requires_q(values) -> Q:
    parts = []
    for value in values:
        if value == REQUIRES_NONE:
            parts.append(
                Q(state_credential=eligibility.StatePolicy.NOT_REQUIRED)
                & ~Exists(JobRequirement.objects.filter(job=OuterRef("pk")))
            )
        elif value == REQUIRES_STATE:
            parts.append(~Q(state_credential=eligibility.StatePolicy.NOT_REQUIRED))
        else:
            parts.append(Exists(JobRequirement.objects.filter(job=OuterRef("pk"), code=value)))
    return _any(parts)


@cache
def _eligibility_answers(satisfied: frozenset[str]):
    """What ``pharmacy.eligibility`` answers for ``satisfied``: blocking requirement kinds,
    allowed states per state policy, and states whose credential the keys do not meet.

    The rule is asked once per set of keys (it builds thousands of model instances)."""
    # Requirement rows: which (code, level, has deadline) kinds would block the candidate,
    # grouped as {(level, no deadline): codes} so the SQL stays a handful of IN lists.
    blocking: dict[tuple[str, bool], list[str]] = {}
    for code, _label in requirement_choices():
        for level in eligibility.Level:
            for within in (None, 1):
                row = JobRequirement(code=code, level=level.value, within_days=within)
                keys = eligibility.requirement_keys([row.as_requirement()], None)
                if not keys <= satisfied:
                    blocking.setdefault((level.value, within is None), []).append(code)
    # The job's own state policy, through the model's own method.
    allowed = []
    for policy in eligibility.StatePolicy:
        states = [
            code
            for code, _name in US_STATES
            if eligibility.requirement_keys(
                [], Job(state=code, state_credential=policy.value).state_requirement()
            )
            <= satisfied
        ]
        if states:
            allowed.append((policy.value, tuple(states)))
    # Other states whose credential the job needs too (remote work), through the same rule.
    unmet = [
        code
        for code, _name in US_STATES
        if not eligibility.requirement_keys(
            [], eligibility.StateRequirement(state=code, policy=eligibility.StatePolicy.REQUIRED)
        )
        <= satisfied
    ]
    return (
        tuple((*kind, tuple(codes)) for kind, codes in blocking.items()),
        tuple(allowed),
        tuple(unmet),
    )


def eligible_q(satisfied: frozenset[str]) -> Q:
    """Jobs whose hard requirements the keys meet, decided by eligibility.requirement_keys."""
    blocking_kinds, allowed_states, unmet = _eligibility_answers(frozenset(satisfied))
    blocking = Q(pk__in=[])
    for level, no_deadline, codes in blocking_kinds:
        blocking |= Q(code__in=codes, level=level, within_days__isnull=no_deadline)
    rows_ok = ~Exists(JobRequirement.objects.filter(blocking, job=OuterRef("pk")))
    allowed = Q(pk__in=[])
    for policy, states in allowed_states:
        allowed |= Q(state_credential=policy, state__in=states)
    others_ok = ~_any([_json_has("licence_states", code) for code in unmet]) if unmet else Q()
    return rows_ok & allowed & others_ok


def filter_q(criteria: Criteria) -> Q:
    """Every structured filter except keywords and distance, as one Q."""
    q = Q()
    if criteria.states:
        q &= state_q(criteria.states)
    if criteria.settings:
        q &= Q(setting__in=criteria.settings)
    if criteria.types:
        q &= _any([_json_has("employment_types", t) for t in criteria.types])
    if criteria.shifts:
        q &= _any([_json_has("shifts", s) for s in criteria.shifts])
    if criteria.requires:
        q &= requires_q(criteria.requires)
    if criteria.satisfied is not None:
        q &= eligible_q(criteria.satisfied)
    if criteria.min_pay:
        q &= Q(pay_top__gte=criteria.min_pay)
    if criteria.posted_days and criteria.now:
        q &= Q(published_at__gte=criteria.now - timedelta(days=criteria.posted_days))
    if criteria.remote:
        q &= Q(workplace=Job.Workplace.REMOTE)
    return q


def _base(criteria: Criteria) -> tuple[QuerySet, list[analysis.Clause]]:
    """Visible jobs matching the keywords, and the query's clauses ([] = no keyword search).

    The keywords are matched against ``search_jobtext`` (``search.job_text``): FTS5 on
    SQLite, the stored ``document`` tsvector (GIN) on PostgreSQL.
    """
    qs = Job.objects.visible().annotate(pay_top=Coalesce("pay_max_hourly", "pay_min_hourly"))
    clauses = analysis.query_clauses(criteria.q)
    if not clauses:
        return qs, []
    sql, params = db_text.matching_ids(connection.vendor, clauses)
    return qs.filter(pk__in=RawSQL(sql, params)), clauses  # noqa: S611 — bound parameters


class TextRank(Expression):
    """The text engine's rank of the row's job (higher is better), as a correlated subquery
    on whatever alias the query gives ``jobs_job``."""

    output_field = FloatField()

    def __init__(self, clauses):
        super().__init__()
        self.clauses = clauses

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return db_text.rank(connection.vendor, self.clauses, f"{table}.id")


def _ranked(results: QuerySet, clauses) -> QuerySet:
    return results.annotate(rank=TextRank(clauses))


def _within_radius(qs: QuerySet, criteria: Criteria) -> dict[int, float]:
    """Distances (miles) of the jobs in ``qs`` that have coordinates, limited to the radius."""
    origin = criteria.origin
    if criteria.radius:
        lat0, lat1, lon0, lon1 = bounding_box(origin.latitude, origin.longitude, criteria.radius)
        qs = qs.filter(latitude__range=(lat0, lat1), longitude__range=(lon0, lon1))
    else:
        qs = qs.filter(latitude__isnull=False, longitude__isnull=False)
    distances = {}
    for pk, lat, lon in qs.values_list("pk", "latitude", "longitude"):
        miles = miles_between(origin.latitude, origin.longitude, lat, lon)
        if criteria.radius is None or miles <= criteria.radius:
            distances[pk] = round(miles, 1)
    return distances


def search(criteria: Criteria, *, offset: int, limit: int, facets: bool = True) -> DatabaseAnswer:
    """Result ids for one page, the total, facet counts and distances."""
    base, clauses = _base(criteria)
    distances: dict[int, float] = {}
    if criteria.origin is not None and (criteria.radius or criteria.sort == "distance"):
        distances = _within_radius(base.filter(filter_q(criteria)), criteria)
        if criteria.radius:
            base = base.filter(pk__in=list(distances))
    results = base.filter(filter_q(criteria))
    total = results.count()
    ids = _ordered_ids(results, criteria, distances, clauses, offset, limit)
    if criteria.origin is not None and not distances:
        distances = _page_distances(ids, criteria)
    return DatabaseAnswer(
        total=total,
        ids=ids,
        facets=_facets(base, criteria) if facets else {},
        distances={pk: distances[pk] for pk in ids if pk in distances},
    )


def _ordered_ids(results, criteria, distances, clauses, offset, limit) -> list[int]:
    if criteria.sort == "distance" and criteria.origin is not None:
        ordered = sorted(
            results.values_list("pk", "published_at"),
            key=lambda row: (distances.get(row[0], float("inf")), -row[1].timestamp(), -row[0]),
        )
        return [pk for pk, _ in ordered[offset : offset + limit]]
    if criteria.sort == "pay":
        order = [F("pay_top").desc(nulls_last=True), "-published_at", "-pk"]
    elif criteria.sort == "relevance" and clauses:
        results = _ranked(results, clauses)
        order = ["-rank", "-published_at", "-pk"]
    else:
        order = ["-published_at", "-pk"]
    return list(results.order_by(*order).values_list("pk", flat=True)[offset : offset + limit])


def _page_distances(ids, criteria) -> dict[int, float]:
    origin = criteria.origin
    return {
        pk: round(miles_between(origin.latitude, origin.longitude, lat, lon), 1)
        for pk, lat, lon in Job.objects.filter(pk__in=ids, latitude__isnull=False).values_list(
            "pk", "latitude", "longitude"
        )
    }


def _facets(base: QuerySet, criteria: Criteria) -> dict[str, dict[str, int]]:
    """Counts per facet value, each with every *other* active filter applied (one query each)."""

    def scoped(param):
        return base.filter(filter_q(criteria.without(param)))

    def counts(param, conditions: dict[str, Q]) -> dict[str, int]:
        row = scoped(param).aggregate(
            **{f"c{i}": Count("pk", filter=cond) for i, cond in enumerate(conditions.values())}
        )
        return {value: row[f"c{i}"] for i, value in enumerate(conditions)}

    settings = dict(scoped("setting").values_list("setting").annotate(n=Count("pk")).order_by())
    return {
        "setting": {code: settings.get(code, 0) for code in Setting.values},
        "state": _state_counts(scoped("state")),
        "type": counts("type", {v: _json_has("employment_types", v) for v in EmploymentType}),
        "shift": counts("shift", {s: _json_has("shifts", s) for s in Shift.values}),
        "requires": _requires_counts(scoped("requires")),
        "min_pay": counts("min_pay", {str(b): Q(pay_top__gte=b) for b in PAY_BANDS}),
    }


def _state_counts(qs: QuerySet) -> dict[str, int]:
    """Jobs per state, remote jobs also counted in each state they accept applicants from."""
    counts = dict(
        qs.exclude(workplace=Job.Workplace.REMOTE)
        .values_list("state")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for state, remote_states in qs.filter(workplace=Job.Workplace.REMOTE).values_list(
        "state", "remote_states"
    ):
        for code in {state, *(remote_states or [])}:
            counts[code] = counts.get(code, 0) + 1
    return counts


def _requires_counts(qs: QuerySet) -> dict[str, int]:
    """Jobs per `requires=` value: a GROUP BY over requirement rows plus one aggregate."""
    counts = dict(
        JobRequirement.objects.filter(job__in=qs.values("pk"))
        .values_list("code")
        .annotate(n=Count("job_id", distinct=True))
        .order_by()
    )
    row = qs.aggregate(
        state=Count("pk", filter=requires_q([REQUIRES_STATE])),
        none=Count("pk", filter=requires_q([REQUIRES_NONE])),
    )
    counts[REQUIRES_STATE], counts[REQUIRES_NONE] = row["state"], row["none"]
    return counts
