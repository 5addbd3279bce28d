import pytest

from accounts.factories import JobSeekerFactory
from candidates.factories import CandidateProfileFactory


@pytest.fixture(autouse=True)
def _database_engine(settings):
    # The database engine: the alert run's logic does not depend on which engine answers.
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def candidate(db):
    return CandidateProfileFactory(user=JobSeekerFactory(email="tech@example.com")).user
