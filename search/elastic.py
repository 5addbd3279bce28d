"""Run a search on Elasticsearch and read the answer back into plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from elasticsearch import ApiError, NotFoundError

from . import engine, indexing, queries
from .criteria import FACET_PARAMS, Criteria
from .distance import miles_between


@dataclass
class ElasticAnswer:
    total: int
    ids: list[int]
    facets: dict[str, dict[str, int]]
    distances: dict[int, float] = field(default_factory=dict)


def search(criteria: Criteria, *, offset: int, limit: int, facets: bool = True) -> ElasticAnswer:
    """Raises ``engine.SearchUnavailable`` when the node is unreachable, slow or has no index."""
    s = queries.build(
        criteria,
        index=indexing.alias_name(),
        offset=offset,
        limit=limit,
        facets=facets,
    )
    # request_cache: repeated searches (same body within a minute, same index refresh) are
    # answered from the shard request cache, hits included.
    response = _call("search", index=indexing.alias_name(), request_cache=True, **s.to_dict())
    return _read(response, criteria)


def totals(searches: list[Criteria]) -> list[int]:
    """The total of each search alone (no hits or facets), in one request: a
    multi-search that the node runs side by side (was one round trip each)."""
    index = indexing.alias_name()
    body: list[dict] = []
    for criteria in searches:
        s = queries.build(criteria, index=index, offset=0, limit=0, facets=False)
        body += [{"index": index, "request_cache": True}, s.to_dict()]
    answers = _call("msearch", searches=body)["responses"]
    for answer in answers:
        if "error" in answer:  # one failed search fails them all: the database answers
            raise engine.SearchUnavailable(str(answer["error"]))
    return [answer["hits"]["total"]["value"] for answer in answers]


def _call(method: str, **kwargs):
    """``client.<method>(**kwargs)``; ``engine.SearchUnavailable`` when the node is
    unreachable, slow, failing or has no index yet (never rebuilt: the database answers)."""
    try:
        return getattr(engine.get_client(), method)(**kwargs)
    except engine.UNREACHABLE as exc:
        raise engine.SearchUnavailable(str(exc)) from exc
    except NotFoundError as exc:
        raise engine.SearchUnavailable(str(exc)) from exc
    except ApiError as exc:
        if exc.meta.status >= 500:
            raise engine.SearchUnavailable(str(exc)) from exc
        raise


def _facets(aggregations: dict) -> dict[str, dict[str, int]]:
    """Facet counts by param, from top-level aggregations and filter-aggregation groups."""
    found = {param: aggregations[param] for param in FACET_PARAMS if param in aggregations}
    for name, group in aggregations.items():
        if name.startswith(queries.FACET_GROUP):
            found |= {param: group[param] for param in FACET_PARAMS if param in group}
    return {
        param: {str(b["key"]): b["doc_count"] for b in agg["buckets"]}
        for param, agg in found.items()
    }


def _read(response, criteria: Criteria) -> ElasticAnswer:
    hits = response["hits"]["hits"]
    answer = ElasticAnswer(
        total=response["hits"]["total"]["value"],
        ids=[int(hit["_id"]) for hit in hits],
        facets=_facets(response.get("aggregations", {})),
    )
    for hit in hits:
        pk = int(hit["_id"])
        point = hit.get("_source", {}).get("location")
        if criteria.origin is not None and point:
            origin = criteria.origin
            miles = miles_between(origin.latitude, origin.longitude, point["lat"], point["lon"])
            answer.distances[pk] = round(miles, 1)
    return answer
