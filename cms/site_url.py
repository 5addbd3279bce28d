"""The Wagtail Site stands where ``SITE_URL`` says.

One place for the host and port: the data migration, ``seed_demo``, the start-up check and the
tests' site-tree restore all call this module, so canonical links, ``og:url``, breadcrumbs and
every sitemap (Wagtail's ``full_url`` and ours) name one host. Wagtail spells a Site's root URL
from its port alone (80 → http, 443 → https, anything else → http with the port), so an https
``SITE_URL`` on a port other than 443 cannot be represented; the check says so.
"""

from urllib.parse import urlsplit

from django.conf import settings

DEFAULT_PORTS = {"http": 80, "https": 443}


def site_root_url(url: str | None = None) -> str:
    """``SITE_URL`` as ``scheme://host[:port]``, without a path or a trailing slash."""
    parts = urlsplit(url or settings.SITE_URL)
    port = "" if parts.port in (None, DEFAULT_PORTS.get(parts.scheme)) else f":{parts.port}"
    return f"{parts.scheme}://{parts.hostname}{port}"


def site_address(url: str | None = None) -> tuple[str, int]:
    """(hostname, port) of ``SITE_URL`` for a Wagtail Site."""
    parts = urlsplit(url or settings.SITE_URL)
    return parts.hostname or "localhost", parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def site_point_at_site_url(site_model, *, root_page=None) -> None:
    """The default Site takes ``SITE_URL``'s host and port (created on ``root_page`` when
    missing). ``site_model`` is the live or a migration's historical ``wagtailcore.Site``."""
    if root_page is None and not site_model.objects.filter(is_default_site=True).exists():
        return
    hostname, port = site_address()
    defaults = {"hostname": hostname, "port": port, "site_name": settings.WAGTAIL_SITE_NAME}
    if root_page is not None:
        defaults["root_page"] = root_page
    # Another (non-default) site already on this address would break the unique pair.
    site_model.objects.filter(hostname=hostname, port=port, is_default_site=False).delete()
    site_model.objects.update_or_create(is_default_site=True, defaults=defaults)
