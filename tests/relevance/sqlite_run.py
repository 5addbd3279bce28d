"""The relevance suite on the embedded default (SQLite FTS5), run by test_relevance.py in a
separate process with ``DATABASE_URL=sqlite://`` (not collected on its own: no test_ prefix).
"""

import json
import os
from dataclasses import asdict

import pytest

from .metrics import check_all, measure_both

FIGURES_FILE = os.environ.get("RELEVANCE_FIGURES_FILE", "")


@pytest.mark.django_db
def test_relevance_on_sqlite(relevance_jobs, settings):
    from django.db import connection

    assert connection.vendor == "sqlite"
    settings.ELASTICSEARCH_URL = ""
    figures = measure_both("sqlite-fts5", relevance_jobs, expect_engine="database")
    if FIGURES_FILE:
        with open(FIGURES_FILE, "w") as out:
            json.dump([asdict(f) for f in figures], out)
    check_all(figures)


@pytest.mark.django_db
def test_bad_input_on_sqlite(settings, client):
    from jobs.factories import PublishedJobFactory
    from tests.search.keywords import check_bad_input

    settings.ELASTICSEARCH_URL = ""
    PublishedJobFactory(title="Night Shift Pharmacy Technician")
    check_bad_input(client)


@pytest.mark.django_db
def test_words_on_sqlite(settings):
    from tests.search.keywords import check_words

    settings.ELASTICSEARCH_URL = ""
    check_words()


@pytest.mark.django_db
def test_relaxed_totals_on_sqlite(settings):
    from tests.search.relaxations import check_relaxed_totals

    settings.ELASTICSEARCH_URL = ""
    check_relaxed_totals()


@pytest.mark.django_db
def test_relaxations_on_sqlite(settings):
    from tests.search.relaxations import check_relaxations_on_the_page

    settings.ELASTICSEARCH_URL = ""
    check_relaxations_on_the_page()


@pytest.mark.django_db
def test_facet_drops_come_with_the_search_on_sqlite(settings):
    from tests.search.relaxations import check_facet_drops_come_with_the_search

    settings.ELASTICSEARCH_URL = ""
    check_facet_drops_come_with_the_search()
