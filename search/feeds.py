"""`/jobs/feed/`: an RSS feed for any search (same parameters as the page)."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .service import job_search

FEED_SIZE = 50


class JobSearchFeed(Feed):
    feed_type = Rss201rev2Feed
    description = _("New pharmacy technician jobs matching your search on RxTech Careers.")

    def get_object(self, request, *args, **kwargs):
        params = request.GET.copy()
        params["sort"] = "newest"
        params.pop("page", None)
        self._query = request.GET.urlencode()
        return job_search(params, user=None, per_page=FEED_SIZE, facets=False, relaxations=False)

    def title(self, result):
        return gettext("RxTech Careers: pharmacy technician jobs")

    def link(self, result):
        return reverse("search:jobs") + (f"?{self._query}" if self._query else "")

    def items(self, result):
        return result.jobs

    def item_title(self, job):
        return f"{job.title} — {job.organisation.name}"

    def item_description(self, job):
        badges = (badge.text for badge in job.requirement_badges())
        parts = [job.location_label, job.pay_label, *badges]
        return " · ".join(part for part in parts if part)

    def item_link(self, job):
        return job.get_absolute_url()

    def item_pubdate(self, job):
        return job.published_at

    def item_guid(self, job):
        return f"rxtech-job-{job.pk}"

    item_guid_is_permalink = False
