from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from pharmacy.vocabulary import Setting

from .logos import normalised_logo, validate_logo_dimensions
from .models import Organisation, validate_logo_size

PROFILE_FIELDS = ["logo", "website", "practice_settings", "about"]
IDENTITY_FIELDS = ["name", "hq_state", "npi", "ncpdp"]


class LogoField(forms.ImageField):
    """An image field that reads the header before Pillow decodes anything else."""

    def to_python(self, data):
        if data not in self.empty_values:
            validate_logo_dimensions(data)
        return super().to_python(data)


class OrganisationProfileForm(forms.ModelForm):
    """What any member may change: the public profile."""

    practice_settings = forms.MultipleChoiceField(
        label=_("Practice settings"),
        choices=Setting.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Where your technicians work."),
    )

    class Meta:
        model = Organisation
        fields = PROFILE_FIELDS
        field_classes = {"logo": LogoField}
        widgets = {
            "website": forms.URLInput(attrs={"autocomplete": "url"}),
            "about": forms.Textarea(attrs={"rows": 8, "data-rich-text": "about"}),
            "logo": forms.ClearableFileInput(
                attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}
            ),
        }
        help_texts = {
            "about": _(
                "Paragraphs, headings, bold, italics, lists and links are kept; anything else "
                "is removed."
            ),
        }

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):  # a new upload, not the stored file or a clear
            validate_logo_size(logo)  # the upload's size, not the re-encoded file's
            return normalised_logo(logo)
        return logo


class OrganisationForm(OrganisationProfileForm):
    """What the creator and owners may change: identity and identifiers too."""

    class Meta(OrganisationProfileForm.Meta):
        fields = IDENTITY_FIELDS + PROFILE_FIELDS
        widgets = {
            **OrganisationProfileForm.Meta.widgets,
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
        }
        help_texts = {
            **OrganisationProfileForm.Meta.help_texts,
            "npi": _("10 digits. Enter an NPI, an NCPDP number or both; staff check them."),
            "ncpdp": _("7 digits."),
        }

    def clean_npi(self):
        return self.cleaned_data["npi"].strip()

    def clean_ncpdp(self):
        return self.cleaned_data["ncpdp"].strip()


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("They'll get a link that works once and expires in 7 days."),
    )


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (emailed to the owner)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
