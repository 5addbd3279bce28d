"""The API's limit: 60 requests a minute per client IP, behind zero or more trusted proxies."""

import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache

from search.api import RATE_LIMIT_PER_MINUTE

pytestmark = pytest.mark.django_db

URL = "/api/v1/jobs/999999"  # a 404: the cheapest request the limit still counts
PROXY = "10.0.0.1"


@pytest.fixture(autouse=True)
def _fresh_limits(settings):
    settings.ELASTICSEARCH_URL = ""
    cache.clear()


def use_up_the_minute(client, **headers):
    for _ in range(RATE_LIMIT_PER_MINUTE):
        assert client.get(URL, **headers).status_code == 404


def test_the_61st_request_a_minute_is_refused_with_retry_after(client):
    use_up_the_minute(client)
    refused = client.get(URL)
    assert refused.status_code == 429
    assert refused.json() == {"detail": "Too many requests."}
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert client.get(URL, REMOTE_ADDR="10.0.0.9").status_code == 404  # another client


def test_the_count_lives_in_the_shared_cache(client):
    use_up_the_minute(client)
    assert client.get(URL).status_code == 429
    cache.clear()  # the database cache every process reads: clearing it lifts the limit
    assert client.get(URL).status_code == 404


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, settings):
    settings.NINJA_NUM_PROXIES = 0
    use_up_the_minute(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    # A new X-Forwarded-For value does not make a new client: REMOTE_ADDR is the client.
    other = client.get(URL, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 429


def test_behind_one_trusted_proxy_each_forwarded_client_has_its_own_limit(client, settings):
    settings.NINJA_NUM_PROXIES = 1
    use_up_the_minute(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    limited = client.get(URL, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert limited.status_code == 429
    other = client.get(URL, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert other.status_code == 404
    # Addresses the client wrote before the one our proxy appended are not believed.
    spoofed = client.get(URL, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.5")
    assert spoofed.status_code == 429


def settings_with(**environ) -> list[str]:
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.TRUSTED_PROXY_COUNT, s.NINJA_NUM_PROXIES, s.ALLAUTH_TRUSTED_PROXY_COUNT)"
    )
    env = {key: value for key, value in os.environ.items() if key != "TRUSTED_PROXY_COUNT"}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", **environ)
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.split()


def test_trusted_proxy_count_comes_from_the_environment():
    assert settings_with() == ["0", "0", "0"]
    assert settings_with(TRUSTED_PROXY_COUNT="1") == ["1", "1", "1"]
