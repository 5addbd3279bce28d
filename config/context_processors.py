"""``site_root`` in every template: ``SITE_URL`` as ``scheme://host[:port]`` (absolute
og:image and other links that must name the real site, not the request's host)."""

from cms.site_url import site_root_url


def site_root(request):
    return {"site_root": site_root_url()}
