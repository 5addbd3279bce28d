"""sitemap.xml: live Wagtail pages plus the public jobs (``Job.objects.visible()`` only).

Every URL in the index and the sections stands on ``SITE_URL`` (``site_url``), never on the
host a request happened to use: pages through the Wagtail Site (which cms 0006 sets from
``SITE_URL``), jobs and the index through ``site_root_url()``.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import Sitemap as PageSitemap

from jobs.models import Job

from .site_url import site_root_url


class JobSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000

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
