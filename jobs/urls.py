from django.urls import include, path

app_name = "jobs"
urlpatterns: list = [
    path("", include("jobs.application_urls")),
]
