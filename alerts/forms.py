"""Alert forms: signing up (the search comes as the search page's query string) and changing one."""

from __future__ import annotations

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from search.filters import candidate_held

from .models import Alert, UnsubscribeReason
from .params import canonical, params_errors, with_eligible

MAX_QUERY = 2000


class AlertForm(forms.Form):
    query = forms.CharField(widget=forms.HiddenInput, required=False, max_length=MAX_QUERY)
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("We'll email you a link to confirm it first; nothing is sent until you do."),
    )
    name = forms.CharField(
        label=_("Name this alert"),
        required=False,
        max_length=120,
        help_text=_("Optional, e.g. “Hospital jobs near home”."),
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Alert.Frequency.choices,
        initial=Alert.Frequency.DAILY,
        widget=forms.RadioSelect,
    )
    only_eligible = forms.BooleanField(
        label=_("Only jobs I can take (with my credentials on the day of sending)"),
        required=False,
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user if user is not None and user.is_authenticated else None
        if self.user is not None:
            del self.fields["email"]
        if candidate_held(self.user) is None:
            del self.fields["only_eligible"]
        self.params: dict[str, list[str]] = {}

    def clean(self):
        data = super().clean()
        params = canonical(QueryDict(data.get("query") or ""))
        if "only_eligible" in self.fields:
            params = with_eligible(params, bool(data.get("only_eligible")))
        errors = params_errors(params, user=self.user)
        for field, messages in errors.items():
            for message in messages:
                self.add_error(None, f"{field}: {message}" if field != "__all__" else message)
        self.params = params
        return data


class AlertEditForm(forms.ModelForm):
    class Meta:
        model = Alert
        fields = ["name", "frequency", "paused"]
        widgets = {"frequency": forms.RadioSelect}
        labels = {"paused": _("Pause this alert")}


class ReasonForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Would you tell us why? (optional)"),
        choices=UnsubscribeReason.Reason.choices,
        widget=forms.RadioSelect,
    )
