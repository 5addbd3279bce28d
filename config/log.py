"""Log records name the client the way the rate limits count it."""

import logging


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the entry that
    many places from the right of X-Forwarded-For (allauth's reading, which its limits use)."""
    # Imported here: logging is configured before the apps are loaded.
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except Exception:  # a log line must never fail, whatever the headers say
        return request.META.get("REMOTE_ADDR") or "-"


class ClientIPFilter(logging.Filter):
    """Add `client_ip` to every record; records about a request get that request's client."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        record.client_ip = client_ip(request) if hasattr(request, "META") else "-"
        return True
