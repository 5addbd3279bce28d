from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Job, JobActionRefused, JobReport, JobRequirement, ScreeningQuestion


class JobRequirementInline(admin.TabularInline):
    model = JobRequirement
    extra = 0


class ScreeningQuestionInline(admin.TabularInline):
    model = ScreeningQuestion
    extra = 0


def _run(modeladmin, request, queryset, action, done):
    count = 0
    for job in queryset.select_related("organisation"):
        try:
            action(job=job, by=request.user)
            count += 1
        except JobActionRefused as refusal:
            modeladmin.message_user(request, f"{job}: {refusal}", messages.WARNING)
    modeladmin.message_user(request, done % {"count": count})


ADMIN_REASON = _("Taken down by staff from the admin site.")


def _take_down(*, job, by):
    services.job_take_down(job=job, by=by, reason=str(ADMIN_REASON))


def _uphold(*, job, by):
    services.job_reports_uphold(job=job, by=by, reason=str(ADMIN_REASON))


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "state", "setting", "status", "hidden_by_reports"]
    list_filter = ["status", "hidden_by_reports", "setting", "state"]
    search_fields = ["title", "organisation__name", "zip_code"]
    list_select_related = ["organisation"]
    raw_id_fields = ["organisation", "created_by"]
    # Status changes go through the actions (the Job methods), never a dropdown.
    readonly_fields = [
        "status",
        "hold_reasons",
        "submitted_at",
        "published_at",
        "expires_at",
        "closed_at",
        "takedown_reason",
        "taken_down_at",
        "view_count",
        "pay_min_hourly",
        "pay_max_hourly",
    ]
    inlines = [JobRequirementInline, ScreeningQuestionInline]
    actions = ["approve", "take_down", "dismiss_reports", "uphold_reports"]

    @admin.action(description=_("Approve held jobs (publish)"))
    def approve(self, request, queryset):
        _run(self, request, queryset, services.job_approve, _("%(count)s job(s) approved."))

    @admin.action(description=_("Take down"))
    def take_down(self, request, queryset):
        # The admin's actions take no text: the moderation page is where a reason is written.
        _run(self, request, queryset, _take_down, _("%(count)s job(s) taken down."))

    @admin.action(description=_("Dismiss open reports (show again)"))
    def dismiss_reports(self, request, queryset):
        _run(self, request, queryset, services.job_reports_dismiss, _("%(count)s job(s) shown."))

    @admin.action(description=_("Uphold open reports (take down)"))
    def uphold_reports(self, request, queryset):
        _run(self, request, queryset, _uphold, _("%(count)s job(s) taken down."))


@admin.register(JobReport)
class JobReportAdmin(admin.ModelAdmin):
    list_display = ["job", "reason", "reporter", "status", "created"]
    list_filter = ["status", "reason"]
    raw_id_fields = ["job", "reporter", "decided_by"]
    readonly_fields = ["status", "decided_at", "decided_by"]
