from django.urls import path, register_converter

from .slugs import JobSlugConverter
from .views import employer, moderation, public

register_converter(JobSlugConverter, "job_slug")

app_name = "jobs"
urlpatterns: list = [
    # Public: /jobs/ itself (the search page) belongs to search.
    # /jobs/<id>/<slug>/ is the job's address; /jobs/<id>/ and stale slugs answer 301 to it.
    path("jobs/<int:pk>/<job_slug:slug>/", public.JobDetailView.as_view(), name="detail"),
    path("jobs/<int:pk>/", public.JobDetailView.as_view(), name="detail"),
    path("jobs/<int:pk>/report/", public.JobReportView.as_view(), name="report"),
    path("jobs/report/thanks/", public.JobReportThanksView.as_view(), name="report_thanks"),
    # Employers: every state change is a POST.
    path("employer/jobs/", employer.JobListView.as_view(), name="employer_list"),
    path("employer/jobs/new/", employer.JobCreateView.as_view(), name="create"),
    path("employer/jobs/state-policy/", employer.StatePolicyView.as_view(), name="state_policy"),
    path("employer/jobs/<int:pk>/edit/", employer.JobUpdateView.as_view(), name="edit"),
    path("employer/jobs/<int:pk>/preview/", employer.JobPreviewView.as_view(), name="preview"),
    path("employer/jobs/<int:pk>/submit/", employer.JobSubmitView.as_view(), name="submit"),
    path(
        "employer/jobs/<int:pk>/duplicate/", employer.JobDuplicateView.as_view(), name="duplicate"
    ),
    path("employer/jobs/<int:pk>/renew/", employer.JobRenewView.as_view(), name="renew"),
    path("employer/jobs/<int:pk>/fill/", employer.JobMarkFilledView.as_view(), name="mark_filled"),
    path("employer/jobs/<int:pk>/delete/", employer.JobDeleteView.as_view(), name="delete"),
    # Moderators.
    path("moderation/jobs/", moderation.ModerationQueueView.as_view(), name="moderation"),
    path("moderation/jobs/<int:pk>/", moderation.JobModerationView.as_view(), name="mod_job"),
    path("moderation/jobs/<int:pk>/approve/", moderation.ApproveView.as_view(), name="mod_approve"),
    path("moderation/jobs/<int:pk>/reject/", moderation.RejectView.as_view(), name="mod_reject"),
    path(
        "moderation/jobs/<int:pk>/reinstate/",
        moderation.ReinstateView.as_view(),
        name="mod_reinstate",
    ),
    path(
        "moderation/jobs/<int:pk>/reports/dismiss/",
        moderation.DismissReportsView.as_view(),
        name="mod_dismiss_reports",
    ),
    path(
        "moderation/jobs/<int:pk>/reports/uphold/",
        moderation.UpholdReportsView.as_view(),
        name="mod_uphold_reports",
    ),
]
