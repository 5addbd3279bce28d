from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from . import services
from .forms import RejectionForm
from .models import Invitation, Membership, Organisation, TransitionNotAllowed


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


class InvitationInline(admin.TabularInline):
    model = Invitation
    extra = 0
    fields = ["email", "invited_by", "created_at", "expires_at", "accepted_at", "revoked_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False  # owners invite from the site: the link is emailed only once


def _done(action: str, count: int) -> str:
    """ "3 organisations verified." in the admin's language (``action``: a code)."""
    if action == "verified":
        text = ngettext(
            "%(count)d organisation verified.", "%(count)d organisations verified.", count
        )
    else:
        text = ngettext(
            "%(count)d organisation rejected.", "%(count)d organisations rejected.", count
        )
    return text % {"count": count}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "hq_state", "npi", "ncpdp", "verification", "flagged_free_mail"]
    list_filter = ["verification", "flagged_free_mail", "hq_state"]
    search_fields = ["name", "slug", "npi", "ncpdp", "memberships__user__email"]
    readonly_fields = [
        "verification",
        "rejection_reason",
        "verified_at",
        "verified_by",
        "flagged_free_mail",
        "created_at",
        "updated_at",
    ]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline, InvitationInline]
    actions = ["verify", "reject"]

    @admin.action(description=_("Verify selected organisations"), permissions=["change"])
    def verify(self, request, queryset):
        done = 0
        for organisation in queryset:
            try:
                services.organisation_verify(organisation=organisation, by=request.user)
                done += 1
            except TransitionNotAllowed:
                self.message_user(
                    request,
                    gettext("%(name)s is already verified.") % {"name": organisation},
                    messages.WARNING,
                )
        self.message_user(request, _done("verified", done), messages.SUCCESS)

    @admin.action(
        description=_("Reject selected organisations (asks for a reason)"), permissions=["change"]
    )
    def reject(self, request, queryset):
        form = RejectionForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            done = 0
            for organisation in queryset:
                try:
                    services.organisation_reject(
                        organisation=organisation,
                        by=request.user,
                        reason=form.cleaned_data["reason"],
                    )
                    done += 1
                except TransitionNotAllowed:
                    self.message_user(
                        request,
                        gettext("%(name)s cannot be rejected now.") % {"name": organisation},
                        messages.WARNING,
                    )
            self.message_user(request, _done("rejected", done), messages.SUCCESS)
            return None
        return TemplateResponse(
            request,
            "employers/admin_reject.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Reject organisations"),
                "opts": self.model._meta,
                "organisations": queryset,
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__email", "organisation__name"]
    raw_id_fields = ["user", "organisation"]
    list_select_related = ["user", "organisation"]
