"""Site-wide search, robots.txt and sitemap.xml."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page

from . import live_jobs
from .sitemaps import SITEMAPS

MAX_QUERY_LENGTH = 200


@require_GET
def site_search(request):
    """Guides and other pages (Wagtail search) and open jobs, for one query."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    pages, jobs, job_total = None, [], 0
    if query:
        results = Page.objects.live().public().specific().search(query)
        pages = Paginator(results, 10).get_page(request.GET.get("page"))
        jobs, job_total = live_jobs.open_jobs(live_jobs.Criteria(q=query), limit=10)
    return render(
        request,
        "cms/search.html",
        {
            "query": query,
            "pages": pages,
            "jobs": jobs,
            "job_total": job_total,
            "jobs_url": live_jobs.Criteria(q=query).search_url(),
        },
    )


@require_GET
def robots_txt(request):
    return render(
        request,
        "robots.txt",
        {"sitemap_url": request.build_absolute_uri(reverse("cms:sitemap"))},
        content_type="text/plain; charset=utf-8",
    )


@require_GET
def sitemap_index(request):
    """An index of the sections, so a large job list is paginated across files."""
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="cms:sitemap_section")


@require_GET
def sitemap_section(request, section):
    return sitemap_views.sitemap(request, sitemaps=SITEMAPS, section=section)
