# SQL here is built from constants and column names only; every value is a bound parameter.
# ruff: noqa: S608
"""The same validated criteria, answered by the database (no Elasticsearch, or it is down).

Keywords: the analysed text of ``search.job_text``, through FTS5 on SQLite and a stored
``tsvector`` on PostgreSQL (``search.db_text`` writes their query syntax). Eligibility is
decided by the rule itself: the finite set of (state, policy) pairs and requirement kinds a job
can have is evaluated with ``pharmacy.eligibility`` and the answers become SQL, so this file
never restates the rule.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache, partial, reduce
from operator import and_, or_

from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import BooleanField, Case, Exists, F, OuterRef, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.db.models.lookups import Exact

from jobs.models import Job, JobRequirement
from pharmacy import eligibility
from pharmacy.credentials import requirement_choices
from pharmacy.states import US_STATES
from pharmacy.vocabulary import Setting

from . import analysis, db_text, facet_bits, job_text
from .criteria import REQUIRES_NONE, REQUIRES_STATE, Criteria
from .distance import bounding_box, miles_between
from .models import JobFacets


@dataclass
class DatabaseAnswer:
    total: int
    ids: list[int]
    facets: dict[str, dict[str, int]]
    distances: dict[int, float]
    # With no match: per active facet filter, the total with only it dropped (the search's
    # own statement counts them; relaxed_totals takes them as known).
    relaxed: dict[str, int] = field(default_factory=dict)


def _json_has(field: str, value: str) -> Q:
    # JSON list membership that works on SQLite and PostgreSQL alike.
    return Q(**{f"{field}__icontains": f'"{value}"'})


def _any(qs: list[Q]) -> Q:
    return reduce(or_, qs) if qs else Q(pk__in=[])


def state_q(states) -> Q:
    """Located in one of ``states``, or remote and open to applicants living there."""
    if connection.vendor == "postgresql":  # one ?| test instead of a LIKE per state
        open_to = Q(remote_states__has_any_keys=list(states))
    else:
        open_to = _any([_json_has("remote_states", s) for s in states])
    return Q(state__in=states) | (Q(workplace=Job.Workplace.REMOTE) & open_to)


def has_any_q(param: str, values, *, bits: bool = False) -> Q:
    """The job has one of ``values`` of facet ``param`` (``type``, ``shift``, ``requires``):
    with ``bits`` (``bits_readable``) a test of its facet bits, else of its JSON lists and
    requirement rows (also for a value the cached layout has no bit for)."""
    if not bits:
        return _listed_q(param, values)
    positions = facet_bits.bit()
    mask = reduce(or_, (positions.get((param, value), 0) for value in values), 0)
    unplaced = [value for value in values if (param, value) not in positions]
    found = [~Q(Exact(F("bits").bitand(mask), 0))] if mask else []
    return _any([*found, *([_listed_q(param, unplaced)] if unplaced else [])])


def _listed_q(param: str, values) -> Q:
    if param == "type":
        return _any([_json_has("employment_types", v) for v in values])
    if param == "shift":
        return _any([_json_has("shifts", v) for v in values])
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


def _licence_in(states) -> Q:
    """The job also needs the credential of one of ``states`` (its ``licence_states`` list)."""
    if connection.vendor == "postgresql":  # one ?| test per row instead of a LIKE per state
        return Q(licence_states__has_any_keys=list(states))
    return _any([_json_has("licence_states", code) for code in states])


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
    others_ok = ~_licence_in(unmet) if unmet else Q()
    return rows_ok & allowed & others_ok


def facet_filters(criteria: Criteria, *, bits: bool = False) -> dict[str, Q]:
    """The active facet filters by parameter; each facet is counted without its own.
    ``bits``: on the rows of ``_visible(bits=True)``."""
    filters = {}
    if criteria.states:
        filters["state"] = state_q(criteria.states)
    if criteria.settings:
        filters["setting"] = Q(setting__in=criteria.settings)
    if criteria.types:
        filters["type"] = has_any_q("type", criteria.types, bits=bits)
    if criteria.shifts:
        filters["shift"] = has_any_q("shift", criteria.shifts, bits=bits)
    if criteria.requires:
        filters["requires"] = has_any_q("requires", criteria.requires, bits=bits)
    if criteria.min_pay:
        filters["min_pay"] = Q(pay_top__gte=criteria.min_pay)
    return filters


def scope_filters(criteria: Criteria) -> dict[str, Q]:
    """The set structured filters that are not facets, by public parameter."""
    filters = {}
    if criteria.satisfied is not None:
        filters["have"] = eligible_q(criteria.satisfied)
    if criteria.posted_days and criteria.now:
        since = criteria.now - timedelta(days=criteria.posted_days)
        filters["posted"] = Q(published_at__gte=since)
    if criteria.remote:
        filters["remote"] = Q(workplace=Job.Workplace.REMOTE)
    return filters


def scope_q(criteria: Criteria) -> Q:
    """The structured filters that are not facets: every facet count applies them."""
    return reduce(and_, scope_filters(criteria).values(), Q())


def filter_q(criteria: Criteria) -> Q:
    """Every structured filter except keywords and distance, as one Q."""
    return reduce(and_, facet_filters(criteria).values(), scope_q(criteria))


def flag(q: Q) -> Case:
    """``q`` as a boolean column. (An ``ExpressionWrapper`` of a Q that can match nothing,
    e.g. no job within the radius, compiles to the integer 0, which PostgreSQL refuses in
    ``AND``; a CASE drops that condition and gives its boolean default.)"""
    return Case(When(q, then=Value(True)), default=Value(False), output_field=BooleanField())


def _visible(*, bits: bool = False) -> QuerySet:
    """Public jobs with the top of their hourly pay and, with ``bits``, their facet bits
    (``facet_bits``; 0 for a job not written yet)."""
    qs = Job.objects.visible().annotate(pay_top=Coalesce("pay_max_hourly", "pay_min_hourly"))
    if bits:
        qs = qs.annotate(bits=Coalesce("search_facets__bits", Value(0)))
    return qs


def bits_readable() -> bool:
    """Whether this search filters and counts from the stored facet bits: on the engines of
    ``BIT_FACETS`` while every row has today's layout (``facet_bits.layout``; checked again
    after ``LAYOUT_RECHECK`` seconds, a scan of the narrow table)."""
    if connection.vendor not in BIT_FACETS:
        return False
    checked = _LAYOUT_CURRENT.get(connection.alias)
    if checked is not None and time.monotonic() - checked < LAYOUT_RECHECK:
        return True
    if JobFacets.objects.exclude(layout=facet_bits.layout()).exists():
        _LAYOUT_CURRENT.pop(connection.alias, None)
        return False
    _LAYOUT_CURRENT[connection.alias] = time.monotonic()
    return True


def _matching(qs: QuerySet, clauses, *, ranked: bool = False) -> QuerySet:
    """``qs`` limited to the jobs whose text matches ``clauses`` (``search.job_text``): FTS5
    on SQLite, the stored ``document`` tsvector on PostgreSQL. ``ranked``: read from the
    statement's ``k`` CTE of ranked matches instead (see ``_Statement``)."""
    if not clauses:
        return qs
    if ranked:  # joined, so each match is looked up by primary key, with its rank ``r``
        table = connection.ops.quote_name(Job._meta.db_table)
        return qs.extra(  # noqa: S610 — constants only
            select={"r": f"{RANKED}.r"}, tables=[RANKED], where=[f"{RANKED}.job_id = {table}.id"]
        )
    sql, params = db_text.matching_ids(connection.vendor, clauses)
    return qs.filter(pk__in=RawSQL(sql, params))  # noqa: S611 — bound parameters


