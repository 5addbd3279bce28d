"""Moderators' queue of jobs: held for review (with the reasons) and hidden by reports."""

from django.contrib import messages
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from accounts.access import ModeratorRequiredMixin

from .. import services
from ..models import Job, JobActionRefused, JobReport


class ModerationQueueView(ModeratorRequiredMixin, TemplateView):
    template_name = "jobs/moderation_queue.html"

    def get_context_data(self, **kwargs):
        open_reports = Count("reports", filter=Q(reports__status=JobReport.Status.OPEN))
        open_report_rows = Prefetch(
            "reports",
            queryset=JobReport.objects.filter(status=JobReport.Status.OPEN),
            to_attr="open_report_list",
        )
        jobs = (
            Job.objects.select_related("organisation")
            .prefetch_related(open_report_rows)
            .annotate(open_reports=open_reports)
        )
        # Filtered in Python: JSON equality differs between SQLite and PostgreSQL.
        pending = jobs.pending().order_by("submitted_at")
        kwargs["held_jobs"] = [job for job in pending if job.hold_reasons]
        kwargs["reported_jobs"] = jobs.filter(open_reports__gt=0).order_by("-hidden_by_reports")
        return super().get_context_data(**kwargs)


class ModerationActionView(ModeratorRequiredMixin, View):
    http_method_names = ["post"]
    action = None
    message = ""

    def post(self, request, *args, **kwargs):
        job = get_object_or_404(Job.objects.select_related("organisation"), pk=kwargs["pk"])
        try:
            getattr(services, self.action)(job=job, by=request.user)
        except JobActionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, self.message)
        return redirect("jobs:moderation")


class ApproveView(ModerationActionView):
    action = "job_approve"
    message = _("Approved.")


class RejectView(ModerationActionView):
    action = "job_reject"
    message = _("Taken down.")


class DismissReportsView(ModerationActionView):
    action = "job_reports_dismiss"
    message = _("Reports dismissed; the job is shown again.")


class UpholdReportsView(ModerationActionView):
    action = "job_reports_uphold"
    message = _("Reports upheld; the job is closed.")
