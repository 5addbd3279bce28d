from django import forms
from django.utils.translation import gettext_lazy as _

from pharmacy.credentials import StateCredentialType
from pharmacy.state_law import state_law
from pharmacy.states import state_choices, state_label
from pharmacy.vocabulary import Duty, EmploymentType, Setting, Shift

from . import resumes
from .models import CandidateCredential, CandidateProfile, WorkHistory


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class LongChoiceList(forms.CheckboxSelectMultiple):
    """A checkbox group long enough to be laid out in columns (``choice-list--columns``)."""

    long_list = True


def _multi(choices, label):
    return forms.MultipleChoiceField(
        label=label, choices=choices, required=False, widget=forms.CheckboxSelectMultiple
    )


class ProfileForm(forms.ModelForm):
    work_states = forms.MultipleChoiceField(
        label=_("States you would work in"),
        choices=state_choices,
        required=False,
        widget=LongChoiceList,
    )
    desired_settings = _multi(Setting.choices, _("Practice settings you want"))
    desired_employment_types = _multi(EmploymentType.choices, _("Employment types"))
    desired_shifts = _multi(Shift.choices, _("Shifts you can work"))
    duties = _multi(Duty.choices, _("Duties you can do"))

    class Meta:
        model = CandidateProfile
        fields = [
            "headline",
            "summary",
            "city",
            "state",
            "zip_code",
            "work_states",
            "willing_to_relocate",
            "desired_settings",
            "desired_employment_types",
            "desired_shifts",
            "min_hourly_pay",
            "years_experience",
            "education",
            "duties",
            "available_from",
            "visibility",
            "saved_job_notices",
        ]
        widgets = {
            "city": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "state": forms.Select(attrs={"autocomplete": "address-level1"}),
            "zip_code": forms.TextInput(
                attrs={"autocomplete": "postal-code", "inputmode": "numeric"}
            ),
            "available_from": DateInput(),
            "visibility": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 5}),
        }

    def clean_zip_code(self):
        zip_code = self.cleaned_data["zip_code"].strip()
        if zip_code and (len(zip_code) != 5 or not zip_code.isdigit()):
            raise forms.ValidationError(_("Enter a five-digit ZIP code."))
        return zip_code


class _CredentialForm(forms.ModelForm):
    kind: str

    class Meta:
        model = CandidateCredential
        fields = ["number", "status", "issued_on", "expires_on"]
        widgets = {"issued_on": DateInput(), "expires_on": DateInput()}

    def __init__(self, *args, profile, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.profile = profile
        self.instance.kind = self.kind


class NationalCredentialForm(_CredentialForm):
    kind = CandidateCredential.Kind.NATIONAL

    class Meta(_CredentialForm.Meta):
        fields = ["credential_code", *_CredentialForm.Meta.fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["credential_code"].required = True
        self.fields["credential_code"].help_text = _(
            "Pick the issuer too: PTCB and NHA both award a “CPhT”."
        )

    def clean_credential_code(self):
        code = self.cleaned_data["credential_code"]
        # The DB constraint backs this; the form says it in words first (profile is not a
        # form field, so ModelForm's own constraint check would skip it).
        others = self.instance.profile.credentials.filter(kind=self.kind, credential_code=code)
        if others.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                _("You have already added this credential. Edit the one you have instead.")
            )
        return code


class StateCredentialForm(_CredentialForm):
    kind = CandidateCredential.Kind.STATE

    class Meta(_CredentialForm.Meta):
        fields = ["state", "state_type", "state_title", *_CredentialForm.Meta.fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["state"].required = True
        self.fields["state_type"].required = True
        self.fields["state_title"].help_text = _(
            "Filled in with the state's own title when left empty, for states we have reviewed."
        )

    def clean(self):
        cleaned = super().clean()
        state, state_type = cleaned.get("state"), cleaned.get("state_type")
        if not state or not state_type:
            return cleaned
        law = state_law(state)
        if not law.issues(state_type):
            issued = [
                law.titles.get(t) or str(StateCredentialType(t).label)
                for t in StateCredentialType.values
                if t in law.issued_types
            ]
            self.add_error(
                "state_type",
                _("%(state)s does not issue that type. It issues: %(types)s.")
                % {"state": state_label(state), "types": "; ".join(issued)},
            )
        elif not cleaned.get("state_title") and state_type in law.titles:
            cleaned["state_title"] = law.titles[state_type]
            self.instance.state_title = law.titles[state_type]
        return cleaned


class WorkHistoryForm(forms.ModelForm):
    class Meta:
        model = WorkHistory
        fields = ["employer", "title", "setting", "started_on", "ended_on", "description"]
        widgets = {
            "started_on": DateInput(),
            "ended_on": DateInput(),
            "description": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, profile, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.profile = profile


class ResumeField(forms.FileField):
    """A résumé upload, checked by content; cleans to a ``resumes.ResumeFile``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Résumé (PDF or Word DOCX, up to 5 MB)"))
        kwargs.setdefault(
            "widget",
            forms.ClearableFileInput(
                attrs={
                    "accept": ".pdf,.docx,application/pdf,"
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                }
            ),
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return None
        return resumes.inspect(upload)


class ResumeUploadForm(forms.Form):
    file = ResumeField()
