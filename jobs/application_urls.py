"""Application URLs (apply, pipeline, résumé downloads); included from jobs/urls.py."""

urlpatterns: list = []
