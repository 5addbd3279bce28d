"""The one set of StreamField blocks that guides and state pages share.

No raw-HTML block on purpose: editors get rich text limited to Wagtail's safe features.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock

from pharmacy.credentials import requirement_choices
from pharmacy.states import STATE_NAMES, state_choices
from pharmacy.vocabulary import Setting

from . import live_jobs

RICH_TEXT_FEATURES = ["bold", "italic", "h3", "h4", "ol", "ul", "link"]
INLINE_FEATURES = ["bold", "italic", "link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "cms/blocks/heading_block.html"
        description = _("A section heading; shows in the page outline.")
        preview_value = {"text": "What a pharmacy technician does", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=[("tip", _("Tip")), ("warning", _("Warning"))], default="tip")
    title = blocks.CharBlock(required=False, max_length=80)
    text = blocks.RichTextBlock(features=INLINE_FEATURES + ["ul"])

    class Meta:
        icon = "warning"
        template = "cms/blocks/callout_block.html"
        description = _("A highlighted tip or warning.")
        preview_value = {
            "kind": "tip",
            "title": "Check your state first",
            "text": "<p>State rules change: check the board's own site.</p>",
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=INLINE_FEATURES + ["ul", "ol"])


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, default="Frequently asked questions")
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "cms/blocks/faq_block.html"
        description = _("Questions and answers; search engines read them as an FAQ.")
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {
                    "question": "Do PTCB and NHA both award a CPhT?",
                    "answer": "<p>Yes: both award a credential called CPhT.</p>",
                }
            ],
        }


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=200, help_text=_("Describe the image for people who cannot see it.")
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "cms/blocks/captioned_image_block.html"
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quote_block.html"
        description = _("A short quotation with who said it.")
        preview_value = {
            "text": "Certification opened the hospital job for me.",
            "attribution": "A technician",
        }


def setting_choices() -> list[tuple[str, str]]:
    return list(Setting.choices)


class LiveJobsBlock(blocks.StructBlock):
    """A stored job search; renders the open jobs that match it today."""

    heading = blocks.CharBlock(default="Open jobs", max_length=120)
    state = blocks.MultipleChoiceBlock(
        choices=state_choices, required=False, help_text=_("Leave empty for every state.")
    )
    setting = blocks.MultipleChoiceBlock(
        choices=setting_choices, required=False, help_text=_("Leave empty for every setting.")
    )
    requires = blocks.MultipleChoiceBlock(
        choices=requirement_choices,
        required=False,
        label=_("Requires credential"),
        help_text=_("Only jobs that ask for one of these credentials."),
    )

    class Meta:
        icon = "search"
        template = "cms/blocks/live_jobs_block.html"
        description = _("The current open jobs matching a state, setting or credential.")
        preview_value = {"heading": "Open hospital jobs in Texas", "state": ["TX"]}

    def clean(self, value):
        # Say which value is wrong and what is expected, before the generic choice errors.
        errors = {}
        for name, known, hint in (
            ("state", STATE_NAMES, "a two-letter USPS code such as TX"),
            (
                "setting",
                dict(setting_choices()),
                "a practice setting such as hospital-health-system",
            ),
            ("requires", dict(requirement_choices()), "a credential code such as ptcb-cpht"),
        ):
            unknown = [v for v in (value.get(name) or []) if v not in known]
            if unknown:
                errors[name] = ValidationError(
                    _("Unknown %(field)s %(values)s: use %(hint)s.")
                    % {"field": name, "values": ", ".join(map(repr, unknown)), "hint": hint}
                )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        criteria = live_jobs.Criteria.from_block(value)
        jobs, total = live_jobs.open_jobs(criteria, limit=5)
        context.update(jobs=jobs, total=total, search_url=criteria.search_url())
        return context


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="cms/blocks/paragraph_block.html",
        description=_("Text with bold, italic, H3/H4 headings, lists and links."),
        preview_value="<p>Pharmacy technicians work under a licensed pharmacist.</p>",
    )
    callout = CalloutBlock()
    faq = FAQBlock()
    table = TableBlock(
        template="cms/blocks/table_block.html",
        description=_("A simple table with an optional header row."),
        icon="table",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    live_jobs = LiveJobsBlock()
