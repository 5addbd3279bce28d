"""The employer's job form, its requirement and screening-question formsets, and reports."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.functional import cached_property
from django.utils.html import linebreaks
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from pharmacy.credentials import label_for
from pharmacy.eligibility import Level
from pharmacy.pay import pay_laws_for
from pharmacy.state_law import state_law
from pharmacy.states import US_STATES, state_choices
from pharmacy.vocabulary import Duty, EmploymentType, Shift

from . import presentation
from .models import Benefit, Job, JobReport, JobRequirement, ScreeningQuestion
from .state_policy import policy_choices_for, state_policy_default

_CHECKBOXES = forms.CheckboxSelectMultiple
# A collapsed state picker names up to this many chosen states, then counts them.
SUMMARY_STATES_LISTED = 6


class PolicyRadioSelect(forms.RadioSelect):
    """Radios for the state policy; the ones the state's law rules out are disabled."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ruled_out: set[str] = set()

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value in self.ruled_out:
            option["attrs"]["disabled"] = True
        return option


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
    remote_all_states = forms.BooleanField(
        label=_("Open to applicants in every state"),
        required=False,
        help_text=_("Ticks every state below; untick the ones you cannot hire in."),
    )
    state_credential = forms.ChoiceField(
        label=_("State registration / licence"),
        choices=Job._meta.get_field("state_credential").choices,
        widget=PolicyRadioSelect,
        help_text=_(
            "Pre-filled from the state's rule when we have a confirmed one. The state's law is "
            "a floor: you can ask for more, never less."
        ),
    )
    licence_states = forms.MultipleChoiceField(
        label=_("Also needs a technician credential from these states"),
        choices=state_choices,
        widget=_CHECKBOXES,
        required=False,
        help_text=_("For remote or mail-order work serving patients in several states."),
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
            "experience_in",
            "minimum_age",
            "background_check",
            "drug_screen",
            "bilingual_spanish",
            "cpr_bls",
            "licence_states",
            "duties",
            "standing_required",
            "lifting_lb",
            "benefits",
            "openings",
            "apply_url",
            "closing_date",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 10, "data-rich-text": "description"}),
            "workplace": forms.RadioSelect,
            "pay_unit": forms.RadioSelect,
            "experience_level": forms.RadioSelect,
            "bilingual_spanish": forms.RadioSelect,
            "cpr_bls": forms.RadioSelect,
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
            # No confirmed rule for the state: nothing is pre-filled, the employer chooses.
            self.initial["state_credential"] = state_policy_default(state) if state else None
        for name in ("bilingual_spanish", "cpr_bls"):
            self.fields[name].choices = [("", _("Not asked")), *Level.choices]
            self.fields[name].required = False
        if set(self.instance.remote_states or ()) >= set(dict(US_STATES)):
            self.initial["remote_all_states"] = True
        law = self._law(self.initial.get("state") or self.instance.state, self.instance.setting)
        self.state_law_note = presentation.state_floor_note(law) if law.confirmed else ""
        self.fields["state_credential"].widget.ruled_out = {
            value for value, allowed in policy_choices_for(law).items() if not allowed
        }

    @staticmethod
    def _law(state, setting):
        return state_law(state, setting or "") if state else state_law("")

    def chosen_states(self, name: str) -> str:
        """What a collapsed state picker says it holds: "TX, OK" or "None chosen"."""
        field = self[name]
        chosen = field.value() or []
        if not chosen:
            return str(_("None chosen"))
        if len(chosen) > SUMMARY_STATES_LISTED:
            return ngettext("%(count)d state", "%(count)d states", len(chosen)) % {
                "count": len(chosen)
            }
        return ", ".join(chosen)

    @cached_property
    def changed_data(self):
        # "Every state" is not a column: ticking it changes remote_states.
        changed = list(super().changed_data)
        if "remote_all_states" in changed and "remote_states" not in changed:
            changed.append("remote_states")
        return changed

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("remote_all_states"):
            cleaned["remote_states"] = [code for code, _name in US_STATES]
        self._clean_state_floor(cleaned)
        self._clean_pay_law(cleaned)
        return cleaned

    def _clean_state_floor(self, cleaned):
        state, policy = cleaned.get("state"), cleaned.get("state_credential")
        if not state or not policy:
            return
        law = self._law(state, cleaned.get("setting"))
        if not law.allows(policy):
            self.add_error("state_credential", presentation.state_floor_error(law, policy))
        else:
            # Saved at or above the floor by its owner: the flag, if any, is settled.
            self.instance.state_floor_raised_from = ""

    def _clean_pay_law(self, cleaned):
        states = {cleaned.get("state"), *(cleaned.get("remote_states") or ())} - {None, ""}
        laws = pay_laws_for(states)
        if not laws:
            return
        for name in ("pay_min", "pay_max"):
            if cleaned.get(name) is None:
                self.add_error(name, presentation.pay_law_error(laws))

    def clean_description(self):
        description = self.cleaned_data["description"]
        if "<" not in description:  # Plain text: keep the paragraphs.
            description = linebreaks(description)
        return description


class OptionalRowMixin:
    """A formset row: an empty extra row asks for nothing, so none of its fields is marked
    required; once anything is filled in, ``required_when_filled`` fields must be."""

    required_when_filled: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.empty_permitted:
            for field in self.fields.values():
                field.required = False

    def clean(self):
        cleaned = super().clean()
        if self.empty_permitted and self.has_changed():
            for name in self.required_when_filled:
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, forms.Field.default_error_messages["required"])
        return cleaned

    def chosen(self, name: str):
        """The row's value for ``name`` as shown now (submitted data, else stored)."""
        return self[name].value() or getattr(self.instance, name, "")


class RequirementForm(OptionalRowMixin, forms.ModelForm):
    required_when_filled = ("code", "level")

    class Meta:
        model = JobRequirement
        fields = ["code", "level", "within_days"]
        widgets = {"within_days": forms.NumberInput(attrs={"min": "1"})}
        help_texts = {"within_days": _("Leave empty if needed at hire.")}

    @property
    def row_label(self) -> str:
        """The chosen credential's name, or "" for a row not filled in yet."""
        try:
            return label_for(self.chosen("code")) if self.chosen("code") else ""
        except ValueError:
            return ""


RequirementFormSet = inlineformset_factory(
    Job,
    JobRequirement,
    form=RequirementForm,
    extra=3,
    max_num=12,
    can_delete=True,
)


class ScreeningQuestionForm(OptionalRowMixin, forms.ModelForm):
    required_when_filled = ("text", "kind")

    class Meta:
        model = ScreeningQuestion
        fields = ["text", "kind", "knockout_answer"]

    @property
    def row_label(self) -> str:
        """The question as asked (shortened), or "" for a row not filled in yet."""
        return Truncator(self.chosen("text")).chars(60)


ScreeningQuestionFormSet = inlineformset_factory(
    Job,
    ScreeningQuestion,
    form=ScreeningQuestionForm,
    extra=2,
    max_num=10,
    can_delete=True,
)


class JobReportForm(forms.ModelForm):
    # A honeypot: hidden from people (CSS and aria), filled in by bots; see JobReportView.
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = JobReport
        fields = ["reason", "text"]
        widgets = {"reason": forms.RadioSelect, "text": forms.Textarea(attrs={"rows": 4})}

    @property
    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
