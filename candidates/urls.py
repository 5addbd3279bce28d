from django.urls import path

from . import views

app_name = "candidates"
urlpatterns = [
    path("candidate/", views.DashboardView.as_view(), name="dashboard"),
    path("candidate/start/", views.StartView.as_view(), name="start"),
    path("candidate/profile/", views.ProfileEditView.as_view(), name="profile_edit"),
    path(
        "candidate/credentials/national/add/",
        views.NationalCredentialCreateView.as_view(),
        name="credential_add_national",
    ),
    path(
        "candidate/credentials/state/add/",
        views.StateCredentialCreateView.as_view(),
        name="credential_add_state",
    ),
    path(
        "candidate/credentials/<int:pk>/edit/",
        views.CredentialEditView.as_view(),
        name="credential_edit",
    ),
    path(
        "candidate/credentials/<int:pk>/delete/",
        views.CredentialDeleteView.as_view(),
        name="credential_delete",
    ),
    path("candidate/work/add/", views.WorkHistoryCreateView.as_view(), name="work_add"),
    path("candidate/work/<int:pk>/edit/", views.WorkHistoryEditView.as_view(), name="work_edit"),
    path(
        "candidate/work/<int:pk>/delete/",
        views.WorkHistoryDeleteView.as_view(),
        name="work_delete",
    ),
    path("candidate/resumes/", views.ResumeListView.as_view(), name="resumes"),
    path(
        "candidate/resumes/<int:pk>/delete/",
        views.ResumeDeleteView.as_view(),
        name="resume_delete",
    ),
]
