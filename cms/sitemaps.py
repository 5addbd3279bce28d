"""sitemap.xml: live Wagtail pages plus the public jobs (``Job.objects.visible()`` only)."""

from django.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import Sitemap as PageSitemap

from jobs.models import Job


class JobSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000

    def items(self):
        return Job.objects.visible().only("pk", "updated_at").order_by("pk")

    def lastmod(self, job):
        return job.updated_at


SITEMAPS = {"pages": PageSitemap, "jobs": JobSitemap}
