"""Application pages: apply, the candidate's applications and saved jobs, data rights, the
employer's applicant pipeline, and résumé downloads.

Access: candidates see only their own applications, employers only applications to their
organisation's jobs; anything else is 404 (no hint that it exists). Moderators get no access
to applications or résumés: moderation is about postings and organisations, and a résumé is
shared with the employers a candidate chose.
"""

import csv

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import AccessMixin, LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, FormView, ListView, TemplateView

from candidates.models import CandidateProfile, Resume
from employers.access import membership_for

from . import application_services as services
from .application_forms import AccountDeleteForm, ApplicantFilter, ApplyForm, MoveForm, NoteForm
from .models import Application, Job, SavedJob, TransitionRefused
from .models.application import Side


class JobSeekerRequiredMixin(AccessMixin):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not request.user.is_job_seeker:
            raise PermissionDenied(_("This page is for job seeker accounts."))
        return super().dispatch(request, *args, **kwargs)


def _refused(request, message, status, *, job=None):
    return render(
        request,
        "jobs/applications/refused.html",
        {"message": message, "job": job},
        status=status,
    )


# Apply --------------------------------------------------------------------------------------


class ApplyView(LoginRequiredMixin, FormView):
    form_class = ApplyForm
    template_name = "jobs/applications/apply.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.job = get_object_or_404(Job.objects.select_related("organisation"), pk=kwargs["pk"])
        if not request.user.is_job_seeker:
            raise PermissionDenied(_("Only job seeker accounts can apply to jobs."))
        refusal = services.apply_refusal(job=self.job, candidate=request.user)
        if refusal:
            return self.refused(refusal)
        return super().dispatch(request, *args, **kwargs)

    def refused(self, refusal):
        if refusal.application is not None:
            messages.info(self.request, refusal.message)
            return redirect("jobs:my_application", pk=refusal.application.pk)
        if self.job.apply_url and refusal.status == 400:
            return render(self.request, "jobs/applications/apply_external.html", {"job": self.job})
        return _refused(self.request, refusal.message, refusal.status, job=self.job)

    def get_form_kwargs(self):
        profile, _created = CandidateProfile.objects.get_or_create(user=self.request.user)
        return {
            **super().get_form_kwargs(),
            "profile": profile,
            "questions": self.job.screening_questions.all(),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(job=self.job, **kwargs)

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
    template_name = "jobs/applications/my_applications.html"
    context_object_name = "applications"
    paginate_by = 25

    def get_queryset(self):
        return (
            Application.objects.for_candidate(self.request.user)
            .select_related("job__organisation")
            .prefetch_related("events")
        )


class MyApplicationView(JobSeekerRequiredMixin, DetailView):
    template_name = "jobs/applications/my_application.html"
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
    def post(self, request, pk):
        application = get_object_or_404(Application.objects.for_candidate(request.user), pk=pk)
        try:
            services.application_move(
                application=application,
                to=Application.Status.WITHDRAWN,
                by=request.user,
                reason=request.POST.get("reason", ""),
            )
        except TransitionRefused as refused:
            return _refused(request, refused.message, refused.status, job=application.job)
        messages.success(request, _("You withdrew your application."))
        return redirect(application)


class SavedJobsView(JobSeekerRequiredMixin, ListView):
    template_name = "jobs/applications/saved_jobs.html"
    context_object_name = "saved_jobs"
    paginate_by = 25

    def get_queryset(self):
        return SavedJob.objects.filter(user=self.request.user).select_related("job__organisation")


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


# Data rights ------------------------------------------------------------------------------------


class DataExportView(JobSeekerRequiredMixin, TemplateView):
    template_name = "jobs/applications/data_export.html"

    def post(self, request):
        data = services.personal_data_export(user=request.user)
        response = HttpResponse(data, content_type="application/zip")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="rxtech-my-data-{stamp}.zip"'
        return response


class AccountDeleteView(JobSeekerRequiredMixin, FormView):
    form_class = AccountDeleteForm
    template_name = "jobs/applications/account_delete.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        user = self.request.user
        services.account_delete(user=user)
        logout(self.request)
        messages.success(self.request, _("Your account and your data were deleted."))
        return redirect("/")


# Résumés ----------------------------------------------------------------------------------------


def can_download_resume(user, resume: Resume) -> bool:
    """The owner; members of an organisation this résumé was sent to (with an application);
    members of a verified organisation when the profile is visible to verified employers.
    Nobody else, moderators included."""
    if not getattr(user, "is_authenticated", False):
        return False
    if resume.profile.user_id == user.pk:
        return True
    membership = membership_for(user)
    if membership is None:
        return False
    organisation = membership.organisation
    if Application.objects.filter(resume=resume, job__organisation=organisation).exists():
        return True
    return (
        organisation.is_verified
        and resume.profile.is_visible_to_verified_employers
        and resume.archived_at is None
    )


def resume_download(request, pk):
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={request.path}")
    resume = get_object_or_404(Resume.objects.select_related("profile"), pk=pk)
    if not can_download_resume(request.user, resume):
        raise Http404("No such résumé.")
    response = FileResponse(
        resume.open(),
        as_attachment=True,
        filename=resume.original_name,
        content_type=resume.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


# The employer's side ----------------------------------------------------------------------------


class MemberJobMixin(LoginRequiredMixin):
    """The job must belong to the signed-in member's organisation (404 otherwise)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.job = get_object_or_404(
            Job.objects.for_member(request.user).select_related("organisation"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def filterset(self):
        queryset = (
            self.job.applications.select_related("resume")
            .prefetch_related("answers")
            .order_by("-created_at", "-pk")
        )
        return ApplicantFilter(self.request.GET or None, queryset=queryset, job=self.job)


class ApplicantsView(MemberJobMixin, TemplateView):
    template_name = "jobs/applications/applicants.html"

    def get_context_data(self, **kwargs):
        filterset = self.filterset()
        applications = list(filterset.qs)
        groups = [
            (label, [a for a in applications if a.status == value])
            for value, label in Application.Status.choices
        ]
        return super().get_context_data(
            job=self.job,
            filter=filterset,
            groups=[(label, apps) for label, apps in groups if apps],
            total=len(applications),
            query=self.request.GET.urlencode(),
            **kwargs,
        )


CSV_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value) -> str:
    """Defuse spreadsheet formulas: a cell starting with = + - @ gets a leading quote."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(CSV_DANGEROUS) else text


class ApplicantsCsvView(MemberJobMixin, View):
    def get(self, request, pk):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="applicants-job-{pk}.csv"'
        writer = csv.writer(response)
        writer.writerow(
            ["Applied", "Name", "Email", "Status", "Match", "Failed knock-out", "Credentials"]
        )
        for application in self.filterset().qs:
            snapshot = application.profile_snapshot
            credentials = "; ".join(c.get("label", "") for c in application.credentials_snapshot)
            writer.writerow(
                [
                    csv_safe(application.created_at.date().isoformat()),
                    csv_safe(application.applicant_name),
                    csv_safe(snapshot.get("email", "")),
                    csv_safe(application.get_status_display()),
                    csv_safe(application.get_verdict_display()),
                    "yes" if application.knockout_failed else "no",
                    csv_safe(credentials),
                ]
            )
        return response


class MemberApplicationMixin(LoginRequiredMixin):
    def get_application(self):
        return get_object_or_404(
            Application.objects.for_member(self.request.user).select_related(
                "job__organisation", "resume"
            ),
            pk=self.kwargs["pk"],
        )


class EmployerApplicationView(MemberApplicationMixin, DetailView):
    template_name = "jobs/applications/application_detail.html"
    context_object_name = "application"

    def get_object(self, queryset=None):
        return self.get_application()

    def get_context_data(self, **kwargs):
        application = self.object
        statuses = application.next_statuses(Side.EMPLOYER)
        return super().get_context_data(
            job=application.job,
            answers=application.answers.all(),
            events=application.events.select_related("actor"),
            notes=application.notes.select_related("author"),
            move_form=MoveForm(choices=[(s, Application.Status(s).label) for s in statuses]),
            note_form=NoteForm(),
            **kwargs,
        )


class ApplicationMoveView(MemberApplicationMixin, View):
    def post(self, request, pk):
        application = self.get_application()
        try:
            services.application_move(
                application=application,
                to=request.POST.get("status", ""),
                by=request.user,
                reason=request.POST.get("reason", ""),
            )
        except TransitionRefused as refused:
            return _refused(request, refused.message, refused.status, job=application.job)
        messages.success(
            request,
            _("Moved to %(status)s; the candidate was emailed.")
            % {"status": application.get_status_display().lower()},
        )
        return redirect("jobs:application_detail", pk=application.pk)


class ApplicationNoteView(MemberApplicationMixin, View):
    def post(self, request, pk):
        application = self.get_application()
        form = NoteForm(request.POST)
        if not form.is_valid():
            return _refused(request, _("Write a note of up to 5,000 characters."), 400)
        services.application_note_add(
            application=application, author=request.user, text=form.cleaned_data["text"]
        )
        messages.success(request, _("Note added."))
        return redirect("jobs:application_detail", pk=application.pk)
