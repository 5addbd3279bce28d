"""The public job page (/jobs/<pk>/) and reporting a job."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from accounts.slots import fill
from employers.access import is_member
from pharmacy.models import for_state, state_page_path

from .. import services
from ..forms import JobReportForm
from ..jsonld import as_script, job_posting
from ..models import Job, JobActionRefused
from ..signals import job_page_shown

SIMILAR_JOBS = 5


def job_page_context(job: Job, user) -> dict:
    """Everything the job page template shows (shared by the public page and the preview)."""
    rules = for_state(job.state)
    visible = job.is_visible
    similar = []
    if not visible:
        similar = list(
            Job.objects.visible()
            .filter(setting=job.setting, state=job.state)
            .exclude(pk=job.pk)
            .select_related("organisation")[:SIMILAR_JOBS]
        )
    return {
        "job": job,
        "is_visible": visible,
        "requirements": list(job.requirements.all()),
        "state_rules": rules,
        "state_page_url": state_page_path(job.state) if rules else None,
        "jsonld": as_script(job_posting(job, base_url=settings.SITE_URL)) if visible else "",
        "similar_jobs": similar,
        "report_form": JobReportForm() if user.is_authenticated else None,
    }


def viewable_job(pk: int, user) -> Job:
    """Drafts and jobs in review exist only for their organisation's members and moderators."""
    job = get_object_or_404(
        Job.objects.select_related("organisation").prefetch_related("requirements"), pk=pk
    )
    if job.status in (Job.Status.DRAFT, Job.Status.PENDING_REVIEW):
        allowed = user.is_authenticated and (
            user.is_moderator or is_member(user, job.organisation_id)
        )
        if not allowed:
            raise Http404("No such job.")
    return job


class JobDetailView(TemplateView):
    template_name = "jobs/job_detail.html"

    def get_context_data(self, **kwargs):
        job = viewable_job(self.kwargs["pk"], self.request.user)
        if job.is_visible:
            services.job_record_view(job=job, user=self.request.user)
        kwargs.update(job_page_context(job, self.request.user))
        kwargs.update(fill(job_page_shown, sender=Job, job=job, user=self.request.user))
        kwargs["canonical_url"] = settings.SITE_URL.rstrip("/") + job.get_absolute_url()
        return super().get_context_data(**kwargs)


class JobReportView(LoginRequiredMixin, FormView):
    form_class = JobReportForm
    template_name = "jobs/job_report.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.job = get_object_or_404(Job.objects.visible(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs["job"] = self.job
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        try:
            services.job_report(
                job=self.job,
                reporter=self.request.user,
                reason=form.cleaned_data["reason"],
                text=form.cleaned_data["text"],
            )
        except JobActionRefused as refusal:
            messages.info(self.request, str(refusal))
        else:
            messages.success(self.request, _("Thank you. A moderator will look at this job."))
        return redirect(self.job)
