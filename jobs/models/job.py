from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from candidates import eligibility
from candidates.credentials import REQUIREMENT_CHOICES, US_STATES
from candidates.vocabulary import Education, PayUnit, Setting
from employers.models import Organisation


class JobQuerySet(models.QuerySet):
    def visible(self):
        """The one definition of "public": every list, feed, sitemap and the indexer use it."""
        now = timezone.now()
        return self.filter(
            status=Job.Status.PUBLISHED,
            expires_at__gt=now,
            hidden_by_reports=False,
        ).exclude(organisation__verification=Organisation.Verification.REJECTED)

    def for_organisation(self, organisation):
        return self.filter(organisation=organisation)

    def with_public_relations(self):
        return self.select_related("organisation").prefetch_related("requirements")


class Job(models.Model):
    """An opening posted by an organisation. Status changes only through the methods below."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING_REVIEW = "pending", _("Pending review")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed (filled)")
        EXPIRED = "expired", _("Expired")

    class Workplace(models.TextChoices):
        ONSITE = "onsite", _("On site")
        HYBRID = "hybrid", _("Hybrid")
        REMOTE = "remote", _("Remote")

    class ExperienceLevel(models.TextChoices):
        REQUIRED = "required", _("Required")
        PREFERRED = "preferred", _("Preferred")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="jobs")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("job title"), max_length=200)
    description = models.TextField(_("description"), help_text=_("Sanitised HTML."))
    setting = models.CharField(_("practice setting"), max_length=40, choices=Setting)
    employment_types = models.JSONField(_("employment types"), default=list)
    shifts = models.JSONField(_("shifts"), default=list, blank=True)
    duties = models.JSONField(_("duties"), default=list, blank=True)
    benefits = models.JSONField(_("benefits"), default=list, blank=True)

    workplace = models.CharField(
        _("workplace"), max_length=10, choices=Workplace, default=Workplace.ONSITE
    )
    street = models.CharField(_("street address"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    state = models.CharField(_("state"), max_length=2, choices=US_STATES)
    zip_code = models.CharField(_("ZIP code"), max_length=5, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    remote_states = models.JSONField(_("states applicants must live in"), default=list, blank=True)

    pay_min = models.DecimalField(
        _("minimum pay"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    pay_max = models.DecimalField(
        _("maximum pay"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    pay_unit = models.CharField(_("pay unit"), max_length=4, choices=PayUnit, default=PayUnit.HOUR)
    # Stored normalised to hourly (2,080 h/yr) so jobs compare and filter on one scale.
    pay_min_hourly = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    pay_max_hourly = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)

    state_credential = models.CharField(
        _("state registration / licence"),
        max_length=20,
        choices=[(p.value, p.label) for p in eligibility.StatePolicy],
        default=eligibility.StatePolicy.REQUIRED.value,
    )
    education_minimum = models.CharField(
        _("education minimum"), max_length=20, choices=Education, default=Education.HIGH_SCHOOL
    )
    experience_months = models.PositiveSmallIntegerField(_("months of experience"), default=0)
    experience_level = models.CharField(
        max_length=10, choices=ExperienceLevel, default=ExperienceLevel.PREFERRED
    )
    standing_required = models.BooleanField(_("standing for long periods"), default=True)
    lifting_lb = models.PositiveSmallIntegerField(_("lifting (lb)"), null=True, blank=True)
    openings = models.PositiveSmallIntegerField(_("number of openings"), default=1)
    apply_url = models.URLField(
        _("external application URL"),
        blank=True,
        help_text=_("Leave empty to receive applications on RxTech Careers."),
    )

    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT)
    hold_reasons = models.JSONField(default=list, blank=True)
    hidden_by_reports = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    view_count = models.PositiveIntegerField(default=0)
    # Set when a search-index update failed; search_check --fix and the reindex clear it.
    needs_index_sync = models.BooleanField(default=False)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        indexes = [
            models.Index(fields=["status", "expires_at"]),
            models.Index(fields=["state", "setting"]),
        ]

    def __str__(self):
        return f"{self.title} — {self.organisation}"

    def get_absolute_url(self):
        return reverse("jobs:detail", kwargs={"pk": self.pk})

    def credential_requirements(self) -> list[eligibility.Requirement]:
        return [r.as_requirement() for r in self.requirements.all()]

    def state_requirement(self) -> eligibility.StateRequirement | None:
        policy = eligibility.StatePolicy(self.state_credential)
        if policy == eligibility.StatePolicy.NOT_REQUIRED:
            return None
        return eligibility.StateRequirement(state=self.state, policy=policy)


class JobRequirement(models.Model):
    """One credential a job asks for: a code or the national-certification group."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="requirements")
    code = models.CharField(_("credential"), max_length=40, choices=REQUIREMENT_CHOICES)
    level = models.CharField(
        _("level"),
        max_length=10,
        choices=[(lvl.value, lvl.label) for lvl in eligibility.Level],
        default=eligibility.Level.REQUIRED.value,
    )
    within_days = models.PositiveSmallIntegerField(
        _("within N days of hire"), null=True, blank=True
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "code"], name="unique_job_requirement")
        ]

    def __str__(self):
        return f"{self.code} ({self.level})"

    def as_requirement(self) -> eligibility.Requirement:
        return eligibility.Requirement(
            code=self.code, level=eligibility.Level(self.level), within_days=self.within_days
        )
