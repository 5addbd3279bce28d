"""State rules: what each state asks of a pharmacy technician, one row per state and tier.

Counsellors edit these in Wagtail (a snippet); jobs, state pages and the "How you match"
panel read them through `for_state()`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .credentials import StateCredentialType
from .rule_text import TRANSLATED_FIELDS, RuleText, rule_text
from .states import state_choices
from .vocabulary import Setting


class NationalCertificationPolicy(models.TextChoices):
    REQUIRED = "required", _("Required")
    REQUIRED_TO_LEAVE_TRAINEE = "required-to-leave-trainee", _("Required to leave trainee status")
    ONE_OF_PATHS = "one-of-paths", _("One of several routes")
    NOT_REQUIRED = "not-required", _("Not required")


class Confidence(models.TextChoices):
    """How sure the stored rule is (DOMAIN.md's [C], [P], [U])."""

    CONFIRMED = "confirmed", _("Confirmed")
    PROBABLE = "probable", _("Partly confirmed")
    UNCONFIRMED = "unconfirmed", _("Not confirmed")


class StateRuleQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(verified_on__isnull=False)


class StateRule(models.Model):
    """One tier of one state's technician credential (e.g. Texas trainee, Texas registered)."""

    state = models.CharField(_("state"), max_length=2, choices=state_choices)
    tier_order = models.PositiveSmallIntegerField(
        _("tier order"), default=1, help_text=_("1 for the entry tier, 2 for the next, …")
    )
    official_title = models.CharField(_("official title"), max_length=200)
    credential_type = models.CharField(
        _("credential type"),
        max_length=30,
        choices=StateCredentialType,
    )
    national_certification = models.CharField(
        _("national certification"),
        max_length=30,
        choices=NationalCertificationPolicy,
        default=NationalCertificationPolicy.NOT_REQUIRED,
    )
    accepted_exams = models.JSONField(_("accepted exams"), default=list, blank=True)
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, help_text=_("Leave empty when unconfirmed.")
    )
    education = models.CharField(_("education minimum"), max_length=300, blank=True)
    background_check = models.BooleanField(
        _("fingerprint / background check"), null=True, blank=True
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), null=True, blank=True
    )
    renewal_months = models.PositiveSmallIntegerField(
        _("renewal every (months)"), null=True, blank=True
    )
    renewable = models.BooleanField(_("renewable"), default=True)
    ce_hours = models.PositiveSmallIntegerField(_("CE hours per renewal"), null=True, blank=True)
    ce_topics = models.CharField(_("required CE topics"), max_length=300, blank=True)
    practice_limits = models.CharField(_("where they may practise"), max_length=300, blank=True)
    board_name = models.CharField(_("board of pharmacy"), max_length=200, blank=True)
    board_url = models.URLField(_("board website"), blank=True)
    source_url = models.URLField(_("source URL"))
    source_citation = models.CharField(_("rule citation"), max_length=200, blank=True)
    verified_on = models.DateField(
        _("verified on"), null=True, blank=True, help_text=_("Empty means not yet reviewed.")
    )
    notes = models.TextField(_("notes"), blank=True)

    # The rule as a floor for every job in the state (issue 12) ---------------------------
    confidence = models.CharField(
        _("confidence"),
        max_length=12,
        choices=Confidence,
        default=Confidence.UNCONFIRMED,
        help_text=_("Only a confirmed rule is enforced on postings."),
    )
    required_to_work = models.BooleanField(
        _("needed to work"),
        default=False,
        help_text=_(
            "Working as a technician in this state needs this tier or a higher one: "
            "no job there can be posted below it."
        ),
    )
    applies_in_settings = models.JSONField(
        _("applies in practice settings"),
        default=list,
        blank=True,
        help_text=_("Leave empty when the rule applies in every setting."),
    )
    required_from = models.DateField(
        _("required from"),
        null=True,
        blank=True,
        help_text=_("When the requirement takes effect; empty when already in force."),
    )
    unconfirmed_facts = models.JSONField(
        _("facts not confirmed"),
        default=list,
        blank=True,
        help_text=_("Field names whose stored value is shown as not confirmed."),
    )
    ce_citation = models.CharField(_("CE rule citation"), max_length=200, blank=True)
    ce_source_url = models.URLField(_("CE rule URL"), blank=True)

    # The rule's words in Spanish (issue 15), for Spanish pages; empty shows the English text,
    # marked as English. Longer than the English fields: Spanish runs about a quarter longer.
    education_es = models.CharField(_("education minimum (Spanish)"), max_length=400, blank=True)
    ce_topics_es = models.CharField(_("required CE topics (Spanish)"), max_length=400, blank=True)
    practice_limits_es = models.CharField(
        _("where they may practise (Spanish)"), max_length=400, blank=True
    )
    notes_es = models.TextField(_("notes (Spanish)"), blank=True)

    objects = StateRuleQuerySet.as_manager()

    class Meta:
        ordering = ["state", "tier_order"]
        constraints = [
            models.UniqueConstraint(fields=["state", "tier_order"], name="unique_state_tier")
        ]
        db_table = "candidates_staterule"  # Moved from candidates; the table kept its name.
        verbose_name = _("state rule")
        verbose_name_plural = _("state rules")

    def __str__(self):
        return f"{self.get_state_display()} — {self.official_title}"

    def clean(self):
        if self.verified_on and self.verified_on > timezone.localdate():
            raise ValidationError(
                {"verified_on": _("The verified-on date cannot be in the future.")}
            )
        unknown = set(self.applies_in_settings or ()) - {value for value, _label in Setting.choices}
        if unknown:
            raise ValidationError(
                {"applies_in_settings": _("Unknown setting: %s.") % ", ".join(sorted(unknown))}
            )

    @property
    def is_confirmed(self) -> bool:
        return self.confidence == Confidence.CONFIRMED and self.verified_on is not None

    def is_unconfirmed(self, field: str) -> bool:
        """Whether ``field``'s stored value is to be shown as not confirmed."""
        return not self.is_confirmed or field in (self.unconfirmed_facts or ())

    def text(self, field: str, language: str | None = None) -> RuleText:
        """The rule's ``field`` (one of ``TRANSLATED_FIELDS``) in ``language`` (default: the
        active one), falling back to the English text, which then says ``lang="en"``."""
        return rule_text(self, field, language)

    @property
    def texts(self) -> dict[str, RuleText]:
        """Each of the rule's own words in the active language, for templates."""
        return {field: self.text(field) for field in TRANSLATED_FIELDS}


def for_state(state: str) -> list[StateRule]:
    """The verified tiers of one state's rule, entry tier first (empty when none is stored)."""
    return list(StateRule.objects.verified().filter(state=state.upper()))


def state_page_path(state: str) -> str:
    """Where the state's requirements page lives (the CMS gives each state page this slug)."""
    return f"/states/{state.lower()}/"
