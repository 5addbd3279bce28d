from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import CreateView, DetailView, ListView, TemplateView, UpdateView

from accounts.access import EmployerRequiredMixin, ModeratorRequiredMixin
from accounts.slots import fill

from . import services
from .access import (
    OrganisationMemberMixin,
    can_view_organisation,
    membership_for,
)
from .forms import InvitationForm, OrganisationForm, OrganisationProfileForm, RejectionForm
from .models import (
    Membership,
    Organisation,
    OrganisationDecision,
    TransitionNotAllowed,
    attach_identifier_twins,
)
from .signals import dashboard_shown, organisation_page_shown


def start(request):
    """The public "For employers" page; a signed-in employer goes straight to their place."""
    if request.user.is_authenticated and request.user.is_employer:
        if membership_for(request.user):
            return redirect("employers:dashboard")
        return redirect("employers:create")
    return render(request, "employers/start.html")


class OrganisationCreateView(EmployerRequiredMixin, CreateView):
    model = Organisation
    form_class = OrganisationForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and membership_for(request.user):
            return redirect("employers:dashboard")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            self.object = services.organisation_create(
                organisation=form.instance, owner=self.request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(name)s is created and waiting for staff to check its identifiers.")
            % {"name": self.object.name},
        )
        return redirect("employers:dashboard")


class DashboardView(OrganisationMemberMixin, TemplateView):
    template_name = "employers/dashboard.html"

    def get_context_data(self, **kwargs):
        kwargs["members"] = self.organisation.memberships.select_related("user")
        kwargs.update(
            fill(
                dashboard_shown,
                sender=Organisation,
                organisation=self.organisation,
                user=self.request.user,
            )
        )
        return super().get_context_data(**kwargs)


class OrganisationUpdateView(OrganisationMemberMixin, UpdateView):
    model = Organisation

    def get_object(self, queryset=None):
        return self.organisation

    def get_form_class(self):
        return OrganisationForm if self.membership.is_owner else OrganisationProfileForm

    def form_valid(self, form):
        changed = set(form.changed_data)
        organisation = services.organisation_update(organisation=form.instance, changed=changed)
        if organisation.has_proposed_identity and changed & services.IDENTITY_FIELDS:
            messages.success(
                self.request,
                _(
                    "Saved. The new name or identifiers wait for staff to check them; until "
                    "then your jobs show the verified ones."
                ),
            )
        else:
            messages.success(self.request, _("Organisation details saved."))
        return redirect("employers:dashboard")


class MembershipListView(OrganisationMemberMixin, ListView):
    template_name = "employers/membership_list.html"
    context_object_name = "members"

    def get_queryset(self):
        return self.organisation.memberships.select_related("user")

    def get_context_data(self, **kwargs):
        if self.membership.is_owner:
            kwargs.setdefault("invitation_form", InvitationForm())
            kwargs["invitations"] = self.organisation.invitations.open().select_related(
                "invited_by"
            )
        return super().get_context_data(**kwargs)


class InvitationCreateView(MembershipListView):
    owner_required = True
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = InvitationForm(request.POST)
        if form.is_valid():
            try:
                invitation = services.invitation_create(
                    organisation=self.organisation,
                    email=form.cleaned_data["email"],
                    invited_by=request.user,
                )
            except ValidationError as error:
                form.add_error("email", error)
            else:
                messages.success(request, _("Invitation sent to %s.") % invitation.email)
                return redirect("employers:members", slug=self.organisation.slug)
        self.object_list = self.get_queryset()
        context = self.get_context_data(invitation_form=form)
        return self.render_to_response(context, status=400)


class InvitationRevokeView(OrganisationMemberMixin, View):
    owner_required = True

    def post(self, request, *args, pk, **kwargs):
        invitation = get_object_or_404(self.organisation.invitations.open(), pk=pk)
        invitation.revoke()
        messages.success(request, _("Invitation to %s withdrawn.") % invitation.email)
        return redirect("employers:members", slug=self.organisation.slug)


