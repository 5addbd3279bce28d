"""Apply, the candidate's applications, withdrawing, saved jobs."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, FormView, ListView

from accounts.access import JobSeekerRequiredMixin
from candidates.models import CandidateProfile
from jobs.models import Job
from pharmacy.eligibility import Verdict

from .. import services
from ..forms import ApplyForm, WithdrawForm
from ..matching import match_for_user
from ..models import Application, SavedJob, Side, TransitionRefused
from .refusals import refused_page

# Apply --------------------------------------------------------------------------------------


class ApplyView(LoginRequiredMixin, FormView):
    form_class = ApplyForm
    template_name = "applications/apply.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.job = get_object_or_404(Job.objects.select_related("organisation"), pk=kwargs["pk"])
        if not request.user.is_job_seeker:
            raise PermissionDenied(_("Only job seeker accounts can apply to jobs."))
        refusal = services.apply_refusal(job=self.job, candidate=request.user)
        if refusal:
            return self.refused(refusal)
        # Computed on every request, so a POST is checked against the credentials of now.
        self.match = match_for_user(request.user, self.job)
        return super().dispatch(request, *args, **kwargs)

    def refused(self, refusal):
        if refusal.application is not None:
            messages.info(self.request, refusal.message)
            return redirect("applications:my_application", pk=refusal.application.pk)
        if self.job.apply_url and refusal.status == 400:
            return render(self.request, "applications/apply_external.html", {"job": self.job})
        return refused_page(self.request, refusal.message, refusal.status, job=self.job)

    def get_form_kwargs(self):
        profile, _created = CandidateProfile.objects.get_or_create(user=self.request.user)
        return {
            **super().get_form_kwargs(),
            "profile": profile,
            "questions": self.job.screening_questions.all(),
            "needs_confirmation": self.match.verdict == Verdict.NOT_ELIGIBLE,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(job=self.job, match=self.match, **kwargs)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        try:
            application = services.application_submit(
                job=self.job,
                candidate=self.request.user,
                resume=form.cleaned_data.get("resume"),
                resume_file=form.cleaned_data.get("upload"),
                cover_letter=form.cleaned_data["cover_letter"],
                answers=form.answers(),
            )
        except services.ApplyRefused as refusal:
            return self.refused(refusal)
        messages.success(
            self.request, _("Your application to %(job)s was sent.") % {"job": self.job.title}
        )
        return redirect(application)


# The candidate's side -------------------------------------------------------------------------


class MyApplicationsView(JobSeekerRequiredMixin, ListView):
    template_name = "applications/my_applications.html"
    context_object_name = "applications"
    paginate_by = 25

    def get_queryset(self):
        return (
            Application.objects.for_candidate(self.request.user)
            .select_related("job__organisation")
            .prefetch_related("events")
        )


class MyApplicationView(JobSeekerRequiredMixin, DetailView):
    template_name = "applications/my_application.html"
    context_object_name = "application"

    def get_queryset(self):
        return (
            Application.objects.for_candidate(self.request.user)
            .select_related("job__organisation", "resume")
            .prefetch_related("events", "answers")
        )

    def get_context_data(self, **kwargs):
        can_withdraw = Application.Status.WITHDRAWN in self.object.next_statuses(Side.CANDIDATE)
        return super().get_context_data(can_withdraw=can_withdraw, **kwargs)


class WithdrawView(JobSeekerRequiredMixin, View):
    """A confirmation page (GET never withdraws); the POST needs the "cannot be undone" box."""

    template_name = "applications/withdraw.html"

    def check_access(self, request, *args, **kwargs):
        queryset = Application.objects.for_candidate(request.user).select_related("job")
        self.application = get_object_or_404(queryset, pk=kwargs["pk"])
        return None

    def get(self, request, pk):
        return self.confirm_page(WithdrawForm())

    def post(self, request, pk):
        form = WithdrawForm(request.POST)
        if not form.is_valid():
            return self.confirm_page(form, status=400)
        try:
            services.application_move(
                application=self.application,
                to=Application.Status.WITHDRAWN,
                by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except TransitionRefused as refused:
            return self.refused(refused)
        messages.success(request, _("You withdrew your application."))
        return redirect(self.application)

    def confirm_page(self, form, status=200):
        refusal = self.application.move_refusal(Application.Status.WITHDRAWN, by=self.request.user)
        if refusal is not None:
            return self.refused(refusal)
        context = {"application": self.application, "form": form}
        return render(self.request, self.template_name, context, status=status)

    def refused(self, refused):
        return refused_page(self.request, refused.message, refused.status, job=self.application.job)


class SavedJobsView(JobSeekerRequiredMixin, ListView):
    template_name = "applications/saved_jobs.html"
    context_object_name = "saved_jobs"
    paginate_by = 25

    def get_queryset(self):
        return (
            SavedJob.objects.filter(user=self.request.user)
            .with_mark()
            .select_related("job__organisation")
        )


class SaveJobView(JobSeekerRequiredMixin, View):
    def post(self, request, pk):
        save = request.POST.get("action", "save") != "unsave"
        jobs = Job.objects.visible() if save else Job.objects.all()
        job = get_object_or_404(jobs, pk=pk)
        services.job_save(user=request.user, job=job, saved=save)
        messages.success(request, _("Job saved.") if save else _("Job removed from saved jobs."))
        next_url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
            return redirect(next_url)
        return redirect(job)
