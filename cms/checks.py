"""Start-up check: the default Wagtail Site agrees with ``SITE_URL`` (see ``site_url``)."""

from django.core.checks import Warning
from django.db import DatabaseError

from .site_url import site_root_url


def default_site_matches_site_url(app_configs=None, **kwargs):
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # no database yet, or not migrated: nothing to compare
        return []
    expected = site_root_url()
    if site is None or site.root_url == expected:
        return []
    return [
        Warning(
            f"The default Wagtail Site is {site.root_url} but SITE_URL is {expected}: "
            "canonical links, og:url, breadcrumbs and sitemaps would name another host.",
            hint="Run `manage.py migrate` (cms 0006 sets the Site from SITE_URL) or "
            "`manage.py seed_demo`; an https SITE_URL must use port 443.",
            id="cms.W001",
        )
    ]
