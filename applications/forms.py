"""Forms and the applicant filter for the application pages."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from candidates.forms import ResumeField
from candidates.models import Resume
from jobs.models import ScreeningQuestion
from pharmacy.credentials import requirement_choices
from pharmacy.eligibility import Verdict, state_key

from .models import Application
from .services import ANSWER_MAX, COVER_LETTER_MAX

YES_NO = [(ScreeningQuestion.Answer.YES, _("Yes")), (ScreeningQuestion.Answer.NO, _("No"))]


class ApplyForm(forms.Form):
    resume = forms.ModelChoiceField(
        label=_("Use a résumé you uploaded before"),
        queryset=Resume.objects.none(),
        required=False,
        empty_label=_("— none, I'll upload one —"),
    )
    upload = ResumeField(
        label=_("Or upload a résumé (PDF or Word DOCX, up to 5 MB)"), required=False
    )
    cover_letter = forms.CharField(
        label=_("Cover letter (optional)"),
        required=False,
        max_length=COVER_LETTER_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args, profile, questions, needs_confirmation=False, **kwargs):
        super().__init__(*args, **kwargs)
        resumes = Resume.objects.filter(profile=profile, archived_at__isnull=True)
        self.fields["resume"].queryset = resumes
        if resumes:
            self.initial.setdefault("resume", resumes[0].pk)
        else:
            del self.fields["resume"]
            self.fields["upload"].label = _("Résumé (PDF or Word DOCX, up to 5 MB)")
        self.questions = list(questions)
        for question in self.questions:
            if question.kind == ScreeningQuestion.Kind.YES_NO:
                field = forms.ChoiceField(
                    label=question.text, choices=YES_NO, widget=forms.RadioSelect
                )
            else:
                field = forms.CharField(label=question.text, max_length=ANSWER_MAX)
            self.fields[f"question_{question.pk}"] = field
        if needs_confirmation:
            # Only for someone who misses a required credential (the view decides, from the
            # same match the page shows): they apply knowing it.
            self.fields["confirm_unmet"] = forms.BooleanField(
                label=_(
                    "I know I do not meet every required credential of this job and I want "
                    "to apply anyway"
                ),
                help_text=_(
                    "The employer sees how you match. Update your credentials first if one is "
                    "missing from your profile."
                ),
                error_messages={
                    "required": _(
                        "Tick this box to apply without every required credential, or cancel."
                    )
                },
            )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("upload") and not cleaned.get("resume") and "upload" not in self.errors:
            self.add_error("upload", _("Choose a résumé or upload one."))
        return cleaned

    def answers(self) -> dict[int, str]:
        return {q.pk: self.cleaned_data[f"question_{q.pk}"] for q in self.questions}


class WithdrawForm(forms.Form):
    """Withdrawing is final: the person ticks that they know it before anything changes."""

    reason = forms.CharField(
        label=_("Reason (optional, shared with the employer)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that withdrawing cannot be undone"),
        help_text=_("You cannot apply to this job again once you withdraw."),
        error_messages={"required": _("Tick this box to withdraw your application.")},
    )


class MoveForm(forms.Form):
    """Move an application; the allowed moves are the model's (``Application.move_refusal``)."""

    status = forms.CharField(label=_("Move to"), widget=forms.Select)
    reason = forms.CharField(
        label=_("Reason (shown to the candidate if you decline)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, application, by, **kwargs):
        super().__init__(*args, **kwargs)
        self.application, self.by, self.refusal = application, by, None
        self.fields["status"].widget.choices = [
            (status, Application.Status(status).label)
            for status in application.next_statuses(application.side_of(by) or "")
        ]

    def clean_status(self):
        status = self.cleaned_data["status"]
        self.refusal = self.application.move_refusal(status, by=self.by)
        if self.refusal is not None:
            raise forms.ValidationError(self.refusal.message)
        return status


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Private note (only your organisation sees it)"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ApplicantFilter(django_filters.FilterSet):
    """The employer's applicant list filters; every filter reads the stored snapshot."""

    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Application.Status.choices, empty_label=_("Any status")
    )
    meets_requirements = django_filters.BooleanFilter(
        label=_("Meets all requirements"),
        method="filter_meets",
        widget=forms.CheckboxInput,
    )
    credential = django_filters.ChoiceFilter(
        label=_("Has credential"),
        choices=requirement_choices,
        method="filter_credential",
        empty_label=_("Any"),
    )
    state_credential = django_filters.BooleanFilter(
        label=_("Has this job's state credential"),
        method="filter_state_credential",
        widget=forms.CheckboxInput,
    )
    knockout_failed = django_filters.BooleanFilter(
        label=_("Failed a knock-out question"), method="filter_knockout", widget=forms.CheckboxInput
    )

    class Meta:
        model = Application
        fields: list[str] = []

    def __init__(self, *args, job, **kwargs):
        super().__init__(*args, **kwargs)
        self.job = job

    def filter_meets(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(verdict__in=[Verdict.ELIGIBLE, Verdict.ELIGIBLE_WITH_CONDITIONS])

    def filter_credential(self, queryset, name, value):
        return queryset.filter(credential_keys__contains=f" {value} ") if value else queryset

    def filter_state_credential(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(credential_keys__contains=f" {state_key(self.job.state)} ")

    def filter_knockout(self, queryset, name, value):
        return queryset.filter(knockout_failed=True) if value else queryset
