"""The employer's side: the pipeline across jobs, applicants, their CSV, an application,
moving it, notes."""

import csv

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from django.views import View
from django.views.generic import DetailView, TemplateView

from employers.access import OrganisationMemberMixin
from jobs.models import Job

from .. import services
from ..forms import ApplicantFilter, MoveForm, NoteForm
from ..models import Application, TransitionRefused
from ..pipeline import jobs_with_applicant_counts, organisation_totals, status_counts
from .refusals import refused_page

# The employer's side ----------------------------------------------------------------------------


class PipelineView(OrganisationMemberMixin, TemplateView):
    """Applications across all the organisation's jobs: new today, by status, per job.

    The URL names the organisation; anyone but its members gets 404 (``require_member``)."""

    template_name = "applications/pipeline.html"

    def get_context_data(self, **kwargs):
        jobs = list(jobs_with_applicant_counts(self.organisation))
        shown = [job for job in jobs if job.application_count or job.status == Job.Status.PUBLISHED]
        for job in shown:
            job.by_status = status_counts(job)
        return super().get_context_data(
            jobs=shown,
            totals=organisation_totals(jobs),
            new_today=sum(job.today_count for job in jobs),
            new_total=sum(job.new_count for job in jobs),
            **kwargs,
        )


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
    template_name = "applications/applicants.html"

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
            [
                pgettext("column: date applied", "Applied"),
                _("Name"),
                _("Email"),
                _("Status"),
                _("Match"),
                _("Failed knock-out"),
                _("Credentials"),
            ]
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
                    _("yes") if application.knockout_failed else _("no"),
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
    template_name = "applications/application_detail.html"
    context_object_name = "application"

    def get_object(self, queryset=None):
        return self.get_application()

    def get_context_data(self, **kwargs):
        application = self.object
        return super().get_context_data(
            job=application.job,
            answers=application.answers.all(),
            events=application.events.select_related("actor"),
            notes=application.notes.select_related("author"),
            move_form=MoveForm(application=application, by=self.request.user),
            note_form=NoteForm(),
            **kwargs,
        )


class ApplicationMoveView(MemberApplicationMixin, View):
    def post(self, request, pk):
        application = self.get_application()
        form = MoveForm(request.POST, application=application, by=request.user)
        if not form.is_valid():
            status = form.refusal.status if form.refusal else 400
            message = " ".join(message for errors in form.errors.values() for message in errors)
            return refused_page(request, message, status, job=application.job)
        try:
            services.application_move(
                application=application,
                to=form.cleaned_data["status"],
                by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except TransitionRefused as refused:  # Someone else moved it since the form was read.
            return refused_page(request, refused.message, refused.status, job=application.job)
        messages.success(
            request,
            _("Moved to %(status)s; the candidate was emailed.")
            % {"status": application.get_status_display().lower()},
        )
        return redirect("applications:application_detail", pk=application.pk)


class ApplicationNoteView(MemberApplicationMixin, View):
    def post(self, request, pk):
        application = self.get_application()
        form = NoteForm(request.POST)
        if not form.is_valid():
            return refused_page(request, _("Write a note of up to 5,000 characters."), 400)
        services.application_note_add(
            application=application, author=request.user, text=form.cleaned_data["text"]
        )
        messages.success(request, _("Note added."))
        return redirect("applications:application_detail", pk=application.pk)
