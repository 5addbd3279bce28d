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
from jobs.scam import Posting, Screening, screen
from jobs.slugs import job_slug
from jobs.zip_codes import zip_lookup
from pharmacy import eligibility
from pharmacy.credentials import requirement_choices
from pharmacy.pay import PayUnit, hourly, pay_laws_for
from pharmacy.state_law import StateLaw, state_law
from pharmacy.states import state_choices
from pharmacy.vocabulary import (
    Duty,
    Education,
    EmploymentType,
    Setting,
    Shift,
    experience_area_choices,
)

from .screening import ScreeningQuestion

# An unverified organisation may have this many jobs waiting for review at once.
UNVERIFIED_PENDING_LIMIT = 3
# The columns a status change writes (Job._save_lifecycle).
LIFECYCLE_FIELDS = [
    "status",
    "hold_reasons",
    "hidden_by_reports",
    "closing_date",
    "submitted_at",
    "published_at",
    "expires_at",
    "closed_at",
    "takedown_reason",
    "taken_down_at",
    "updated_at",
]


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


# The columns a list of jobs reads: result cards and API rows (title, employer, place, pay,
# badges, date), feeds, alerts, CMS blocks and a seeker's marks. Loading 20 jobs with these
# alone and building their rows takes 4.1 ms CPU instead of 5.9 with all 53 columns and the
# organisation's; a column left out would be loaded job by job, which the listings'
# query-count tests catch.
LISTING_FIELDS = (
    "title",
    "city",
    "state",
    "workplace",
    "remote_states",
    "pay_min",
    "pay_max",
    "pay_unit",
    "pay_min_hourly",
    "pay_max_hourly",
    "state_credential",
    "licence_states",
    "published_at",
    "organisation__name",
    "organisation__logo",
)


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

    def for_listing(self):
        """``with_public_relations()`` with only the columns a listing reads (LISTING_FIELDS)."""
        return self.with_public_relations().only(*LISTING_FIELDS)


