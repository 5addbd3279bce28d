"""Application URLs (apply, pipeline, résumé downloads); included from jobs/urls.py."""

from django.urls import path

from . import application_views as views

urlpatterns: list = [
    path("jobs/<int:pk>/apply/", views.ApplyView.as_view(), name="apply"),
    path("jobs/<int:pk>/save/", views.SaveJobView.as_view(), name="save_job"),
    # The candidate's side.
    path("candidate/applications/", views.MyApplicationsView.as_view(), name="my_applications"),
    path(
        "candidate/applications/<int:pk>/",
        views.MyApplicationView.as_view(),
        name="my_application",
    ),
    path(
        "candidate/applications/<int:pk>/withdraw/",
        views.WithdrawView.as_view(),
        name="withdraw",
    ),
    path("candidate/saved/", views.SavedJobsView.as_view(), name="saved_jobs"),
    path("candidate/my-data/", views.DataExportView.as_view(), name="data_export"),
    path("candidate/delete-account/", views.AccountDeleteView.as_view(), name="account_delete"),
    path("resumes/<int:pk>/download/", views.resume_download, name="resume_download"),
    # The employer's side.
    path(
        "employer/jobs/<int:pk>/applicants/",
        views.ApplicantsView.as_view(),
        name="applicants",
    ),
    path(
        "employer/jobs/<int:pk>/applicants.csv",
        views.ApplicantsCsvView.as_view(),
        name="applicants_csv",
    ),
    path(
        "employer/applications/<int:pk>/",
        views.EmployerApplicationView.as_view(),
        name="application_detail",
    ),
    path(
        "employer/applications/<int:pk>/move/",
        views.ApplicationMoveView.as_view(),
        name="application_move",
    ),
    path(
        "employer/applications/<int:pk>/notes/",
        views.ApplicationNoteView.as_view(),
        name="application_note",
    ),
]
