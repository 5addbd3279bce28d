from django.urls import path

app_name = "jobs"
urlpatterns: list = [
    # Job pages and employer job management (see jobs/views.py).
    path("jobs/<int:pk>/", lambda request, pk: None, name="detail"),
]
