"""Application URLs: apply, the candidate's side, the employer's pipeline, résumé downloads."""

from django.urls import path

from .views import candidate, employer, resumes

app_name = "applications"

urlpatterns: list = [
    path("jobs/<int:pk>/apply/", candidate.ApplyView.as_view(), name="apply"),
    path("jobs/<int:pk>/save/", candidate.SaveJobView.as_view(), name="save_job"),
    # The candidate's side.
    path("candidate/applications/", candidate.MyApplicationsView.as_view(), name="my_applications"),
    path(
        "candidate/applications/<int:pk>/",
        candidate.MyApplicationView.as_view(),
        name="my_application",
    ),
    path(
        "candidate/applications/<int:pk>/withdraw/",
        candidate.WithdrawView.as_view(),
        name="withdraw",
    ),
    path("candidate/saved/", candidate.SavedJobsView.as_view(), name="saved_jobs"),
    path("resumes/<int:pk>/download/", resumes.resume_download, name="resume_download"),
    # The employer's side.
    path(
        "employer/organisations/<slug:slug>/pipeline/",
        employer.PipelineView.as_view(),
        name="pipeline",
    ),
    path(
        "employer/jobs/<int:pk>/applicants/",
        employer.ApplicantsView.as_view(),
        name="applicants",
    ),
    path(
        "employer/jobs/<int:pk>/applicants.csv",
        employer.ApplicantsCsvView.as_view(),
        name="applicants_csv",
    ),
    path(
        "employer/applications/<int:pk>/",
        employer.EmployerApplicationView.as_view(),
        name="application_detail",
    ),
    path(
        "employer/applications/<int:pk>/move/",
        employer.ApplicationMoveView.as_view(),
        name="application_move",
    ),
    path(
        "employer/applications/<int:pk>/notes/",
        employer.ApplicationNoteView.as_view(),
        name="application_note",
    ),
]
