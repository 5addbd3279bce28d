"""The one declaration of the public search parameters (a public contract: keep the names).

``JobSearchFilterSet`` validates a query string; ``criteria_from`` turns its cleaned data into
the ``Criteria`` both engines read. Errors stay on the form: the page shows them (HTTP 200),
the API answers 400, nothing raises.
"""

from __future__ import annotations

import re

import django_filters
from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from jobs.models import Job
from jobs.zip_codes import zip_lookup
from pharmacy import eligibility
from pharmacy.credentials import is_holdable
from pharmacy.states import state_choices
from pharmacy.vocabulary import EmploymentType, Setting, Shift

from .criteria import SORTS, Criteria, Origin, requires_choices

# C0 controls but tab, LF and CR, and DEL (what config.middleware refuses elsewhere).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_PAGE = 500  # 500 × 20 = Elasticsearch's default result window (10,000)
POSTED_CHOICES = [("1", _("Last 24 hours")), ("3", _("Last 3 days")), ("7", _("Last week")),
                  ("14", _("Last 2 weeks")), ("30", _("Last 30 days"))]  # fmt: skip
RADIUS_CHOICES = [("10", _("10 miles")), ("25", _("25 miles")), ("50", _("50 miles")),
                  ("100", _("100 miles")), ("250", _("250 miles"))]  # fmt: skip
SORT_LABELS = {
    "relevance": _("Best match"),
    "newest": _("Newest"),
    "pay": _("Highest pay"),
    "distance": _("Nearest"),
}


class HoldableCodesField(forms.MultipleChoiceField):
    """Credential codes a seeker holds: national codes or ``state-<type>-<XX>`` (260+ values)."""

    def valid_value(self, value):
        return is_holdable(value)


class HaveFilter(django_filters.MultipleChoiceFilter):
    field_class = HoldableCodesField


class JobSearchForm(forms.Form):
    def clean(self):
        data = super().clean()
        zip_code = data.get("zip")
        if data.get("radius") and not zip_code and "zip" not in self.errors:
            self.add_error("radius", _("Enter a ZIP code to search within a distance."))
        if data.get("sort") == "distance" and not zip_code and "zip" not in self.errors:
            self.add_error("sort", _("Enter a ZIP code to sort by distance."))
        return data


def _validate_zip(value):
    if value and zip_lookup(value) is None:
        raise forms.ValidationError(_("Enter a valid 5-digit US ZIP code."), code="invalid_zip")


def _noop(queryset, name, value):
    # The FilterSet validates; the engines (queries.py / fallback.py) apply the criteria.
    return queryset


class JobSearchFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Keywords"), method=_noop, max_length=200, strip=True)
    state = django_filters.MultipleChoiceFilter(
        label=_("State"), choices=state_choices, method=_noop
    )
    setting = django_filters.MultipleChoiceFilter(
        label=_("Practice setting"), choices=Setting.choices, method=_noop
    )
    type = django_filters.MultipleChoiceFilter(
        label=_("Employment type"), choices=EmploymentType.choices, method=_noop
    )
    shift = django_filters.MultipleChoiceFilter(
        label=_("Shift"), choices=Shift.choices, method=_noop
    )
    requires = django_filters.MultipleChoiceFilter(
        label=_("Requirements"), choices=requires_choices, method=_noop
    )
    have = HaveFilter(label=_("Credentials I have"), method=_noop)
    eligible = django_filters.ChoiceFilter(
        label=_("Only jobs I'm eligible for"), choices=[("1", _("Yes"))], method=_noop
    )
    zip = django_filters.CharFilter(
        label=_("ZIP code"), method=_noop, max_length=5, validators=[_validate_zip]
    )
    radius = django_filters.NumberFilter(
        label=_("Within (miles)"), method=_noop, min_value=1, max_value=500, decimal_places=0
    )
    min_pay = django_filters.NumberFilter(
        label=_("Minimum hourly pay"), method=_noop, min_value=0, max_value=500,
        decimal_places=2,
    )  # fmt: skip
    posted = django_filters.NumberFilter(
        label=_("Posted within (days)"), method=_noop, min_value=1, max_value=365,
        decimal_places=0,
    )  # fmt: skip
    remote = django_filters.ChoiceFilter(
        label=_("Remote only"), choices=[("1", _("Yes"))], method=_noop
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=list(SORT_LABELS.items()), method=_noop, empty_label=None
    )
    page = django_filters.NumberFilter(
        label=_("Page"), method=_noop, min_value=1, max_value=MAX_PAGE, decimal_places=0
    )

    class Meta:
        model = Job
        fields: list[str] = []
        form = JobSearchForm

    def get_form_class(self):
        """The form class, built once: django-filter builds a new class (and a new field per
        filter) for every search. Each form still gets its own copy of the fields (Django's
        Form does), and callable choices are still read when a form validates."""
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
        return cls._form_class


