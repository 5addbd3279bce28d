"""The database fallback on PostgreSQL uses full-text search (stemming), not substring matching."""

import pytest

from jobs.factories import PublishedJobFactory
from search.service import job_search

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def test_fallback_full_text_search_matches_word_forms(settings):
    settings.ELASTICSEARCH_URL = ""  # the embedded default: search served from the database
    sterile = PublishedJobFactory(title="Sterile Compounding Technician")
    PublishedJobFactory(title="Retail Pharmacy Cashier")

    result = job_search({"q": "compounded"})

    assert result.engine == "database"
    # "compounded" and "Compounding" share the English stem; a substring match would miss it.
    assert [job.pk for job in result.jobs] == [sterile.pk]