def _located(qs: QuerySet, criteria: Criteria) -> tuple[dict[int, float], dict[int, float]]:
    """Distances (miles) of the jobs in ``qs`` with coordinates, limited to the radius, and
    the publication times (timestamps) of the jobs the distance sort orders."""
    origin = criteria.origin
    if criteria.radius:
        lat0, lat1, lon0, lon1 = bounding_box(origin.latitude, origin.longitude, criteria.radius)
        qs = qs.filter(latitude__range=(lat0, lat1), longitude__range=(lon0, lon1))
    elif criteria.sort != "distance":
        qs = qs.filter(latitude__isnull=False, longitude__isnull=False)
    distances, published = {}, {}
    for pk, lat, lon, at in qs.values_list("pk", "latitude", "longitude", "published_at"):
        if lat is None or lon is None:
            published[pk] = at.timestamp()  # no coordinates: last in the distance sort
            continue
        miles = miles_between(origin.latitude, origin.longitude, lat, lon)
        if criteria.radius is None or miles <= criteria.radius:
            distances[pk] = round(miles, 1)
            published[pk] = at.timestamp()
    return distances, published


def search(
    criteria: Criteria, *, offset: int, limit: int, facets: bool = True, relaxed: bool = True
) -> DatabaseAnswer:
    """Result ids for one page, the total, facet counts and distances.

    One statement answers the total, the page and every facet: the matching jobs (visible,
    keywords, the non-facet filters, each facet filter as a flag column) are computed once
    as a materialised CTE that every count reads, each count applying the flags of the
    *other* active facet filters. ``relaxed=False``: no counts of the facet filters' drops.
    """
    clauses = analysis.query_clauses(criteria.q)
    bits = bits_readable()
    scoped = _visible(bits=bits).filter(scope_q(criteria))
    # Relevance: the matches and their rank in one pass, when the engine prefers it.
    ranked = bool(clauses) and criteria.sort == "relevance"
    # Other orders need only which jobs match: a word every job has selects them all.
    base = _matching(scoped, clauses if ranked else job_text.selective(clauses))
    rank_first = ranked and connection.vendor in RANK_FIRST
    distances: dict[int, float] = {}
    published: dict[int, float] = {}
    by_distance = criteria.sort == "distance" and criteria.origin is not None
    if criteria.origin is not None and (criteria.radius or by_distance):
        distances, published = _located(base, criteria)
    if rank_first:
        base = _matching(scoped, clauses, ranked=True)
    if criteria.radius and criteria.origin is not None:
        base = base.filter(pk__in=list(distances))
    try:
        filters = facet_filters(criteria, bits=bits)
        statement = _Statement(base, filters, clauses if ranked else [], bits=bits)
        if rank_first:
            statement.rank_first()
    except EmptyResultSet:  # nothing can match (e.g. no job within the radius)
        return DatabaseAnswer(0, [], _facet_counts([]) if facets else {}, {})
    if by_distance:
        statement.hits()
    else:
        statement.page(criteria.sort, offset, limit)
    if facets:
        statement.facets()
    if relaxed:
        statement.relaxed()
    rows = statement.run()
    hits = [pk for kind, _value, pk, _n in rows if kind == "hit"]
    if by_distance:
        hits.sort(key=lambda pk: (distances.get(pk, float("inf")), -published[pk], -pk))
        ids = hits[offset : offset + limit]
        total = len(hits)
    else:
        ids = [pk for _pos, pk in sorted((r[3], r[2]) for r in rows if r[0] == "page")]
        total = next(n for kind, _value, n, _pos in rows if kind == "total")
    if criteria.origin is not None and not distances:
        distances = _page_distances(ids, criteria)
    return DatabaseAnswer(
        total=total,
        ids=ids,
        facets=_facet_counts(rows) if facets else {},
        distances={pk: distances[pk] for pk in ids if pk in distances},
        relaxed={v: n for kind, v, n, _pos in rows if kind == "relaxed"} if not total else {},
    )


