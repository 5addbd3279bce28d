"""Search test fixtures: a real index per test under the session's own prefix."""

import contextlib

import pytest
from django.conf import settings

from tests.conftest import TEST_INDEX_PREFIX


def drop_indexes(pattern: str, client=None) -> None:
    # The node refuses wildcard deletes (destructive_requires_name): resolve names first.
    from search import engine

    client = client or engine.get_client()
    names = list(client.indices.get(index=pattern, allow_no_indices=True, ignore_unavailable=True))
    if names:
        client.indices.delete(index=",".join(names), ignore_unavailable=True)


@pytest.fixture
def es_index(settings):
    """The job index behind the alias, built from the database; call rebuild() after seeding."""
    from search import engine, indexing

    client = engine.get_client()  # a test may point the settings at a dead node meanwhile
    indexing.rebuild()
    yield indexing
    drop_indexes(f"{TEST_INDEX_PREFIX}-jobs-*", client)


@pytest.fixture(scope="session", autouse=True)
def _drop_test_indexes():
    yield
    if not settings.ELASTICSEARCH_URL:
        return
    # The node may be unreachable at the end of a run (a test stopped it on purpose).
    with contextlib.suppress(Exception):
        drop_indexes(f"{TEST_INDEX_PREFIX}-*")
