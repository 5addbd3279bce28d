"""sitemap.xml: live Wagtail pages in every language plus the public jobs
(``Job.objects.visible()`` only).

Every URL in the index and the sections stands on ``SITE_URL`` (``site_url``), never on the
host a request happened to use: pages through the Wagtail Site (which cms 0006 sets from
``SITE_URL``), jobs and the index through ``site_root_url()``. Each page names its language
versions as ``xhtml:link`` alternates (``alternates``), like its head does.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from jobs.models import Job

from .alternates import page_alternates
from .site_url import site_root_url


class PageSitemap(WagtailSitemap):
    """Wagtail's page sitemap over the site root's translations too (each language's tree)."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_a_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Wagtail's own ``_urls``, with each page's language versions added."""
        urls, last_mods = [], set()
        for item in self.paginator.page(page).object_list.iterator():
            alternates = [
                {"lang_code": link["hreflang"], "location": link["href"]}
                for link in page_alternates(item, self.request)
            ]
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": alternates})
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


class JobSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000
    # Every job page exists in each language (/jobs/… and /es/jobs/…): one entry per language,
    # each naming the others and x-default (English), as the page heads do.
    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return urlsplit(site_root_url()).scheme

    def get_domain(self, site=None):
        return urlsplit(site_root_url()).netloc

    def items(self):
        # The title makes the URL's slug (``Job.get_absolute_url``).
        return Job.objects.visible().only("pk", "title", "updated_at").order_by("pk")

    def lastmod(self, job):
        return job.updated_at


SITEMAPS = {"pages": PageSitemap, "jobs": JobSitemap}