# Filters that are cheap to test and usually narrow, first: ``relaxed_totals``' pre-filter.
PREFILTER_ORDER = ("zip", "state", "setting", "requires", "type", "shift", "min_pay", "remote",
                   "posted")  # fmt: skip


def relaxed_totals(
    criteria: Criteria, params: list[str], *, known: dict[str, int] | None = None
) -> dict[str, int]:
    """For each set filter in ``params`` (public names), the total with only it dropped.

    ``known``: totals already counted (``DatabaseAnswer.relaxed``: the facet filters of a
    search that found nothing); the others take one statement: the keyword matches with
    every set filter as a flag column, computed once, and one count per parameter over the
    flags of the others (was one search each).
    """
    known = {p: known[p] for p in params if p in (known or {})}
    rest = [p for p in params if p not in known]
    return {**known, **_relaxed_totals(criteria, rest)} if rest else known


def _relaxed_totals(criteria: Criteria, params: list[str]) -> dict[str, int]:
    clauses = job_text.selective(analysis.query_clauses(criteria.q))
    bits = bits_readable()
    base = _matching(_visible(bits=bits), clauses)
    flags = {**facet_filters(criteria, bits=bits), **scope_filters(criteria)}
    if criteria.radius and criteria.origin is not None:
        distances, _published = _located(base, criteria)
        flags["zip"] = Q(pk__in=list(distances))
    params = [p for p in params if p in flags]
    if not params:
        return {}
    # A job counts only if it fails at most one filter, so it passes one of any two: read
    # only the jobs that pass one of two cheap, selective ones (at 100,000 jobs a zero-result
    # search near a ZIP in two states computed every filter for every job: 700 ms).
    cheap = [p for p in PREFILTER_ORDER if p in flags][:2]
    if len(flags) > 1 and len(cheap) == 2:
        base = base.filter(flags[cheap[0]] | flags[cheap[1]])
    names = {p: f"f_{i}" for i, p in enumerate(flags)}  # parameter names are not SQL
    columns = {names[p]: flag(q) for p, q in flags.items()}
    flagged = base.annotate(**columns).values("id", *columns).order_by()
    try:
        sql, sql_params = flagged.query.get_compiler(using=base.db).as_sql()
    except EmptyResultSet:
        return dict.fromkeys(params, 0)
    others = {p: " AND ".join(f"m.{names[o]}" for o in flags if o != p) or "1 = 1" for p in params}
    counts = ", ".join(f"COUNT(CASE WHEN {others[p]} THEN 1 END)" for p in params)
    with connection.cursor() as cursor:
        cursor.execute(f"WITH m AS MATERIALIZED ({sql}) SELECT {counts} FROM m", sql_params)
        row = cursor.fetchone()
    return dict(zip(params, row, strict=True))


