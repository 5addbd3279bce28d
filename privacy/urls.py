from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("candidate/my-data/", views.DataExportView.as_view(), name="data_export"),
    path("candidate/delete-account/", views.AccountDeleteView.as_view(), name="account_delete"),
]
