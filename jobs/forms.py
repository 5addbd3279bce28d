"""The employer's job form, its requirement and screening-question formsets, and reports."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.html import linebreaks
from django.utils.translation import gettext_lazy as _

from pharmacy.states import US_STATES, state_choices
from pharmacy.vocabulary import Duty, EmploymentType, Shift

from .models import Benefit, Job, JobReport, JobRequirement, ScreeningQuestion
from .state_policy import state_policy_default

_CHECKBOXES = forms.CheckboxSelectMultiple


class JobForm(forms.ModelForm):
    employment_types = forms.MultipleChoiceField(
        label=_("Employment types"), choices=EmploymentType.choices, widget=_CHECKBOXES
    )
    shifts = forms.MultipleChoiceField(
        label=_("Shifts"), choices=Shift.choices, widget=_CHECKBOXES, required=False
    )
    duties = forms.MultipleChoiceField(
        label=_("Duties"), choices=Duty.choices, widget=_CHECKBOXES, required=False
    )
    benefits = forms.MultipleChoiceField(
        label=_("Benefits"), choices=Benefit.choices, widget=_CHECKBOXES, required=False
    )
    remote_states = forms.MultipleChoiceField(
        label=_("States applicants must live in (remote and hybrid jobs)"),
        choices=state_choices,
        widget=_CHECKBOXES,
        required=False,
        help_text=_("Leave empty to use the job's state."),
    )
    state_credential = forms.ChoiceField(
        label=_("State registration / licence"),
        choices=Job._meta.get_field("state_credential").choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Pre-filled from the state's rule when we have a verified one; check it applies."
        ),
    )

    class Meta:
        model = Job
        fields = [
            "title",
            "description",
            "setting",
            "employment_types",
            "shifts",
            "workplace",
            "street",
            "city",
            "state",
            "zip_code",
            "remote_states",
            "pay_min",
            "pay_max",
            "pay_unit",
            "state_credential",
            "education_minimum",
            "experience_months",
            "experience_level",
            "duties",
            "standing_required",
            "lifting_lb",
            "benefits",
            "openings",
            "apply_url",
            "closing_date",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 10}),
            "workplace": forms.RadioSelect,
            "pay_unit": forms.RadioSelect,
            "experience_level": forms.RadioSelect,
            "closing_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "zip_code": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            "pay_min": forms.NumberInput(attrs={"step": "0.01", "min": "0"}),
            "pay_max": forms.NumberInput(attrs={"step": "0.01", "min": "0"}),
        }
        help_texts = {
            "description": _(
                "Plain text, or simple HTML: paragraphs, bold, lists, headings and links."
            ),
            "city": _("Filled in from the ZIP code when left empty."),
        }

    def __init__(self, *args, state_hint: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            state = state_hint.upper() if state_hint.upper() in dict(US_STATES) else ""
            if state:
                self.initial["state"] = state
            # No verified rule for the state: nothing is pre-filled, the employer chooses.
            self.initial["state_credential"] = state_policy_default(state) if state else None

    def clean_description(self):
        description = self.cleaned_data["description"]
        if "<" not in description:  # Plain text: keep the paragraphs.
            description = linebreaks(description)
        return description


class RequirementForm(forms.ModelForm):
    class Meta:
        model = JobRequirement
        fields = ["code", "level", "within_days"]
        widgets = {"within_days": forms.NumberInput(attrs={"min": "1"})}
        help_texts = {"within_days": _("Leave empty if needed at hire.")}


RequirementFormSet = inlineformset_factory(
    Job,
    JobRequirement,
    form=RequirementForm,
    extra=3,
    max_num=12,
    can_delete=True,
)


class ScreeningQuestionForm(forms.ModelForm):
    class Meta:
        model = ScreeningQuestion
        fields = ["text", "kind", "knockout_answer"]


ScreeningQuestionFormSet = inlineformset_factory(
    Job,
    ScreeningQuestion,
    form=ScreeningQuestionForm,
    extra=2,
    max_num=10,
    can_delete=True,
)


class JobReportForm(forms.ModelForm):
    class Meta:
        model = JobReport
        fields = ["reason", "text"]
        widgets = {"reason": forms.RadioSelect, "text": forms.Textarea(attrs={"rows": 4})}
