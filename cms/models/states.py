from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from pharmacy.models import StateRule, for_state
from pharmacy.states import state_choices, state_label

from .. import live_jobs, state_map
from ..blocks import BaseStreamBlock


class StateRequirementsIndexPage(Page):
    """/states/: a tile map of every state, coloured by the kind of credential it asks for."""

    intro = models.TextField(_("introduction"), blank=True)

    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.StateRequirementsPage"]

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("state requirements index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = StateRequirementsPage.objects.child_of(self).live().public()
        context["tiles"] = state_map.tiles(
            rules=StateRule.objects.verified(),
            page_urls={page.state: page.url for page in pages},
        )
        context["legend"] = state_map.LEGEND
        return context


class StateRequirementsPageForm(WagtailAdminPageForm):
    """The address is always the lowercase USPS code (/states/tx/): editors never type it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _("Set from the state: its code in lower case.")

    def clean(self):
        state = self.cleaned_data.get("state")
        if state:
            self.cleaned_data["slug"] = state.lower()
        return super().clean()


class StateRequirementsPage(Page):
    """One state's requirements: its StateRule tiers, sources, free text and open jobs."""

    # One page per state in each language (its translations share the state): checked in
    # ``clean``, as ``locale`` lives on Wagtail's page table where no constraint can reach.
    state = models.CharField(_("state"), max_length=2, choices=state_choices)
    summary = models.TextField(_("summary"), max_length=300, blank=True)
    board_name = models.CharField(_("board of pharmacy"), max_length=200, blank=True)
    board_url = models.URLField(_("board website"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["cms.StateRequirementsIndexPage"]
    subpage_types: list[str] = []
    base_form_class = StateRequirementsPageForm

    content_panels = Page.content_panels + [
        FieldPanel("state"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("board_name"), FieldPanel("board_url")], heading=_("Board")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("state"),
    ]

    class Meta:
        verbose_name = _("state requirements page")

    def clean(self):
        super().clean()
        if self.state and self.slug != self.state.lower():
            raise ValidationError(
                {
                    "slug": _("The slug must be the state's code in lower case: %s.")
                    % self.state.lower()
                }
            )
        twins = StateRequirementsPage.objects.filter(state=self.state, locale_id=self.locale_id)
        if self.state and twins.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"state": _("This language already has a page for %s.") % self.state_name}
            )
        facts = self.facts_page
        if facts.pk != self.pk and self.state != facts.state:
            raise ValidationError(
                {"state": _("A translation keeps its original page's state: %s.") % facts.state}
            )

    @property
    def state_name(self) -> str:
        return state_label(self.state)

    def get_meta_description(self) -> str:
        return (
            self.search_description
            or self.summary
            or gettext("What %(state)s asks of pharmacy technicians, with sources.")
            % {"state": self.state_name}
        )

    @property
    def facts_page(self) -> "StateRequirementsPage":
        """The page whose facts every translation shows: the default language's version (the
        one the state rules and the board were checked for), else this page. A translation
        only words the prose; its state and board come from here, so they cannot drift."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        facts, default = self.facts_page, Locale.get_default()
        rules = for_state(facts.state)
        criteria = live_jobs.Criteria(state=(facts.state,))
        jobs, total = live_jobs.open_jobs(criteria, limit=10)
        context.update(
            rules=rules,
            sources=_sources(rules),
            last_verified=max((rule.verified_on for rule in rules), default=None),
            jobs=jobs,
            job_total=total,
            search_url=criteria.search_url(),
            board=facts,
            # The rules' official titles and the board's name are English names on every page
            # (the rules' other words come in the page's language: StateRule.texts).
            rules_lang="" if self.locale_id == default.pk else default.language_code,
        )
        return context


def _sources(rules) -> list[tuple[str, str]]:
    """Distinct (URL, citation) pairs, in tier order."""
    seen: dict[str, str] = {}
    for rule in rules:
        seen.setdefault(rule.source_url, rule.source_citation)
    return list(seen.items())