def as_query_dict(params) -> QueryDict:
    """A QueryDict from a request's GET or a plain ``{"state": ["TX"], "q": "iv"}`` mapping.

    Empty values are dropped (a form's "any" option sends ``posted=``) and repeats removed.
    Control characters (a pasted NUL) read as spaces, as ``analysis.normalise`` reads them: no
    engine, no database query and no page ever sees one.
    """
    data = QueryDict(mutable=True)
    items = params.lists() if isinstance(params, QueryDict) else (params or {}).items()
    for key, value in items:
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        kept = [_printable(str(v)) for v in values if v is not None]
        kept = [v for v in kept if v.strip()]
        if kept:
            data.setlist(_printable(key), list(dict.fromkeys(kept)))
    return data


def _printable(text: str) -> str:
    return CONTROL_CHARACTERS.sub(" ", text) if CONTROL_CHARACTERS.search(text) else text


def bind(params) -> JobSearchFilterSet:
    return JobSearchFilterSet(as_query_dict(params), queryset=Job.objects.none())


def candidate_held(user) -> list[eligibility.Held] | None:
    """The signed-in candidate's credentials, or None when there is no candidate profile."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    profile = getattr(user, "candidate_profile", None) or getattr(user, "candidateprofile", None)
    held_credentials = getattr(profile, "held_credentials", None)
    if held_credentials is None:
        return None
    return list(held_credentials())


def criteria_from(filterset: JobSearchFilterSet, *, user=None, now=None) -> Criteria | None:
    """Criteria from a bound FilterSet, or None (errors added to the form) when invalid."""
    form = filterset.form
    if not form.is_valid():
        return None
    data = form.cleaned_data
    now = now or timezone.now()
    satisfied = None
    held: list[eligibility.Held] = []
    if data.get("have"):
        held += eligibility.held_from_have_codes(data["have"])
    if data.get("eligible") == "1":
        own = candidate_held(user)
        if own is None:
            form.add_error(
                "eligible", _("Sign in with a candidate profile to use your own credentials.")
            )
            return None
        held += own
    if data.get("have") or data.get("eligible") == "1":
        satisfied = eligibility.satisfied_keys(held, timezone.localdate(now))
    origin = None
    if data.get("zip"):
        place = zip_lookup(data["zip"])
        origin = Origin(place.zip_code, place.latitude, place.longitude)
    sort = data.get("sort") or "relevance"
    assert sort in SORTS
    return Criteria(
        q=data.get("q") or "",
        states=tuple(data.get("state") or ()),
        settings=tuple(data.get("setting") or ()),
        types=tuple(data.get("type") or ()),
        shifts=tuple(data.get("shift") or ()),
        requires=tuple(data.get("requires") or ()),
        satisfied=satisfied,
        origin=origin,
        radius=int(data["radius"]) if data.get("radius") else None,
        min_pay=data.get("min_pay"),
        posted_days=int(data["posted"]) if data.get("posted") else None,
        remote=data.get("remote") == "1",
        sort=sort,
        now=now,
    )


def page_number(filterset: JobSearchFilterSet) -> int:
    data = getattr(filterset.form, "cleaned_data", {}) or {}
    return int(data.get("page") or 1)
