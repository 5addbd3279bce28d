from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from .models import CandidateCredential, CandidateProfile, WorkHistory


class CredentialInline(admin.TabularInline):
    model = CandidateCredential
    extra = 0
    fields = ["kind", "credential_code", "state", "state_type", "number", "status", "expires_on",
              "verification"]  # fmt: skip
    readonly_fields = ["verification"]


class WorkHistoryInline(admin.TabularInline):
    model = WorkHistory
    extra = 0


@admin.register(CandidateProfile)
class CandidateProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "headline", "city", "state", "visibility", "updated_at"]
    list_filter = ["state", "visibility"]
    search_fields = ["user__email", "user__full_name", "headline"]
    raw_id_fields = ["user"]
    inlines = [CredentialInline, WorkHistoryInline]


@admin.register(CandidateCredential)
class CandidateCredentialAdmin(admin.ModelAdmin):
    """Staff verify credentials here, against the issuer's or the board's public lookup."""

    list_display = ["__str__", "profile", "number", "status", "expires_on", "verification"]
    list_filter = ["verification", "kind", "credential_code", "state"]
    search_fields = ["profile__user__email", "number"]
    raw_id_fields = ["profile", "verified_by"]
    readonly_fields = ["verified_by", "verified_at"]
    actions = ["mark_verified"]

    @admin.action(description=_("Mark verified (checked against the issuer's lookup)"))
    def mark_verified(self, request, queryset):
        for credential in queryset:
            credential.verify(by=request.user, evidence=_("Checked against the public lookup."))
        messages.success(request, _("%(n)s credential(s) verified.") % {"n": queryset.count()})