class MembershipRemoveView(OrganisationMemberMixin, View):
    """GET (the members list's "Remove" link) asks; only a POST with ``confirm=yes`` removes.

    Without JavaScript: the question is a page of its own, and a GET never acts."""

    owner_required = True
    template_name = "employers/membership_remove_confirm.html"

    def get(self, request, *args, pk, **kwargs):
        return self.ask(self.get_membership(pk))

    def get_membership(self, pk):
        return get_object_or_404(self.organisation.memberships.select_related("user"), pk=pk)

    def ask(self, membership):
        context = {
            "organisation": self.organisation,
            "member": membership,
            "is_self": membership.user_id == self.request.user.pk,
        }
        return render(self.request, self.template_name, context)

    def post(self, request, *args, pk, **kwargs):
        membership = self.get_membership(pk)
        if request.POST.get("confirm") != "yes":
            return self.ask(membership)
        try:
            services.membership_remove(membership=membership, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("employers:members", slug=self.organisation.slug)
        messages.success(request, _("%s was removed.") % membership.user.email)
        if membership.user_id == request.user.pk:
            return redirect("employers:start")
        return redirect("employers:members", slug=self.organisation.slug)


class InvitationAcceptView(View):
    """GET shows what accepting means (and asks to sign in); POST accepts."""

    template_name = "employers/invitation_accept.html"

    def get(self, request, token):
        try:
            invitation = services.invitation_lookup(token=token)
        except services.InvitationError as error:
            return self.refuse(error)
        return render(request, self.template_name, {"invitation": invitation})

    def post(self, request, token):
        if not request.user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        try:
            membership = services.invitation_accept(token=token, user=request.user)
        except services.InvitationError as error:
            return self.refuse(error)
        messages.success(request, _("You joined %s as a recruiter.") % membership.organisation.name)
        return redirect("employers:dashboard")

    def refuse(self, error):
        if error.status == 404:
            raise Http404(error.message)
        return render(
            self.request,
            "employers/invitation_invalid.html",
            {"message": error.message},
            status=error.status,
        )


class OrganisationDetailView(DetailView):
    """The public page. Unverified organisations are visible only to members and moderators."""

    model = Organisation

    def get_object(self, queryset=None):
        organisation = super().get_object(queryset)
        if not can_view_organisation(self.request.user, organisation):
            raise Http404("No such organisation.")
        return organisation

    def get_context_data(self, **kwargs):
        user, organisation = self.request.user, self.object
        kwargs.update(
            fill(organisation_page_shown, sender=Organisation, organisation=organisation, user=user)
        )
        return super().get_context_data(**kwargs)


HISTORY = Prefetch(
    "decisions",
    queryset=OrganisationDecision.objects.select_related("actor"),
    to_attr="history",
)


class ModerationListView(ModeratorRequiredMixin, ListView):
    template_name = "employers/organisation_moderation.html"
    context_object_name = "organisations"
    paginate_by = 25

    def get_queryset(self):
        owners = Membership.objects.filter(role=Membership.Role.OWNER).select_related("user")
        return (
            Organisation.objects.filter(verification=Organisation.Verification.PENDING)
            .prefetch_related(
                Prefetch("memberships", queryset=owners, to_attr="owner_memberships"), HISTORY
            )
            .order_by("created_at")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attach_identifier_twins(context["organisations"])  # shown side by side
        others = Organisation.objects.prefetch_related(HISTORY)
        context["changes"] = others.filter(
            verification=Organisation.Verification.VERIFIED, proposed_at__isnull=False
        ).order_by("proposed_at")[:50]
        context["rejected"] = others.filter(
            verification=Organisation.Verification.REJECTED
        ).order_by("-updated_at")[:50]
        return context


class ModerationDecisionView(ModeratorRequiredMixin, View):
    def post(self, request, pk):
        organisation = get_object_or_404(Organisation, pk=pk)
        try:
            self.decide(organisation)
        except ValidationError as refused:
            messages.error(request, " ".join(refused.messages))
        except TransitionNotAllowed:
            messages.error(
                request,
                _("%(name)s is %(status)s; nothing changed.")
                % {"name": organisation.name, "status": organisation.get_verification_display()},
            )
        return redirect("employers:moderation")


class ModerationVerifyView(ModerationDecisionView):
    def decide(self, organisation):
        services.organisation_verify(organisation=organisation, by=self.request.user)
        messages.success(self.request, _("%s is verified.") % organisation.name)


class ModerationRejectView(ModerationDecisionView):
    def decide(self, organisation):
        form = RejectionForm(self.request.POST)
        if not form.is_valid():
            messages.error(
                self.request,
                _("Give a reason for rejecting %s: the owner is emailed it.") % organisation.name,
            )
            return
        services.organisation_reject(
            organisation=organisation, by=self.request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(
            self.request, _("%s is rejected and its owners were emailed.") % organisation.name
        )


def _reason(request) -> str:
    return request.POST.get("reason", "").strip()[:2000]


class ModerationReopenView(ModerationDecisionView):
    def decide(self, organisation):
        services.organisation_reopen(
            organisation=organisation, by=self.request.user, reason=_reason(self.request)
        )
        messages.success(self.request, _("%s is back in the review queue.") % organisation.name)


class ModerationApproveChangeView(ModerationDecisionView):
    def decide(self, organisation):
        services.organisation_identity_approve(
            organisation=organisation, by=self.request.user, reason=_reason(self.request)
        )
        messages.success(self.request, _("The change is approved and public now."))


class ModerationRejectChangeView(ModerationDecisionView):
    def decide(self, organisation):
        reason = _reason(self.request)
        if not reason:
            messages.error(
                self.request, _("Give a reason for refusing the change: the owner is emailed it.")
            )
            return
        services.organisation_identity_reject(
            organisation=organisation, by=self.request.user, reason=reason
        )
        messages.success(self.request, _("The change is refused; the verified details stay."))
