import re

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from search.api import api as search_api

from . import health, media

# The Django admin signs people in through allauth (rate limits and all), never its own form.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "RxTech Careers administration"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    # Wagtail's own login form would be a side door around allauth's rate limits.
    path("admin/login/", accounts_views.admin_login_redirect),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/", accounts_views.language_set, name="language_set"),
    path("api/v1/", search_api.urls),
]

# What people read: English at today's URLs, Spanish under /es/ (docs/i18n.md).
site_patterns = [
    path("accounts/", include("allauth.urls")),
    path("me/", include("accounts.urls")),
    path("", include("candidates.urls")),
    path("", include("employers.urls")),
    path("", include("jobs.urls")),
    path("", include("applications.urls")),
    path("", include("privacy.urls")),
    path("", include("search.urls")),
    path("", include("alerts.urls")),
    path("", include("cms.urls")),
]

if settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
    # Uploads on this machine's disk are served with or without DEBUG (object storage serves
    # its own URLs instead); nginx may answer MEDIA_URL before it gets here (docs/deploy.md).
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", media.media)
    )

# Wagtail serves every remaining path, so it comes last.
urlpatterns += i18n_patterns(
    *site_patterns, path("", include(wagtail_urls)), prefix_default_language=False
)
