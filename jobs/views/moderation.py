"""Moderators' queue of jobs (held for review, reported, taken down), one job's moderation
page with its decision history, and the decisions (all POST, each with its reason).

A take-down is final for the employer, so it is asked twice: the first POST (from the queue or
the job's page) shows a confirmation page with the reason filled in; only a POST carrying
``confirm=yes`` from that page acts. Without JavaScript, and a GET never acts (405)."""

from django.contrib import messages
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, TemplateView

from accounts.access import ModeratorRequiredMixin

from .. import services
from ..models import Job, JobActionRefused, JobReport, ModerationDecision

REASON_MAX_LENGTH = 2000
HISTORY = Prefetch(
    "decisions",
    queryset=ModerationDecision.objects.select_related("actor"),
    to_attr="history",
)


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
            .prefetch_related(open_report_rows, HISTORY)
            .annotate(open_reports=open_reports)
        )
        # Filtered in Python: JSON equality differs between SQLite and PostgreSQL.
        pending = jobs.pending().order_by("submitted_at")
        kwargs["held_jobs"] = [job for job in pending if job.hold_reasons]
        kwargs["reported_jobs"] = jobs.filter(open_reports__gt=0).order_by("-hidden_by_reports")
        kwargs["taken_down_jobs"] = jobs.filter(status=Job.Status.TAKEN_DOWN).order_by(
            "-taken_down_at"
        )[:50]
        return super().get_context_data(**kwargs)


class JobModerationView(ModeratorRequiredMixin, DetailView):
    """One job as a moderator sees it: status, reasons, open reports, the decisions so far."""

    template_name = "jobs/job_moderation.html"
    context_object_name = "job"

    def get_queryset(self):
        open_reports = Prefetch(
            "reports",
            queryset=JobReport.objects.filter(status=JobReport.Status.OPEN),
            to_attr="open_report_list",
        )
        return Job.objects.select_related("organisation").prefetch_related(open_reports, HISTORY)


class ModerationActionView(ModeratorRequiredMixin, View):
    http_method_names = ["post"]
    action = None
    message = ""

    takes_reason = False

    def post(self, request, *args, **kwargs):
        job = get_object_or_404(Job.objects.select_related("organisation"), pk=kwargs["pk"])
        extra = {}
        if self.takes_reason:
            extra["reason"] = request.POST.get("reason", "")[:REASON_MAX_LENGTH]
        try:
            getattr(services, self.action)(job=job, by=request.user, **extra)
        except JobActionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, self.message)
        if request.POST.get("next") == "job":
            return redirect("jobs:mod_job", pk=job.pk)
        return redirect("jobs:moderation")


class ConfirmedTakeDownMixin:
    """Ask before a take-down: without ``confirm=yes`` the POST only shows what will happen."""

    confirm_template = "jobs/job_takedown_confirm.html"
    confirm_label = _("Take down")

    def post(self, request, *args, **kwargs):
        if request.POST.get("confirm") == "yes":
            return super().post(request, *args, **kwargs)
        job = get_object_or_404(Job.objects.select_related("organisation"), pk=kwargs["pk"])
        reason = request.POST.get("reason", "").strip()[:REASON_MAX_LENGTH]
        return render(
            request,
            self.confirm_template,
            {
                "job": job,
                "reason": reason,
                "reason_missing": "reason" in request.POST and not reason,
                "action_url": request.path,
                "label": self.confirm_label,
                "next": request.POST.get("next", ""),
            },
        )


class ApproveView(ModerationActionView):
    action = "job_approve"
    message = _("Approved.")


class RejectView(ConfirmedTakeDownMixin, ModerationActionView):
    action = "job_take_down"
    takes_reason = True
    message = _("Taken down. The employer was told why and cannot bring it back.")


class ReinstateView(ModerationActionView):
    action = "job_reinstate"
    takes_reason = True
    message = _("Take-down lifted.")


class DismissReportsView(ModerationActionView):
    action = "job_reports_dismiss"
    takes_reason = True
    message = _("Reports dismissed; the job is shown again.")


class UpholdReportsView(ConfirmedTakeDownMixin, ModerationActionView):
    action = "job_reports_uphold"
    confirm_label = _("Uphold the reports and take down")
    takes_reason = True
    message = _("Reports upheld; the job is taken down.")
