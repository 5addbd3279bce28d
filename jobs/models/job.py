from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from employers.models import Organisation
from jobs import presentation
from jobs.description_html import sanitise_description
from jobs.scam import scam_signals
from jobs.zip_codes import zip_lookup
from pharmacy import eligibility
from pharmacy.credentials import requirement_choices
from pharmacy.pay import PayUnit, hourly
from pharmacy.states import state_choices
from pharmacy.vocabulary import Duty, Education, EmploymentType, Setting, Shift

from .screening import ScreeningQuestion

# An unverified organisation may have this many jobs waiting for review at once.
UNVERIFIED_PENDING_LIMIT = 3


class JobActionRefused(Exception):
    """A lifecycle step that is not allowed now; the message is shown to the person."""


class Benefit(models.TextChoices):
    HEALTH = "health-insurance", _("Health insurance")
    DENTAL_VISION = "dental-vision", _("Dental and vision")
    RETIREMENT = "retirement", _("Retirement plan / 401(k)")
    PTO = "paid-time-off", _("Paid time off")
    CERTIFICATION_PAID = "we-pay-certification", _("We pay for your certification")
    WILL_TRAIN = "will-train", _("Will train (no experience needed)")
    TUITION = "tuition-assistance", _("Tuition assistance")
    SIGN_ON_BONUS = "sign-on-bonus", _("Sign-on bonus")
    SHIFT_DIFFERENTIAL = "shift-differential", _("Shift differential")
    EMPLOYEE_DISCOUNT = "employee-discount", _("Employee discount")


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

    def for_member(self, user):
        """Jobs of every organisation ``user`` belongs to (others' jobs are simply absent)."""
        return self.filter(organisation__memberships__user=user)

    def pending(self):
        return self.filter(status=Job.Status.PENDING_REVIEW)

    def due_to_expire(self, now=None):
        return self.filter(status=Job.Status.PUBLISHED, expires_at__lte=now or timezone.now())

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
    state = models.CharField(_("state"), max_length=2, choices=state_choices)
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
        choices=eligibility.StatePolicy,
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
    closing_date = models.DateField(
        _("closing date"),
        null=True,
        blank=True,
        help_text=_("Optional. Without one the posting runs for the standard period."),
    )

    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT)
    hold_reasons = models.JSONField(default=list, blank=True)
    hidden_by_reports = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
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
            models.Index(fields=["organisation", "submitted_at"]),
        ]

    def __str__(self):
        return f"{self.title} — {self.organisation}"

    def save(self, *args, **kwargs):
        self.description = sanitise_description(self.description)
        for name in ("pay_min", "pay_max"):
            setattr(self, name, self._meta.get_field(name).to_python(getattr(self, name)))
        self.pay_min_hourly = hourly(self.pay_min, self.pay_unit)
        self.pay_max_hourly = hourly(self.pay_max, self.pay_unit)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("jobs:detail", kwargs={"pk": self.pk})

    def clean(self):
        errors: dict[str, list] = {}
        if self.pay_min is not None and self.pay_max is not None and self.pay_min > self.pay_max:
            errors.setdefault("pay_max", []).append(
                _("The maximum pay must be at least the minimum pay.")
            )
        if not self.employment_types:
            errors.setdefault("employment_types", []).append(
                _("Choose at least one employment type.")
            )
        if self.closing_date and self.closing_date < timezone.localdate():
            errors.setdefault("closing_date", []).append(
                _("The closing date is in the past: choose today or a later date.")
            )
        self._clean_location(errors)
        if errors:
            raise ValidationError(errors)

    def _clean_location(self, errors):
        if self.zip_code:
            place = zip_lookup(self.zip_code)
            if place is None:
                errors.setdefault("zip_code", []).append(
                    _("We can't find ZIP code %(zip)s. Check the five digits.")
                    % {"zip": self.zip_code}
                )
            elif self.state and place.state != self.state:
                errors.setdefault("zip_code", []).append(
                    _("ZIP code %(zip)s is in %(zip_state)s, not %(state)s.")
                    % {"zip": self.zip_code, "zip_state": place.state, "state": self.state}
                )
            else:
                self.city = self.city or place.city
                self.latitude, self.longitude = place.latitude, place.longitude
        elif self.workplace != self.Workplace.REMOTE:
            errors.setdefault("zip_code", []).append(
                _("Enter the ZIP code of the workplace (remote jobs need none).")
            )
        else:
            self.latitude = self.longitude = None
        if self.workplace != self.Workplace.ONSITE and not self.remote_states and self.state:
            self.remote_states = [self.state]

    # Reading -------------------------------------------------------------------------------

    def credential_requirements(self) -> list[eligibility.Requirement]:
        return [r.as_requirement() for r in self.requirements.all()]

    def state_requirement(self) -> eligibility.StateRequirement | None:
        policy = eligibility.StatePolicy(self.state_credential)
        if policy == eligibility.StatePolicy.NOT_REQUIRED:
            return None
        return eligibility.StateRequirement(state=self.state, policy=policy)

    @property
    def is_visible(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.expires_at is not None
            and self.expires_at > timezone.now()
            and not self.hidden_by_reports
            and self.organisation.verification != Organisation.Verification.REJECTED
        )

    @property
    def is_editable(self) -> bool:
        return self.status != self.Status.CLOSED

    @property
    def is_remote(self) -> bool:
        return self.workplace == self.Workplace.REMOTE

    @property
    def applies_on_site(self) -> bool:
        return not self.apply_url

    @property
    def pay_label(self) -> str:
        """Pay as shown: "$18.50–$24.00 an hour", "$45,000 a year", "From …", "Up to …" or ""."""
        return presentation.pay_label(self.pay_min, self.pay_max, self.pay_unit)

    @property
    def hourly_pay_label(self) -> str:
        """The hourly equivalent of a yearly salary ("" for jobs paid by the hour)."""
        if self.pay_unit == PayUnit.HOUR:
            return ""
        return presentation.pay_label(self.pay_min_hourly, self.pay_max_hourly, PayUnit.HOUR)

    @property
    def location_label(self) -> str:
        """Where, as shown: "Houston, TX", "Houston, TX (hybrid)", "Remote (TX, OK)", "Remote"."""
        return presentation.location_label(
            workplace=self.workplace,
            city=self.city,
            state=self.state,
            remote_states=self.remote_states,
        )

    def requirement_badges(self) -> list[presentation.RequirementBadge]:
        """The credentials asked for, then the state credential (when the job asks for one)."""
        badges = [requirement.badge() for requirement in self.requirements.all()]
        state_badge = presentation.state_credential_badge(self.state, self.state_credential)
        return [*badges, state_badge] if state_badge else badges

    def scam_text(self) -> str:
        return "\n".join([self.title, self.description, self.apply_url])

    def employment_type_labels(self) -> list[str]:
        return _labels(EmploymentType, self.employment_types)

    def benefit_labels(self) -> list[str]:
        return _labels(Benefit, self.benefits)

    def duty_labels(self) -> list[str]:
        return _labels(Duty, self.duties)

    def shift_labels(self) -> list[str]:
        return _labels(Shift, self.shifts)

    # Lifecycle: draft → pending review → published → closed | expired ----------------------

    def submit(self, *, now=None):
        """Send a draft for publication: published at once, or held for review when the
        organisation is not verified yet or the text carries scam signals."""
        now = now or timezone.now()
        self._require_status(self.Status.DRAFT, _("Only a draft can be submitted."))
        self._check_posting_limits(now)
        self.submitted_at = now
        self.hold_reasons = scam_signals(self.scam_text())
        if self.hold_reasons or not self.organisation.is_verified:
            self.status = self.Status.PENDING_REVIEW
            self.save()
        else:
            self.publish(now=now)

    def publish(self, *, now=None):
        """Go live (from draft or review) until the closing date or the standard period."""
        now = now or timezone.now()
        self._require_status(
            (self.Status.DRAFT, self.Status.PENDING_REVIEW),
            _("This job is already %(status)s.") % {"status": self.get_status_display().lower()},
        )
        self.status = self.Status.PUBLISHED
        self.hold_reasons = []
        self.published_at = now
        self.expires_at = self._expiry_from(now)
        self.closed_at = None
        self.save()

    def hold(self, reasons: list[str]):
        """Take a live job back to review (an edit added scam signals)."""
        self._require_status(self.Status.PUBLISHED, _("Only a published job can be held."))
        self.status = self.Status.PENDING_REVIEW
        self.hold_reasons = list(reasons)
        self.save()

    def mark_filled(self, *, now=None):
        """Close a published (or waiting) job because the opening is filled."""
        self._require_status(
            (self.Status.PUBLISHED, self.Status.PENDING_REVIEW, self.Status.EXPIRED),
            _("Only a published, pending or expired job can be marked filled."),
        )
        self.status = self.Status.CLOSED
        self.closed_at = now or timezone.now()
        self.save()

    close = mark_filled

    def expire(self, *, now=None):
        self._require_status(self.Status.PUBLISHED, _("Only a published job can expire."))
        self.status = self.Status.EXPIRED
        self.closed_at = now or timezone.now()
        self.save()

    def renew(self, *, now=None):
        """Relist an expired or closed job with a fresh expiry (review rules apply again)."""
        now = now or timezone.now()
        self._require_status(
            (self.Status.EXPIRED, self.Status.CLOSED),
            _("Only an expired or closed job can be relisted."),
        )
        self.closing_date = None
        self.status = self.Status.DRAFT
        self.submit(now=now)

    def duplicate(self, *, by=None) -> "Job":
        """A new draft with the same content, requirements and screening questions."""
        with transaction.atomic():
            requirements = list(self.requirements.all())
            questions = list(self.screening_questions.all())
            copy = Job.objects.get(pk=self.pk)
            copy.pk = None
            copy._state.adding = True
            copy.title = f"{self.title} (copy)"[:200]
            copy.created_by = by or self.created_by
            copy.status = self.Status.DRAFT
            copy.hold_reasons = []
            copy.hidden_by_reports = False
            copy.view_count = 0
            copy.closing_date = None
            copy.submitted_at = copy.published_at = copy.expires_at = copy.closed_at = None
            copy.needs_index_sync = False
            copy.save()
            for requirement in requirements:
                requirement.pk = None
                requirement.job = copy
            JobRequirement.objects.bulk_create(requirements)
            for question in questions:
                question.pk = None
                question.job = copy
            ScreeningQuestion.objects.bulk_create(questions)
        return copy

    def _require_status(self, allowed, message):
        allowed = allowed if isinstance(allowed, tuple) else (allowed,)
        if self.status not in allowed:
            raise JobActionRefused(message)

    def _expiry_from(self, now):
        if self.closing_date and self.closing_date >= timezone.localdate(now):
            end_of_day = datetime.combine(self.closing_date, time(23, 59, 59))
            return timezone.make_aware(end_of_day)
        return now + timedelta(days=settings.JOB_EXPIRY_DAYS)

    def _check_posting_limits(self, now):
        others = Job.objects.filter(organisation_id=self.organisation_id).exclude(pk=self.pk)
        cap = settings.JOB_DAILY_POSTING_CAP
        if others.filter(submitted_at__gt=now - timedelta(days=1)).count() >= cap:
            raise JobActionRefused(
                _(
                    "Your organisation has posted %(cap)s jobs in the last 24 hours, the daily "
                    "limit. Please submit this one tomorrow."
                )
                % {"cap": cap}
            )
        if (
            not self.organisation.is_verified
            and others.pending().count() >= UNVERIFIED_PENDING_LIMIT
        ):
            raise JobActionRefused(
                _(
                    "Until your organisation is verified it can have at most %(limit)s jobs "
                    "waiting for review. They publish as soon as verification is done."
                )
                % {"limit": UNVERIFIED_PENDING_LIMIT}
            )


def _labels(choices, values) -> list[str]:
    labels = dict(choices.choices)
    return [str(labels.get(value, value)) for value in values]


class JobRequirement(models.Model):
    """One credential a job asks for: a code or the national-certification group."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="requirements")
    code = models.CharField(_("credential"), max_length=40, choices=requirement_choices)
    level = models.CharField(
        _("level"),
        max_length=10,
        choices=eligibility.Level,
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

    def clean(self):
        if self.within_days is not None and self.within_days < 1:
            raise ValidationError({"within_days": _("Enter at least 1 day, or leave it empty.")})

    def as_requirement(self) -> eligibility.Requirement:
        return eligibility.Requirement(
            code=self.code, level=eligibility.Level(self.level), within_days=self.within_days
        )

    def badge(self) -> presentation.RequirementBadge:
        return presentation.credential_badge(self.code, self.level, self.within_days)
