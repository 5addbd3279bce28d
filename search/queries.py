"""Criteria → an ``elasticsearch.dsl`` Search. Pure: no I/O, so it is easy to test and read.

OR within a parameter, AND across parameters. Facet parameters go in the ``post_filter`` so
each facet's aggregation can apply every *other* active filter: selecting a value never zeroes
its siblings. Eligibility is a ``terms_set`` over the keys from ``pharmacy.eligibility``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from elasticsearch.dsl import A, Q, Search

from . import analysis
from .criteria import FACET_PARAMS, PAY_BANDS, Criteria

# Analysed-term fields (search.job_text) and what a match in each is worth: a title match
# outranks a structured fact, which outranks the description; a prefix or a typo counts least.
TERM_WEIGHTS = {"title_terms": 6.0, "facts_terms": 3.0, "body_terms": 1.0}
LOOSE_WEIGHT = 0.5
MAX_TERMS = 8
# Facet parameter → indexed field.
FACET_FIELDS = {
    "setting": "setting",
    "state": "states",
    "type": "employment_types",
    "shift": "shifts",
    "requires": "requires",
}
# Facet aggregations are named by their param, or grouped under FACET_GROUP0, FACET_GROUP1 …
# (filter aggregations holding facets by param).
FACET_GROUP = "facets_"
# Recency: a posting loses half its boost over RECENCY_SCALE.
RECENCY_SCALE = "14d"
RECENCY_WEIGHT = 0.3


def clause_query(clause: analysis.Clause):
    """One clause: its term in a weighted field, or its typed word as a prefix or with a typo.

    Constant scores, so the field decides the rank (never a word's rarity) and recency breaks
    ties; the same weights as the database engines.
    """
    should = [
        Q("constant_score", filter=Q("term", **{field: clause.term}), boost=weight)
        for field, weight in TERM_WEIGHTS.items()
    ]
    if clause.prefix:
        should.append(
            Q("constant_score", filter=Q("prefix", words=clause.prefix), boost=LOOSE_WEIGHT)
        )
    if len(clause.word) >= analysis.MIN_FUZZY:
        fuzzy = {"value": clause.word, "fuzziness": "AUTO", "prefix_length": 1}
        should.append(
            Q("constant_score", filter=Q("fuzzy", words=fuzzy | {"max_expansions": 20}),
              boost=LOOSE_WEIGHT)
        )  # fmt: skip
    return Q("bool", should=should, minimum_should_match=1)


def text_query(clauses: list[analysis.Clause]):
    """Every clause must match (AND); see ``search.analysis`` for what a clause is."""
    return Q("bool", must=[clause_query(clause) for clause in clauses])


def eligibility_query(satisfied: frozenset[str]):
    """Jobs whose required keys are all among ``satisfied`` (jobs needing none included)."""
    return Q(
        "bool",
        should=[
            Q(
                "terms_set",
                required_keys={
                    "terms": sorted(satisfied),
                    "minimum_should_match_field": "required_keys_count",
                },
            ),
            Q("term", required_keys_count=0),
        ],
        minimum_should_match=1,
    )


def facet_filters(criteria: Criteria) -> dict[str, Q]:
    """One filter per *active* facet parameter."""
    filters = {}
    for param, values in (
        ("setting", criteria.settings),
        ("state", criteria.states),
        ("type", criteria.types),
        ("shift", criteria.shifts),
        ("requires", criteria.requires),
    ):
        if values:
            filters[param] = Q("terms", **{FACET_FIELDS[param]: list(values)})
    if criteria.min_pay:
        filters["min_pay"] = Q("range", pay_top={"gte": float(criteria.min_pay)})
    return filters


def whole_minute(moment: datetime, *, up: bool) -> datetime:
    """``moment`` rounded to a whole minute, so the same search sent within one minute is the
    same request body and Elasticsearch's shard request cache can answer it."""
    floor = moment.replace(second=0, microsecond=0)
    return floor + timedelta(minutes=1) if up and floor != moment else floor


def fixed_filters(criteria: Criteria) -> list[Q]:
    """Filters that are not facets: visibility by date, eligibility, distance, recency, remote.

    Times are rounded *up* to the minute: a job expiring within the minute is already gone
    (never one that has expired), and ``posted`` is at most a minute stricter.
    """
    now = whole_minute(criteria.now, up=True)
    filters = [Q("range", expires_at={"gt": now.isoformat()})]
    if criteria.satisfied is not None:
        filters.append(eligibility_query(criteria.satisfied))
    if criteria.origin is not None and criteria.radius:
        filters.append(
            Q(
                "geo_distance",
                distance=f"{criteria.radius}mi",
                location={"lat": criteria.origin.latitude, "lon": criteria.origin.longitude},
            )
        )
    if criteria.posted_days:
        since = now - timedelta(days=criteria.posted_days)
        filters.append(Q("range", published_at={"gte": since.isoformat()}))
    if criteria.remote:
        filters.append(Q("term", remote=True))
    return filters


def _sort(criteria: Criteria, *, scored: bool) -> list:
    tie_break = [{"published_at": {"order": "desc"}}, {"id": {"order": "desc"}}]
    if criteria.sort == "newest" or (criteria.sort == "relevance" and not scored):
        return tie_break
    if criteria.sort == "pay":
        return [{"pay_top": {"order": "desc", "missing": "_last"}}, *tie_break]
    if criteria.sort == "distance" and criteria.origin is not None:
        point = {"lat": criteria.origin.latitude, "lon": criteria.origin.longitude}
        return [{"_geo_distance": {"location": point, "order": "asc", "unit": "mi"}}, *tie_break]
    return ["_score", *tie_break]


def _scored(query, criteria: Criteria):
    """``query``'s score × (1 + up to RECENCY_WEIGHT): recency orders jobs that match in the
    same fields but never lifts a description match over a title or fact match."""
    recency = {
        "published_at": {
            "origin": whole_minute(criteria.now, up=False).isoformat(),
            "scale": RECENCY_SCALE,
            "decay": 0.5,
        }
    }
    return Q(
        "function_score",
        query=query,
        functions=[{"gauss": recency, "weight": RECENCY_WEIGHT}, {"weight": 1}],
        score_mode="sum",
        boost_mode="multiply",
    )


def _facet_agg(param: str):
    if param == "min_pay":
        ranges = [{"key": str(band), "from": band} for band in PAY_BANDS]
        return A("range", field="pay_top", ranges=ranges)
    return A("terms", field=FACET_FIELDS[param], size=100)


def build(
    criteria: Criteria,
    *,
    index: str,
    offset: int,
    limit: int,
    facets: bool = True,
):
    """The Search for one page of results (and the facet aggregations)."""
    clauses = analysis.query_clauses(criteria.q)
    # No keywords: relevance is recency alone, i.e. the newest first. Sorting by date
    # instead of scoring every job gives the same order at a fraction of the cost.
    filters = fixed_filters(criteria)
    query = Q("bool", filter=filters)
    if clauses:
        query = _scored(Q("bool", must=[text_query(clauses)], filter=filters), criteria)
    s = Search(index=index).query(query).extra(track_total_hits=True)
    active = facet_filters(criteria)
    if active:
        s = s.post_filter(Q("bool", filter=list(active.values())))
    if facets:
        # Each facet counts under every *other* active facet filter. Facets that share that
        # set of filters share one filter aggregation: fewer passes over the matches. Facets
        # with no other filter to apply (all six when no facet is set) are top-level
        # aggregations, which Elasticsearch counts filter by filter: a third of the time they
        # take under a filter aggregation (11 → 3 ms at 100,000 jobs). elastic._read reads
        # them back by name.
        groups: dict[tuple[str, ...], list[str]] = {}
        for param in FACET_PARAMS:
            groups.setdefault(tuple(p for p in active if p != param), []).append(param)
        for n, (others, params) in enumerate(groups.items()):
            if not others:
                for param in params:
                    s.aggs.bucket(param, _facet_agg(param))
                continue
            agg = A("filter", Q("bool", filter=[active[p] for p in others]))
            for param in params:
                agg.bucket(param, _facet_agg(param))
            s.aggs.bucket(f"{FACET_GROUP}{n}", agg)
    s = s.sort(*_sort(criteria, scored=bool(clauses))).source(["location"])
    return s[offset : offset + limit]
