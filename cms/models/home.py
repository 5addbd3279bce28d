from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from jobs.models import Job
from pharmacy.states import state_choices
from pharmacy.vocabulary import Setting

from .. import live_jobs


class HomePage(Page):
    """The site's front page: job search, open jobs by setting, featured jobs, latest guides."""

    hero_heading = models.CharField(
        _("hero heading"), max_length=120, default="Pharmacy technician jobs you can actually take"
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        default=(
            "Search openings by setting and state, and see at a glance whether your PTCB or "
            "NHA certification and state registration meet each job's requirements."
        ),
    )
    employer_heading = models.CharField(
        _("employer call to action"), max_length=120, default="Hiring pharmacy technicians?"
    )
    employer_text = models.TextField(
        _("employer text"),
        blank=True,
        default="Post a job once and reach technicians whose credentials match it.",
    )

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.GuideIndexPage", "cms.StateRequirementsIndexPage"]

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        InlinePanel(
            "featured_jobs",
            label=_("Featured jobs"),
            max_num=6,
            help_text=_("Empty: the newest open jobs are shown."),
        ),
        MultiFieldPanel(
            [FieldPanel("employer_heading"), FieldPanel("employer_text")],
            heading=_("Employers"),
        ),
    ]

    class Meta:
        verbose_name = _("home page")

    def featured(self) -> list[Job]:
        """Editors' picks that are still open, in their order; else the newest open jobs."""
        ids = list(self.featured_jobs.values_list("job_id", flat=True))
        if ids:
            by_id = Job.objects.visible().select_related("organisation").in_bulk(ids)
            picked = [by_id[pk] for pk in ids if pk in by_id]
            if picked:
                return picked
        return live_jobs.newest(limit=6)

    def get_context(self, request, *args, **kwargs):
        from .guides import GuideIndexPage, GuidePage
        from .states import StateRequirementsIndexPage

        sections = self.get_children().live().public()

        context = super().get_context(request, *args, **kwargs)
        context.update(
            states=state_choices(),
            settings=Setting.choices,
            setting_counts=live_jobs.counts_by_setting(),
            featured_jobs=self.featured(),
            latest_guides=GuidePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-first_published_at")[:3],
            guides_index=sections.type(GuideIndexPage).first(),
            states_index=sections.type(StateRequirementsIndexPage).first(),
        )
        return context


class HomePageFeaturedJob(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_jobs")
    job = models.ForeignKey(
        Job,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The job's number, as in its address /jobs/<number>/."),
    )

    panels = [FieldPanel("job", widget=forms.NumberInput)]

    def __str__(self):
        return f"Featured job {self.job_id}"