# The CTE of ranked matches (job_id, r), and the engines that compute it before the other
# filters: FTS5 evaluates its match once there (joined as a subquery, it re-ran it per row).
RANKED = "k"
RANK_FIRST = {"sqlite"}

# The engines that count and filter types, shifts, requirements and pay bands by each job's
# bits (``facet_bits``, while ``bits_readable``). PostgreSQL: testing JSON lists and joining
# the requirement rows, a pass per facet, took ~600 ms of an unfiltered search at 100,000
# jobs. SQLite tests its JSON text faster than it joins the bits row (10,000 jobs: mean
# 80 → 92 ms with the bits).
BIT_FACETS = {"postgresql"}
LAYOUT_RECHECK = 60.0
_LAYOUT_CURRENT: dict[str, float] = {}  # database alias → when its rows were all current

# PostgreSQL memory for one search's sorts and materialised matches (transaction-local).
WORK_MEM = "32MB"

# Columns of the matching jobs the page and the facet counts read: the other facets' values
# as bits or as the job's lists.
_COLUMNS = ("id", "setting", "state", "workplace", "remote_states", "published_at", "pay_top")
_BIT_COLUMNS = ("bits",)
_LIST_COLUMNS = ("employment_types", "shifts", "state_credential")


class _Statement:
    """``WITH m AS MATERIALIZED (matching jobs) SELECT … UNION ALL SELECT …``: rows of
    (kind, value, number, position) for the total, the page and each facet."""

    def __init__(self, base: QuerySet, filters: dict[str, Q], clauses, *, bits: bool):
        self.vendor = connection.vendor
        self.bits = bits
        self.flags = list(filters)
        self.clauses = clauses
        flagged = (
            base.annotate(**{f"f_{p}": flag(q) for p, q in filters.items()})
            .values(
                *_COLUMNS,
                *(_BIT_COLUMNS if bits else _LIST_COLUMNS),
                *(["r"] if "r" in base.query.extra else []),
                *(f"f_{p}" for p in self.flags),
            )
            .order_by()
        )
        self.cte, params = flagged.query.get_compiler(using=base.db).as_sql()
        self.params = list(params)
        self.cte_count = len(self.params)
        self.parts: list[str] = []
        self.ctes: list[str] = []
        self.ranked_cte, self.ranked_params = "", []
        self.cte_params: list = []

    def _where(self, skip: str | None = None, *extra: str) -> str:
        return " AND ".join([*extra, *(f"m.f_{p}" for p in self.flags if p != skip)]) or "1 = 1"

    def rank_first(self) -> None:
        """Compute the ranked matches first, as the CTE ``k`` the matching jobs read."""
        sql, params = db_text.ranked_matches(self.vendor, self.clauses)
        self.ranked_cte = f"{RANKED} AS MATERIALIZED ({sql})"
        self.ranked_params = params

    def _with(self, name: str, sql: str, *params) -> None:
        self.ctes.append(f"{name} AS ({sql})")
        self.cte_params.extend(params)

    def _add(self, sql: str, *params) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def page(self, sort: str, offset: int, limit: int) -> None:
        rank, rank_params = "NULL", []
        if sort == "pay":
            order = "p.pay_top DESC NULLS LAST, p.published_at DESC, p.id DESC"
        elif sort == "relevance" and self.clauses:
            if self.ranked_cte:
                rank = "m.r"
            else:
                rank, rank_params = db_text.rank(self.clauses, "m.id")
            order = "p.r DESC, p.published_at DESC, p.id DESC"
        else:
            order = "p.published_at DESC, p.id DESC"
        inner = (
            f"SELECT m.id, m.published_at, m.pay_top, {rank} AS r FROM m "
            f"WHERE {self._where()} ORDER BY {order.replace('p.', '')} LIMIT %s OFFSET %s"
        )
        self._add(
            f"SELECT 'page', '', p.id, ROW_NUMBER() OVER (ORDER BY {order}) FROM ({inner}) p",
            *rank_params,
            limit,
            offset,
        )
        self._add(f"SELECT 'total', '', COUNT(*), 0 FROM m WHERE {self._where()}")

    def relaxed(self) -> None:
        """Per facet flag, the matches that pass every other flag, counted only when no
        match passes them all (the uncorrelated NOT EXISTS is evaluated once: with matches,
        nothing more is read)."""
        none_pass = f"NOT EXISTS (SELECT 1 FROM m WHERE {self._where()})"
        for param in self.flags:
            self._add(
                f"SELECT 'relaxed', %s, COUNT(*), 0 FROM m WHERE {self._where(param, none_pass)}",
                param,
            )

    def hits(self) -> None:
        self._add(f"SELECT 'hit', '', m.id, 0 FROM m WHERE {self._where()}")

    def facets(self) -> None:
        elements = partial(db_text.json_elements, self.vendor)
        w = self._where
        self._add(
            f"SELECT 'setting', m.setting, COUNT(*), 0 FROM m WHERE {w('setting')} "
            "GROUP BY m.setting"
        )
        # A remote job also counts in each state it accepts applicants from.
        self._add(
            f"SELECT 'state', m.state, COUNT(*), 0 FROM m WHERE {w('state')} GROUP BY m.state"
        )
        self._add(
            f"SELECT 'state', e.value, COUNT(DISTINCT m.id), 0 "
            f"FROM m, {elements('m.remote_states')} "
            f"WHERE {w('state', 'm.workplace = %s', 'e.value <> m.state')} GROUP BY e.value",
            Job.Workplace.REMOTE.value,
        )
        if self.bits:
            self._counts_from_bits()
        else:
            self._counts_from_lists()

    def _counts_from_bits(self) -> None:
        """Types, shifts, requirements and pay bands: each value is a bit of ``m.bits``
        (``facet_bits``; the bit values are integer constants). The matches are grouped by
        their bits and flags first (some thousands of groups for 100,000 jobs), then one pass
        over the groups counts every value, each facet over the flags of the others."""
        w = self._where
        flags = ", ".join(["m.bits", *(f"m.f_{p}" for p in self.flags)])
        self._with("bit_groups", f"SELECT {flags}, COUNT(*) AS n FROM m GROUP BY {flags}")
        counts = ", ".join(
            f"CAST(COALESCE(SUM(CASE WHEN {w(param)} AND (m.bits & {mask}) <> 0 THEN m.n END), 0) "
            f"AS BIGINT) AS c{i}"
            for i, ((param, _value), mask) in enumerate(facet_bits.bit().items())
        )
        self._with("bit_counts", f"SELECT {counts} FROM bit_groups m")
        for i, (param, value) in enumerate(facet_bits.values()):
            self._add(f"SELECT '{param}', %s, c{i}, 0 FROM bit_counts", value)

    def _counts_from_lists(self) -> None:
        """The same counts from the jobs' JSON lists and requirement rows."""
        w = self._where
        # type, shift, min_pay: one pass each counts every option (a CTE of one row, a column
        # per option); "at least $X" is the top of the job's hourly pay.
        options = facet_bits.by_facet()
        for param, column in (("type", "employment_types"), ("shift", "shifts"), ("min_pay", "")):
            test = db_text.json_has(self.vendor, f"m.{column}") if column else "m.pay_top >= %s"
            counts = ", ".join(
                f"COUNT(CASE WHEN {test} THEN 1 END) AS c{i}" for i in range(len(options[param]))
            )
            values = options[param] if column else [int(v) for v in options[param]]
            self._with(f"{param}_counts", f"SELECT {counts} FROM m WHERE {w(param)}", *values)
            for i, value in enumerate(options[param]):
                self._add(f"SELECT '{param}', %s, c{i}, 0 FROM {param}_counts", value)
        # requires=: jobs per credential code (one requirement row per job and code), with a
        # state credential, and with neither ("none", _listed_q's rule).
        table = connection.ops.quote_name(JobRequirement._meta.db_table)
        not_required = eligibility.StatePolicy.NOT_REQUIRED.value
        self._add(
            f"SELECT 'requires', r.code, COUNT(*), 0 FROM {table} r JOIN m ON m.id = r.job_id "
            f"WHERE {w('requires')} GROUP BY r.code"
        )
        self._add(
            f"SELECT 'requires', %s, COUNT(*), 0 FROM m "
            f"WHERE {w('requires', 'm.state_credential <> %s')}",
            REQUIRES_STATE,
            not_required,
        )
        unlisted = f"NOT EXISTS (SELECT 1 FROM {table} r WHERE r.job_id = m.id)"
        self._add(
            f"SELECT 'requires', %s, COUNT(*), 0 FROM m "
            f"WHERE {w('requires', 'm.state_credential = %s', unlisted)}",
            REQUIRES_NONE,
            not_required,
        )

    def sql(self) -> tuple[str, list]:
        ctes = [f"m AS MATERIALIZED ({self.cte})", *self.ctes]
        sql = f"WITH {', '.join(filter(None, [self.ranked_cte, *ctes]))} "
        sql += " UNION ALL ".join(self.parts)
        params = [
            *self.ranked_params,
            *self.params[: self.cte_count],
            *self.cte_params,
            *self.params[self.cte_count :],
        ]
        return sql, params

    def run(self) -> list[tuple]:
        sql, params = self.sql()
        if self.vendor != "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()
        # The planner's guess of 100 elements per JSON list puts the statement over
        # jit_above_cost: compiling it took seconds to save milliseconds. The matching jobs
        # are materialised once; room for them in memory (they spill to disk at 4 MB).
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('jit', 'off', true), set_config('work_mem', %s, true)",
                [WORK_MEM],
            )
            cursor.execute(sql, params)
            return cursor.fetchall()


def _facet_counts(rows) -> dict[str, dict[str, int]]:
    grouped: dict[str, dict[str, int]] = {}
    for kind, value, n, _pos in rows:
        counts = grouped.setdefault(kind, {})
        if value is not None:
            counts[value] = counts.get(value, 0) + n
    settings = grouped.get("setting", {})
    return {
        "setting": {code: settings.get(code, 0) for code in Setting.values},
        "state": grouped.get("state", {}),
        # The bit facets: every value, zero included.
        **{
            param: {value: grouped.get(param, {}).get(value, 0) for value in values}
            for param, values in facet_bits.by_facet().items()
        },
    }


def _page_distances(ids, criteria) -> dict[int, float]:
    origin = criteria.origin
    return {
        pk: round(miles_between(origin.latitude, origin.longitude, lat, lon), 1)
        for pk, lat, lon in Job.objects.filter(pk__in=ids, latitude__isnull=False).values_list(
            "pk", "latitude", "longitude"
        )
    }
