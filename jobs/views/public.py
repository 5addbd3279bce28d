"""The public job page (/jobs/<pk>/<slug>/) and reporting a job."""

from allauth.account.adapter import get_adapter
from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import FormView, TemplateView

from accounts.slots import fill
from employers.access import is_member
from pharmacy.models import for_state, state_page_path

from .. import services
from ..forms import JobReportForm
from ..jsonld import as_script, job_posting
from ..models import Job, JobActionRefused
from ..signals import job_page_shown
from ..slugs import job_slug

SIMILAR_JOBS = 5


def job_page_context(job: Job, user) -> dict:
    """Everything the job page template shows (shared by the public page and the preview)."""
    rules = for_state(job.state)
    visible = job.is_visible
    base_url = settings.SITE_URL.rstrip("/")
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
        "jsonld": as_script(job_posting(job, base_url=base_url)) if visible else "",
        "similar_jobs": similar,
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

    def get(self, request, *args, **kwargs):
        self.job = viewable_job(self.kwargs["pk"], request.user)
        if self.job.is_removed:
            # Gone by a decision (or hidden until one): nothing of the job, not even its title
            # or its employer's badge; members see it in their preview, moderators on theirs.
            return self.response_class(
                request=request, template=["jobs/job_removed.html"], context={}, status=410
            )
        # /jobs/<pk>/, or the words of an old title: 301 to the job's address.
        if kwargs.get("slug") != job_slug(self.job.title):
            query = request.META.get("QUERY_STRING", "")
            url = self.job.get_absolute_url() + (f"?{query}" if query else "")
            return redirect(url, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        job = self.job
        if job.is_visible:
            services.job_record_view(job=job, user=self.request.user)
        kwargs.update(job_page_context(job, self.request.user))
        kwargs.update(fill(job_page_shown, sender=Job, job=job, user=self.request.user))
        kwargs["canonical_url"] = settings.SITE_URL.rstrip("/") + job.get_absolute_url()
        return super().get_context_data(**kwargs)


class JobReportView(FormView):
    """Anyone may report a live job, signed in or not: a honeypot catches bots, and
    ``ACCOUNT_RATE_LIMITS["report_job"]`` limits reports per client IP (allauth's limiter,
    on the shared cache, with the client IP as allauth reads it behind TRUSTED_PROXY_COUNT)."""

    form_class = JobReportForm
    template_name = "jobs/job_report.html"

    def dispatch(self, request, *args, **kwargs):
        self.job = get_object_or_404(Job.objects.visible(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not ratelimit.consume(request, action="report_job"):
            return ratelimit.respond_429(request)
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs["job"] = self.job
        return super().get_context_data(**kwargs)

    def form_valid(self, form):
        if form.is_bot:  # Looks accepted, stores nothing.
            return redirect("jobs:report_thanks")
        try:
            services.job_report(
                job=self.job,
                reporter=self.request.user,
                ip_address=get_adapter(self.request).get_client_ip(self.request),
                reason=form.cleaned_data["reason"],
                text=form.cleaned_data["text"],
            )
        except JobActionRefused as refusal:
            messages.info(self.request, str(refusal))
        return redirect("jobs:report_thanks")


class JobReportThanksView(TemplateView):
    """Shown to every reporter; it names no job (the report may just have hidden it)."""

    template_name = "jobs/job_report_thanks.html"
