"""Wagtail admin: the state rules that counsellors keep up to date."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pharmacy.models import StateRule


class StateRuleViewSet(SnippetViewSet):
    model = StateRule
    icon = "doc-full-inverse"
    menu_label = _("State rules")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["state", "official_title", "credential_type", "confidence", "verified_on"]
    list_filter = ["state", "credential_type"]
    search_fields = ["official_title", "state", "source_citation"]
    ordering = ["state", "tier_order"]

    panels = [
        FieldRowPanel([FieldPanel("state"), FieldPanel("tier_order")]),
        FieldPanel("official_title"),
        FieldRowPanel([FieldPanel("credential_type"), FieldPanel("national_certification")]),
        FieldPanel("accepted_exams"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("background_check")]),
                FieldPanel("education"),
                FieldPanel("practice_limits"),
            ],
            heading=_("Eligibility"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("validity_months"),
                        FieldPanel("renewal_months"),
                        FieldPanel("renewable"),
                    ]
                ),
                FieldRowPanel([FieldPanel("ce_hours"), FieldPanel("ce_topics")]),
                FieldRowPanel([FieldPanel("ce_citation"), FieldPanel("ce_source_url")]),
            ],
            heading=_("Validity, renewal and CE"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("confidence"), FieldPanel("required_to_work")]),
                FieldRowPanel([FieldPanel("applies_in_settings"), FieldPanel("required_from")]),
                FieldPanel("unconfirmed_facts"),
            ],
            heading=_("The rule as a floor for every job in the state"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("board_name"), FieldPanel("board_url")]),
                FieldRowPanel([FieldPanel("source_url"), FieldPanel("source_citation")]),
                FieldPanel("verified_on"),
            ],
            heading=_("Board and source"),
        ),
        FieldPanel("notes"),
        MultiFieldPanel(
            [
                FieldPanel("education_es"),
                FieldRowPanel([FieldPanel("ce_topics_es"), FieldPanel("practice_limits_es")]),
                FieldPanel("notes_es"),
            ],
            heading=_("In Spanish"),
            help_text=_(
                "The rule's words for Spanish pages, the same facts in Spanish. Leave a field "
                "empty to show the English text there, marked as English."
            ),
        ),
    ]


register_snippet(StateRuleViewSet)
