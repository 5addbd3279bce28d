from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class RoleSignupForm(forms.Form):
    """Extra sign-up fields: allauth mixes this into its own sign-up form."""

    role = forms.ChoiceField(
        label=_("What brings you here?"),
        choices=[
            (User.Role.JOB_SEEKER, User.Role.JOB_SEEKER.label),
            (User.Role.EMPLOYER, User.Role.EMPLOYER.label),
        ],
        widget=forms.RadioSelect,
    )
    full_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def signup(self, request, user):
        user.role = self.cleaned_data["role"]
        user.full_name = self.cleaned_data.get("full_name", "")
        user.save(update_fields=["role", "full_name"])
