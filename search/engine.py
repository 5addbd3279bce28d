"""The one place that knows how to reach Elasticsearch."""

from functools import cache

from django.conf import settings
from elastic_transport import ConnectionError, ConnectionTimeout, TransportError
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
        # Not ping(): the minimal distribution has no rest-root module, so `HEAD /` is a 405.
        health = get_client().cluster.health(timeout="1s")
    except Exception:
        return "unavailable"
    return "unavailable" if health.get("status") == "red" else "ok"


class SearchUnavailable(Exception):
    """Elasticsearch could not answer (down, timed out, index missing): use the database."""


# Transport-level failures: the node is unreachable or too slow. Never raised for zero hits.
UNREACHABLE = (ConnectionError, ConnectionTimeout, TransportError)


def index_prefix() -> str:
    return settings.ELASTICSEARCH_INDEX_PREFIX