class Job(models.Model):
    """An opening posted by an organisation. Status changes only through the methods below."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING_REVIEW = "pending", _("Pending review")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed (filled)")
        EXPIRED = "expired", _("Expired")
        # A moderator's decision: only a moderator lifts it (reinstate), never the employer.
        TAKEN_DOWN = "taken_down", _("Taken down")

    # The states a job may be marked filled or relisted from (the transitions and the buttons).
    FILLABLE = (Status.PUBLISHED, Status.EXPIRED)
    RENEWABLE = (Status.EXPIRED, Status.CLOSED)

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
    takedown_reason = models.TextField(_("reason for the take-down"), blank=True)
    taken_down_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    view_count = models.PositiveIntegerField(default=0)
    # Set when a search-index update failed; search_check --fix and the reindex clear it.
    needs_index_sync = models.BooleanField(default=False)

    # Domain fidelity (issue 12): the state's floor and what postings really ask -------------
    # What the posting said when the state's law required more (empty when it did not): the
    # job is shown at the floor, and its owners see the flag until they edit the job.
    state_floor_raised_from = models.CharField(
        _("state credential as posted"),
        max_length=20,
        choices=eligibility.StatePolicy,
        blank=True,
    )
    # More states whose credential the technician must hold (remote or mail-order work for
    # patients in several states); each is checked like the job's own state.
    licence_states = models.JSONField(
        _("also needs a credential from these states"), default=list, blank=True
    )
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    background_check = models.BooleanField(_("background check"), default=False)
    drug_screen = models.BooleanField(_("drug screen"), default=False)
    bilingual_spanish = models.CharField(
        _("bilingual Spanish"), max_length=10, choices=eligibility.Level, blank=True
    )
    cpr_bls = models.CharField(
        _("CPR / BLS certification"), max_length=10, choices=eligibility.Level, blank=True
    )
    experience_in = models.CharField(
        _("experience in"),
        max_length=40,
        blank=True,
        choices=experience_area_choices,
        help_text=_("A setting or duty the months of experience must be in (optional)."),
    )

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
        if kwargs.get("update_fields") is None:
            self.apply_state_floor()
            self._state_law_cache = None  # Read again when next shown.
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("jobs:detail", kwargs={"pk": self.pk, "slug": job_slug(self.title)})

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

    # The state's law (issue 12) ----------------------------------------------------------

    def state_law(self) -> StateLaw:
        """The law of the job's state for its setting, today (read once per instance)."""
        key = (self.state, self.setting)
        cached = getattr(self, "_state_law_cache", None)
        if cached is None or cached[0] != key:
            cached = (key, state_law(self.state, self.setting))
            self._state_law_cache = cached
        return cached[1]

    def apply_state_floor(self) -> bool:
        """Raise the state policy to what the state's law allows; True when it changed.

        The form refuses a posting below the floor, so this only catches other ways in
        (admin, imports, demo data, a rule confirmed after posting) and records the flag.
        """
        if not self.state:
            return False
        # Read afresh, not from the instance cache: a rule may have changed since.
        self._state_law_cache = None
        raised = self.state_law().raised(self.state_credential)
        if raised == self.state_credential:
            return False
        self.state_floor_raised_from = self.state_floor_raised_from or self.state_credential
        self.state_credential = raised.value
        return True

    @property
    def is_below_state_floor(self) -> bool:
        """Posted below the state's law and shown at the floor: its owners are told."""
        return bool(self.state_floor_raised_from)

    def state_law_note(self) -> str:
        """What the state's confirmed law asks of this job, in words ("" when unconfirmed)."""
        law = self.state_law()
        return presentation.state_floor_note(law) if law.confirmed else ""

    def pay_laws(self) -> list:
        """The pay-transparency laws of the job's state and of the states it is open to."""
        return pay_laws_for({self.state, *(self.remote_states or ())} - {""})

    def pay_law_note(self) -> str:
        return presentation.pay_law_note(self.pay_laws())

    def extra_requirements(self) -> list[presentation.ExtraRequirement]:
        return presentation.extra_requirements(self)

    def state_requirements(self) -> list[eligibility.StateRequirement]:
        """The job's state requirement, then one per extra licence state (remote work)."""
        own = self.state_requirement()
        extra = [
            eligibility.StateRequirement(state=state, policy=eligibility.StatePolicy.REQUIRED)
            for state in self.licence_states
            if state != self.state
        ]
        return [own, *extra] if own else extra

    def state_requirement(self) -> eligibility.StateRequirement | None:
        policy = eligibility.StatePolicy(self.state_credential)
        if policy == eligibility.StatePolicy.NOT_REQUIRED:
            return None
        title = ""
        if getattr(self, "_state_law_cache", None) is not None or self.pk:
            title = self.state_law().technician_title
        return eligibility.StateRequirement(state=self.state, policy=policy, title=title)

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
    def is_removed(self) -> bool:
        """Removed from public view by a decision (take-down, rejected organisation) or by
        reports awaiting one: the public page answers 410 and shows nothing of the job."""
        return (
            self.status == self.Status.TAKEN_DOWN
            or self.hidden_by_reports
            or self.organisation.verification == Organisation.Verification.REJECTED
        )

    @property
    def is_editable(self) -> bool:
        return self.status not in (self.Status.CLOSED, self.Status.TAKEN_DOWN)

    # What the employer may do with the job now: the transitions below check the same states,
    # and the job's action buttons ask these, so a button shows only where its step applies.
    @property
    def can_be_submitted(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def can_be_marked_filled(self) -> bool:
        return self.status in self.FILLABLE

    @property
    def can_be_renewed(self) -> bool:
        return self.status in self.RENEWABLE

    @property
    def can_be_duplicated(self) -> bool:
        return self.status != self.Status.TAKEN_DOWN

    @property
    def can_be_deleted(self) -> bool:
        return self.status == self.Status.DRAFT

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

    def scam_screening(self) -> Screening:
        """The scam screen's verdict on the posting as it stands (``jobs.scam``)."""
        poster = self.created_by.email if self.created_by_id and self.created_by else ""
        return screen(
            Posting(
                title=self.title,
                text=self.scam_text(),
                pay_max_hourly=self.pay_max_hourly,
                organisation=self.organisation.name,
                contact_emails=(poster,) if poster else (),
            )
        )

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
        self.hold_reasons = self.scam_screening().hold_reasons()
        if self.hold_reasons or not self.organisation.is_verified:
            self.status = self.Status.PENDING_REVIEW
            self._save_lifecycle()
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
        self._save_lifecycle()

    def hold(self, reasons: list[str]):
        """Take a live job back to review (an edit added scam signals)."""
        self._require_status(self.Status.PUBLISHED, _("Only a published job can be held."))
        self.status = self.Status.PENDING_REVIEW
        self.hold_reasons = list(reasons)
        self._save_lifecycle()

    def mark_filled(self, *, now=None):
        """Close a published (or expired) job because the opening is filled. A job still in
        review was never seen by applicants, so there is nothing to fill yet."""
        self._require_status(
            self.FILLABLE, _("Only a published or expired job can be marked filled.")
        )
        self.status = self.Status.CLOSED
        self.closed_at = now or timezone.now()
        self._save_lifecycle()

    close = mark_filled

    def expire(self, *, now=None):
        self._require_status(self.Status.PUBLISHED, _("Only a published job can expire."))
        self.status = self.Status.EXPIRED
        self.closed_at = now or timezone.now()
        self._save_lifecycle()

    def take_down(self, *, reason: str, now=None):
        """A moderator removes the job from public view for good, with a reason the employer
        is told. Renew, relist, duplicate and edit refuse it; only ``reinstate()`` lifts it."""
        reason = (reason or "").strip()
        if not reason:
            raise JobActionRefused(_("Give a reason for the take-down: the employer is told."))
        self._require_status(
            (
                self.Status.PENDING_REVIEW,
                self.Status.PUBLISHED,
                self.Status.CLOSED,
                self.Status.EXPIRED,
            ),
            _("Only a submitted job can be taken down; this one is %(status)s.")
            % {"status": self.get_status_display().lower()},
        )
        now = now or timezone.now()
        self.status = self.Status.TAKEN_DOWN
        self.takedown_reason = reason
        self.taken_down_at = now
        self.closed_at = self.closed_at or now
        self.hidden_by_reports = False
        self._save_lifecycle()

    def reinstate(self, *, now=None):
        """A moderator lifts a take-down: the job is reviewed again (published at once when
        its organisation is verified, else when it is)."""
        self._require_status(self.Status.TAKEN_DOWN, _("Only a taken-down job can be reinstated."))
        self.status = self.Status.PENDING_REVIEW
        self.hold_reasons = []
        self.takedown_reason = ""
        self.taken_down_at = None
        self.closing_date = None
        if self.organisation.is_verified:
            self.publish(now=now)
        else:
            self._save_lifecycle()

    def renew(self, *, now=None):
        """Relist an expired or closed job with a fresh expiry (review rules apply again)."""
        now = now or timezone.now()
        self._require_status(self.RENEWABLE, _("Only an expired or closed job can be relisted."))
        self.closing_date = None
        self.status = self.Status.DRAFT
        self.submit(now=now)

    def duplicate(self, *, by=None) -> "Job":
        """A new draft with the same content, requirements and screening questions."""
        self._refuse_if_taken_down()
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
            copy.takedown_reason = ""
            copy.taken_down_at = None
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
            self._refuse_if_taken_down()
            raise JobActionRefused(message)

    def _refuse_if_taken_down(self):
        if self.status == self.Status.TAKEN_DOWN:
            raise JobActionRefused(
                _("A moderator took this job down; only a moderator can bring it back.")
            )

    def _save_lifecycle(self):
        # Only the lifecycle columns: a status change never rewrites content an edit saved
        # meanwhile, and (with the row lock the services take) never reads a stale status.
        if self._state.adding:
            self.save()
        else:
            self.save(update_fields=LIFECYCLE_FIELDS)

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
