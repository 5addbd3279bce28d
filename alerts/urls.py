from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("alerts/", views.alert_list, name="list"),
    path("alerts/new/", views.alert_new, name="new"),
    path("alerts/<int:pk>/", views.alert_detail, name="detail"),
    path("alerts/<int:pk>/delete/", views.alert_delete, name="delete"),
    path("alerts/confirm/<str:token>/", views.alert_confirm, name="confirm"),
    path("alerts/unsubscribe/<str:token>/", views.alert_unsubscribe, name="unsubscribe"),
    path("alerts/goodbye/<str:token>/", views.alert_goodbye, name="goodbye"),
]
