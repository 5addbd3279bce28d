"""Employer job management under /employer/jobs/: every query is scoped to the member's
organisation, so another organisation's job id is a 404.

Permissions (documented decision): every job action is open to owners and recruiters alike;
posting is the recruiter's job. Organisation-level actions (members, identity) are the
owner-only ones, in employers.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from accounts.slots import fill
from employers.access import OrganisationMemberMixin
from pharmacy.state_law import state_law

from .. import presentation, services
from ..forms import JobForm, RequirementFormSet, ScreeningQuestionFormSet
from ..models import Job, JobActionRefused
from ..signals import employer_jobs_shown
from ..state_policy import policy_choices_for, state_policy_default
from .public import job_page_context


class OrganisationJobMixin(OrganisationMemberMixin):
    def get_queryset(self):
        return Job.objects.for_organisation(self.organisation).select_related("organisation")

    def get_job(self) -> Job:
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])


class JobListView(OrganisationJobMixin, TemplateView):
    """The organisation's jobs by status (the same panel the employer dashboard shows)."""

    template_name = "jobs/employer_job_list.html"

    def get_context_data(self, **kwargs):
        kwargs.update(
            fill(
                employer_jobs_shown,
                sender=Job,
                organisation=self.organisation,
                user=self.request.user,
            )
        )
        return super().get_context_data(**kwargs)


class JobFormView(OrganisationJobMixin, TemplateView):
    """Create or edit a job with its requirement and question formsets, all or nothing."""

    template_name = "jobs/job_form.html"
    job: Job | None = None

    def get_forms(self, data=None):
        instance = self.job or Job(organisation=self.organisation)
        form = JobForm(data, instance=instance, state_hint=self.request.GET.get("state", ""))
        formsets = [
            RequirementFormSet(data, instance=instance, prefix="requirements"),
            ScreeningQuestionFormSet(data, instance=instance, prefix="questions"),
        ]
        return form, formsets

    def get(self, request, *args, **kwargs):
        form, formsets = self.get_forms()
        return self.render_to_response(self.get_context_data(form=form, formsets=formsets))

    def post(self, request, *args, **kwargs):
        form, formsets = self.get_forms(request.POST)
        # Validate everything (not all() short-circuiting) so every error shows at once.
        results = [form.is_valid()] + [formset.is_valid() for formset in formsets]
        if not all(results):
            messages.error(request, _("Please fix the problems below; nothing was saved."))
            return self.render_to_response(self.get_context_data(form=form, formsets=formsets))
        job = self.save(form, formsets)
        return redirect("jobs:preview", pk=job.pk)

    def get_context_data(self, **kwargs):
        form, formsets = kwargs["form"], kwargs["formsets"]
        kwargs.update(
            job=self.job,
            requirement_formset=formsets[0],
            question_formset=formsets[1],
            remote_states_summary=form.chosen_states("remote_states"),
            licence_states_summary=form.chosen_states("licence_states"),
        )
        return super().get_context_data(**kwargs)


class JobCreateView(JobFormView):
    def save(self, form, formsets):
        job = services.job_create(
            organisation=self.organisation, by=self.request.user, form=form, formsets=formsets
        )
        messages.success(self.request, _("Draft saved. Check the preview, then submit it."))
        return job


class JobUpdateView(JobFormView):
    def get(self, request, *args, **kwargs):
        self.job = self.get_job()
        if not self.job.is_editable:
            return self.refuse()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.job = self.get_job()
        if not self.job.is_editable:
            return self.refuse()
        return super().post(request, *args, **kwargs)

    def refuse(self):
        if self.job.status == Job.Status.TAKEN_DOWN:
            message = _("A moderator took this job down; only a moderator can bring it back.")
        else:
            message = _("A closed job can't be edited. Duplicate it to post it again.")
        messages.error(self.request, message)
        return redirect("jobs:preview", pk=self.job.pk)

    def save(self, form, formsets):
        job = services.job_update(job=self.job, by=self.request.user, form=form, formsets=formsets)
        if job.status == Job.Status.PENDING_REVIEW and job.hold_reasons:
            messages.warning(self.request, _("Saved. The job is held for a moderator to review."))
        else:
            messages.success(self.request, _("Changes saved."))
        return job


class JobPreviewView(OrganisationJobMixin, TemplateView):
    """The job page as applicants will see it, with the employer's actions on top."""

    template_name = "jobs/job_detail.html"

    def get_context_data(self, **kwargs):
        job = self.get_job()
        kwargs.update(
            job_page_context(job, self.request.user),
            preview=True,
            screening_questions=list(job.screening_questions.all()),
        )
        return super().get_context_data(**kwargs)


class JobActionView(OrganisationJobMixin, View):
    """POST-only lifecycle step on one of the organisation's jobs."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        job = self.get_job()
        try:
            result = self.act(job)
        except JobActionRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("jobs:preview", pk=job.pk)
        return self.done(result or job)

    def done(self, job):
        return redirect("jobs:preview", pk=job.pk)


class JobSubmitView(JobActionView):
    def act(self, job):
        job = services.job_submit(job=job, by=self.request.user)
        if job.status == Job.Status.PUBLISHED:
            messages.success(self.request, _("Published. Applicants can see it now."))
        elif job.hold_reasons:
            messages.warning(
                self.request,
                _("Submitted. A moderator will review it before it is published."),
            )
        else:
            messages.info(
                self.request,
                _("Submitted. It publishes as soon as your organisation is verified."),
            )
        return job


class JobMarkFilledView(JobActionView):
    def act(self, job):
        services.job_mark_filled(job=job, by=self.request.user)
        messages.success(self.request, _("Marked filled. The job no longer takes applications."))


class JobRenewView(JobActionView):
    def act(self, job):
        job = services.job_renew(job=job, by=self.request.user)
        messages.success(
            self.request,
            _("Relisted.") if job.status == Job.Status.PUBLISHED else _("Relisted for review."),
        )
        return job


class JobDuplicateView(JobActionView):
    def act(self, job):
        copy = services.job_duplicate(job=job, by=self.request.user)
        messages.success(self.request, _("Copied to a new draft. Edit it, then submit it."))
        return copy

    def done(self, job):
        return redirect("jobs:edit", pk=job.pk)


class JobDeleteView(JobActionView):
    def act(self, job):
        services.job_delete_draft(job=job, by=self.request.user)
        messages.success(self.request, _("Draft deleted."))

    def done(self, job):
        return redirect("jobs:employer_list")


class StatePolicyView(OrganisationMemberMixin, View):
    """The pre-fill for the state credential field, for the form's optional script."""

    def get(self, request, *args, **kwargs):
        state = request.GET.get("state", "").upper()[:2]
        setting = request.GET.get("setting", "")[:40]
        if not state:
            return JsonResponse({"state": "", "policy": None, "allowed": [], "note": ""})
        law = state_law(state, setting)
        return JsonResponse(
            {
                "state": state,
                "policy": state_policy_default(state, setting),
                # The policies a posting may choose under the state's law (all, if unconfirmed).
                "allowed": [value for value, ok in policy_choices_for(law).items() if ok],
                "note": presentation.state_floor_note(law) if law.confirmed else "",
            }
        )
