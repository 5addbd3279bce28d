from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from accounts.access import JobSeekerRequiredMixin

from . import services
from .forms import AccountDeleteForm


class DataExportView(JobSeekerRequiredMixin, TemplateView):
    template_name = "privacy/data_export.html"

    def post(self, request):
        data = services.personal_data_export(user=request.user)
        response = HttpResponse(data, content_type="application/zip")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="rxtech-my-data-{stamp}.zip"'
        return response


class AccountDeleteView(JobSeekerRequiredMixin, FormView):
    form_class = AccountDeleteForm
    template_name = "privacy/account_delete.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        services.account_delete(user=self.request.user)
        logout(self.request)
        messages.success(self.request, _("Your account and your data were deleted."))
        return redirect("wagtail_serve", "")
