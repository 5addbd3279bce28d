import math

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock

WORDS_PER_MINUTE = 200


class GuideIndexPage(Page):
    """/guides/: every published guide, newest first, filterable by tag."""

    intro = models.TextField(_("introduction"), blank=True)

    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.GuidePage"]

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("guide index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = GuidePage.objects.child_of(self).live().public().order_by("-first_published_at")
        tag = request.GET.get("tag", "").strip()
        if tag:
            guides = guides.filter(tags__slug=tag)
        context.update(guides=guides, tag=tag)
        return context


class GuidePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.GuidePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class GuidePage(Page):
    """A career guide written by a counsellor."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences; also the page's meta description."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
    )
    author_name = models.CharField(_("author"), max_length=120)
    author_credentials = models.CharField(
        _("author's credentials"), max_length=120, blank=True, help_text=_('e.g. "CPhT, CPTEd"')
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=GuidePageTag, blank=True)

    parent_page_types = ["cms.GuideIndexPage"]
    subpage_types: list[str] = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("author_name"),
                FieldPanel("author_credentials"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Byline"),
        ),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("tags")]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("author_name"),
    ]

    class Meta:
        verbose_name = _("guide")

    def clean(self):
        super().clean()
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError(
                {"last_reviewed": _("The last-reviewed date cannot be in the future.")}
            )

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    @property
    def byline(self) -> str:
        if self.author_credentials:
            return f"{self.author_name}, {self.author_credentials}"
        return self.author_name

    @property
    def reading_minutes(self) -> int:
        text = " ".join(self.body.stream_block.get_searchable_content(self.body))
        words = len(text.split()) + len(self.summary.split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def faq_items(self) -> list[tuple[str, str]]:
        """(question, answer as HTML) from every FAQ block, for the FAQPage JSON-LD."""
        return [
            (item["question"], str(item["answer"]))
            for block in self.body
            if block.block_type == "faq"
            for item in block.value["items"]
        ]

    def related_guides(self, limit: int = 3):
        """Live guides sharing a tag, newest first. Read by tag name from ``tags.all()``: a
        preview or a draft's revision holds its tags in memory (a ``ClusterTaggableManager``
        answers ``all()`` but not ``values_list``)."""
        names = [tag.name for tag in self.tags.all()]
        if not names:
            return GuidePage.objects.none()
        return (
            GuidePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, tags__name__in=names)
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-first_published_at")[:limit]
        )
