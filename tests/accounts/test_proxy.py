"""allauth's rate limits and the log lines count the client, with and without a trusted proxy."""

import logging

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from config.log import ClientIPFilter, client_ip

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.1"
LIMITED = "Too many failed login attempts"


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()


def failed_login(client, n, **headers):
    # A different email each time: only the per-IP part of "10/m/ip,5/5m/key" is counted.
    return client.post(
        reverse("account_login"),
        {"login": f"nobody{n}@example.com", "password": "wrong-password"},
        **headers,
    )


def use_up_the_ip_limit(client, **headers):
    for n in range(10):
        assert LIMITED not in failed_login(client, n, **headers).content.decode()


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    use_up_the_ip_limit(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    # Writing another X-Forwarded-For does not make another client: REMOTE_ADDR is counted.
    other = failed_login(client, 99, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert LIMITED in other.content.decode()
    assert LIMITED not in failed_login(client, 98, REMOTE_ADDR="10.0.0.9").content.decode()


def test_behind_one_trusted_proxy_each_client_has_its_own_login_limit(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    use_up_the_ip_limit(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    same = failed_login(client, 99, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert LIMITED in same.content.decode()
    # Ten failures from one visitor no longer lock out everyone behind the proxy.
    other = failed_login(client, 98, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.6")
    assert LIMITED not in other.content.decode()
    # What the client wrote before the address our proxy appended is not believed.
    spoofed = failed_login(
        client, 97, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.5"
    )
    assert LIMITED in spoofed.content.decode()


def test_the_setting_feeds_allauth_and_the_api_alike(settings):
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == settings.TRUSTED_PROXY_COUNT
    assert settings.NINJA_NUM_PROXIES == settings.TRUSTED_PROXY_COUNT


@pytest.mark.parametrize(
    "count,forwarded,expected",
    [
        (0, "203.0.113.5", PROXY),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "198.51.100.1, 203.0.113.5", "203.0.113.5"),
        (2, "198.51.100.1, 203.0.113.5", "198.51.100.1"),
        (1, None, PROXY),
    ],
)
def test_log_lines_name_the_same_client_the_limits_count(settings, count, forwarded, expected):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = count
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, **headers)
    assert client_ip(request) == expected
    record = logging.LogRecord("django.request", logging.WARNING, "", 0, "Not Found", (), None)
    record.request = request
    assert ClientIPFilter().filter(record) and record.client_ip == expected


def test_a_request_log_line_carries_the_forwarded_client(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    seen = []

    class Keep(logging.Handler):
        def emit(self, record):
            seen.append(self.format(record))

    handler = Keep()
    handler.addFilter(ClientIPFilter())
    handler.setFormatter(logging.Formatter(settings.LOGGING["formatters"]["client"]["format"]))
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        client.get("/no-such-page/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    finally:
        logger.removeHandler(handler)
    assert any("[203.0.113.7]" in line and "Not Found" in line for line in seen), seen


def test_the_console_handler_logs_the_client(settings):
    console = settings.LOGGING["handlers"]["console"]
    assert console["filters"] == ["client_ip"]
    assert "%(client_ip)s" in settings.LOGGING["formatters"][console["formatter"]]["format"]
