"""The one place that knows how to reach Elasticsearch."""

from functools import cache

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.dsl import connections


def is_configured() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


@cache
def _client(url: str, timeout: float) -> Elasticsearch:
    # No retries: the page path falls back to the database instead of waiting.
    client = Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)
    connections.add_connection("default", client)
    return client


def get_client() -> Elasticsearch:
    return _client(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)


def engine_status() -> str:
    """`ok`, `unavailable`, or `not configured` (search served from the database)."""
    if not is_configured():
        return "not configured"
    try:
        return "ok" if get_client().ping() else "unavailable"
    except Exception:
        return "unavailable"
