from django.urls import path

from . import views

app_name = "employers"
urlpatterns = [
    path("employers/", views.start, name="start"),
]
