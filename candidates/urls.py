from django.urls import path

from . import views

app_name = "candidates"
urlpatterns = [
    path("candidate/start/", views.start, name="start"),
]
