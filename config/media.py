"""Public uploads (logos, CMS images) from MEDIA_ROOT when they live on this machine's disk.

Résumés are not here: they live in PRIVATE_MEDIA_ROOT and only leave through their permission
checked download view. nginx can serve MEDIA_ROOT itself (docs/deploy.md); with object storage
the files' URLs point at the bucket and this view is not routed at all.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve


@require_safe
def media(request, path):
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=24 * 60 * 60)
    # An uploaded file is never a page: nothing in it may run or load anything.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
