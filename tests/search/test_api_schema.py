"""The API keeps its OpenAPI promise: Schemathesis generates requests from the schema (valid and
invalid ones, every parameter) and runs all of its checks on the answers; the schema lists every
parameter with its type and choices and every status the API answers; the docs need no network."""

import pytest
import schemathesis
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from config.wsgi import application
from jobs.factories import PublishedJobFactory

pytestmark = pytest.mark.django_db

SCHEMA_URL = "/api/v1/openapi.json"


# The schema is read from the app itself (no database needed to build it).
schema = schemathesis.openapi.from_wsgi(SCHEMA_URL, application)


@pytest.fixture
def jobs(settings):
    settings.ELASTICSEARCH_URL = ""  # the embedded default engine: no index to build
    cache.clear()
    # Like Django's test client: the WSGI app must not close the test's database connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield [
        PublishedJobFactory(title="Pharmacy Technician", state="TX", zip_code="77002"),
        PublishedJobFactory(title="IV Technician", state="OH", zip_code="43215"),
    ]
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_answer_conforms_to_the_schema_under_all_checks(case, jobs):
    cache.clear()  # the rate limit is documented (429), but the run is about the answers
    case.call_and_validate()
