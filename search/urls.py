from django.urls import path

from . import views
from .feeds import JobSearchFeed

app_name = "search"
urlpatterns = [
    # /jobs/<pk>/ belongs to the jobs app; only these paths are search's. The API has its own
    # top-level namespace (api-v1), so config/urls.py mounts search.api.api at /api/v1/.
    path("jobs/", views.job_search_page, name="jobs"),
    path("jobs/feed/", JobSearchFeed(), name="feed"),
    path("jobs/suggest", views.suggest, name="suggest"),
]
