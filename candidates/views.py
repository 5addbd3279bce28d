"""The job seeker's own pages: dashboard, profile, credentials, work history, résumés.

Every object is looked up inside the signed-in candidate's profile, so another person's id
is simply not found (404).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import DeleteView, FormView, TemplateView, UpdateView
from django.views.generic.edit import CreateView

from accounts.access import JobSeekerRequiredMixin
from accounts.slots import fill

from . import services
from .forms import (
    NationalCredentialForm,
    ProfileForm,
    ResumeUploadForm,
    StateCredentialForm,
    WorkHistoryForm,
)
from .models import CandidateCredential, Resume, WorkHistory
from .signals import resumes_page_shown

DASHBOARD = reverse_lazy("candidates:dashboard")


class ProfileMixin(JobSeekerRequiredMixin):
    """A job seeker's page about their own profile; sets ``self.profile``."""

    def check_access(self, request, *args, **kwargs):
        self.profile = services.profile_get_or_create(user=request.user)
        return None

    def get_context_data(self, **kwargs):
        kwargs.setdefault("profile", self.profile)
        return super().get_context_data(**kwargs)


class DashboardView(ProfileMixin, TemplateView):
    template_name = "candidates/dashboard.html"

    def get_context_data(self, **kwargs):
        completeness, missing = self.profile.completeness()
        credentials = list(self.profile.credentials.all())
        return super().get_context_data(
            completeness=completeness,
            missing=missing,
            credentials=credentials,
            expiring=[c for c in credentials if c.is_expiring_soon or c.is_expired],
            work_history=self.profile.work_history.all(),
            resumes=self.profile.resumes.filter(archived_at__isnull=True),
            **kwargs,
        )


class ProfileEditView(ProfileMixin, UpdateView):
    form_class = ProfileForm
    template_name = "candidates/profile_form.html"
    success_url = DASHBOARD

    def get_object(self, queryset=None):
        return self.profile

    def form_valid(self, form):
        messages.success(self.request, _("Your profile is saved."))
        return super().form_valid(form)


class StartView(ProfileEditView):
    """Where a new job seeker lands after sign-up: the essentials of the profile."""

    template_name = "candidates/start.html"

    def get(self, request, *args, **kwargs):
        if self.profile.is_started:
            return redirect(DASHBOARD)
        return super().get(request, *args, **kwargs)


class _OwnedMixin(ProfileMixin):
    """Objects of the signed-in candidate's profile only."""

    model = None
    success_url = DASHBOARD

    def get_queryset(self):
        return self.model.objects.filter(profile=self.profile)


class _OwnedFormMixin(_OwnedMixin):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "profile": self.profile}


class NationalCredentialCreateView(_OwnedFormMixin, CreateView):
    model = CandidateCredential
    form_class = NationalCredentialForm
    template_name = "candidates/credential_form.html"
    extra_context = {"title": _("Add a national or specialty credential")}

    def form_valid(self, form):
        services.credential_save(credential=form.instance)
        messages.success(self.request, _("Added your %(label)s.") % {"label": form.instance.label})
        return redirect(self.success_url)


class StateCredentialCreateView(NationalCredentialCreateView):
    form_class = StateCredentialForm
    extra_context = {"title": _("Add a state credential")}


class CredentialEditView(_OwnedFormMixin, UpdateView):
    model = CandidateCredential
    template_name = "candidates/credential_form.html"
    extra_context = {"title": _("Edit credential")}

    def get_form_class(self):
        if self.object.kind == CandidateCredential.Kind.STATE:
            return StateCredentialForm
        return NationalCredentialForm

    def form_valid(self, form):
        services.credential_save(credential=form.instance, changed=form.has_changed())
        messages.success(self.request, _("Saved your %(label)s.") % {"label": form.instance.label})
        return redirect(self.success_url)


class CredentialDeleteView(_OwnedMixin, DeleteView):
    model = CandidateCredential
    template_name = "candidates/confirm_delete.html"

    def form_valid(self, form):
        messages.success(self.request, _("Deleted %(name)s.") % {"name": self.object})
        return super().form_valid(form)


class WorkHistoryCreateView(_OwnedFormMixin, CreateView):
    model = WorkHistory
    form_class = WorkHistoryForm
    template_name = "candidates/work_history_form.html"
    extra_context = {"title": _("Add a job to your work history")}


class WorkHistoryEditView(_OwnedFormMixin, UpdateView):
    model = WorkHistory
    form_class = WorkHistoryForm
    template_name = "candidates/work_history_form.html"
    extra_context = {"title": _("Edit work history")}


class WorkHistoryDeleteView(CredentialDeleteView):
    model = WorkHistory


class ResumeListView(ProfileMixin, FormView):
    form_class = ResumeUploadForm
    template_name = "candidates/resumes.html"
    success_url = reverse_lazy("candidates:resumes")

    def get_context_data(self, **kwargs):
        resumes = self.profile.resumes.filter(archived_at__isnull=True)
        slots = fill(
            resumes_page_shown, sender=Resume, profile=self.profile, user=self.request.user
        )
        return super().get_context_data(resumes=resumes, **slots, **kwargs)

    def form_valid(self, form):
        resume = services.resume_add(profile=self.profile, resume_file=form.cleaned_data["file"])
        messages.success(self.request, _("Uploaded %(name)s.") % {"name": resume.original_name})
        return super().form_valid(form)


class ResumeDeleteView(ProfileMixin, DeleteView):
    template_name = "candidates/confirm_delete.html"
    success_url = reverse_lazy("candidates:resumes")

    def get_queryset(self):
        return Resume.objects.filter(profile=self.profile, archived_at__isnull=True)

    def form_valid(self, form):
        services.resume_remove(resume=self.object)
        messages.success(self.request, _("Removed %(name)s.") % {"name": self.object})
        return redirect(self.success_url)
