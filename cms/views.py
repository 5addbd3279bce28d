"""Site-wide search (pages in the reader's language), robots.txt, /favicon.ico and sitemap.xml."""

from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Locale, Page

from . import live_jobs
from .site_url import site_root_url
from .sitemaps import SITEMAPS

MAX_QUERY_LENGTH = 200


@require_GET
def site_search(request):
    """Guides and other pages (Wagtail search) and open jobs, for one query."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    pages, jobs, job_total = None, [], 0
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
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
        {"sitemap_url": site_root_url() + reverse("cms:sitemap")},
        content_type="text/plain; charset=utf-8",
    )


@require_GET
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says: the static icon."""
    return redirect(static("img/favicon.ico"), permanent=True)


@require_GET
@x_robots_tag
def sitemap_index(request):
    """An index of the sections, so a large job list is paginated across files; on
    ``SITE_URL`` (Django's own index names the request's host)."""
    items = []
    for section, sitemap in sitemap_views.prepare_sitemaps(request, SITEMAPS).items():
        sitemap = sitemap() if isinstance(sitemap, type) else sitemap
        url = site_root_url() + reverse("cms:sitemap_section", kwargs={"section": section})
        lastmod = sitemap.get_latest_lastmod()
        items.append(SitemapIndexItem(url, lastmod))
        items += [
            SitemapIndexItem(f"{url}?p={page}", lastmod)
            for page in range(2, sitemap.paginator.num_pages + 1)
        ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )


@require_GET
def sitemap_section(request, section):
    return sitemap_views.sitemap(request, sitemaps=SITEMAPS, section=section)
