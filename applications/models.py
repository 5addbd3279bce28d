"""Applications and their pipeline, plus saved jobs.

The allowed status changes live in one table, ``TRANSITIONS``: for each status, the statuses
it may move to and which side (candidate or employer) may make that move.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from employers.access import is_member
from jobs.models import Job, ScreeningQuestion
from pharmacy.eligibility import Verdict

from .saved_marks import SavedJobMark, SavedJobQuerySet


class TransitionRefused(Exception):
    """A status change the pipeline does not allow; ``status`` is the HTTP answer (400/403)."""

    def __init__(self, message: str, *, status: int = 400):
        super().__init__(message)
        self.message, self.status = message, status


class Side(models.TextChoices):
    CANDIDATE = "candidate", _("Candidate")
    EMPLOYER = "employer", _("Employer")


class ApplicationQuerySet(models.QuerySet):
    def for_candidate(self, user):
        return self.filter(candidate=user)

    def for_member(self, user):
        """Applications to jobs of the organisation ``user`` belongs to."""
        return self.filter(job__organisation__memberships__user=user)

    def open(self):
        return self.filter(status__in=Application.OPEN_STATUSES)

    def meeting_requirements(self):
        return self.filter(verdict__in=[Verdict.ELIGIBLE, Verdict.ELIGIBLE_WITH_CONDITIONS])


class Application(models.Model):
    """One candidate's application to one job, with what they sent and how they matched."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        REVIEWING = "reviewing", _("Reviewing")
        INTERVIEWING = "interviewing", _("Interviewing")
        OFFERED = "offered", _("Offered")
        HIRED = "hired", _("Hired")
        REJECTED = "rejected", _("Not selected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="applications")
    # Null once the candidate deletes their account: the anonymised record stays.
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
    )
    # PROTECT: the employer keeps the file they were sent even if the candidate removes it
    # from their list (it is archived instead); account deletion detaches it first.
    resume = models.ForeignKey(
        "candidates.Resume",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="applications",
    )
    cover_letter = models.TextField(_("cover letter"), blank=True)
    profile_snapshot = models.JSONField(default=dict)
    credentials_snapshot = models.JSONField(default=list)
    eligibility_snapshot = models.JSONField(default=dict)
    verdict = models.CharField(
        _("match"), max_length=30, choices=Verdict, default=Verdict.NOT_ELIGIBLE.value
    )
    # Space-delimited requirement keys the candidate satisfied on the day (see
    # eligibility.satisfied_keys): filterable with a plain substring match on any database.
    credential_keys = models.TextField(default=" ", editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.SUBMITTED)
    knockout_failed = models.BooleanField(_("failed a knock-out question"), default=False)
    rejection_reason = models.TextField(_("reason given to the candidate"), blank=True)
    created_at = models.DateTimeField(_("applied"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    OPEN_STATUSES = (
        Status.SUBMITTED,
        Status.REVIEWING,
        Status.INTERVIEWING,
        Status.OFFERED,
    )
    TRANSITIONS: dict[str, dict[str, str]] = {
        Status.SUBMITTED: {
            Status.REVIEWING: Side.EMPLOYER,
            Status.REJECTED: Side.EMPLOYER,
            Status.WITHDRAWN: Side.CANDIDATE,
        },
        Status.REVIEWING: {
            Status.INTERVIEWING: Side.EMPLOYER,
            Status.REJECTED: Side.EMPLOYER,
            Status.WITHDRAWN: Side.CANDIDATE,
        },
        Status.INTERVIEWING: {
            Status.OFFERED: Side.EMPLOYER,
            Status.REJECTED: Side.EMPLOYER,
            Status.WITHDRAWN: Side.CANDIDATE,
        },
        Status.OFFERED: {
            Status.HIRED: Side.EMPLOYER,
            Status.REJECTED: Side.EMPLOYER,
            Status.WITHDRAWN: Side.CANDIDATE,
        },
        Status.HIRED: {},
        Status.REJECTED: {},
        Status.WITHDRAWN: {},
    }

    class Meta:
        db_table = "jobs_application"  # Moved from jobs; the table kept its name.
        ordering = ["-created_at", "-pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                fields=["job", "candidate"],
                name="one_application_per_candidate_per_job",
                violation_error_message=_("You already applied to this job."),
            )
        ]
        indexes = [models.Index(fields=["job", "status"])]

    def __str__(self):
        return f"{self.applicant_name} → {self.job.title}"

    def get_absolute_url(self):
        return reverse("applications:my_application", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_anonymised(self) -> bool:
        return self.candidate_id is None

    @property
    def applicant_name(self) -> str:
        if self.is_anonymised:
            return str(_("Anonymised applicant"))
        return self.profile_snapshot.get("name") or self.profile_snapshot.get("email", "")

    @property
    def meets_requirements(self) -> bool:
        return self.verdict != Verdict.NOT_ELIGIBLE

    def side_of(self, user) -> str | None:
        """Which side ``user`` is on for this application, or None for outsiders."""
        if not getattr(user, "is_authenticated", False):
            return None
        if self.candidate_id is not None and user.pk == self.candidate_id:
            return Side.CANDIDATE
        if is_member(user, self.job.organisation_id):
            return Side.EMPLOYER
        return None

    def next_statuses(self, side: str) -> list[str]:
        """Statuses ``side`` may move this application to now."""
        return [to for to, who in self.TRANSITIONS[self.status].items() if who == side]

    def move_refusal(self, status: str, *, by) -> TransitionRefused | None:
        """Why ``by`` may not move this application to ``status`` now; None if they may."""
        if status not in self.Status.values:
            return TransitionRefused(_("Unknown status."))
        side = self.side_of(by)
        if side is None:
            return TransitionRefused(_("You cannot change this application."), status=403)
        allowed = self.TRANSITIONS[self.status]
        if status not in allowed:
            return TransitionRefused(
                _("An application that is %(current)s cannot be moved to %(to)s.")
                % {
                    "current": self.get_status_display().lower(),
                    "to": self.Status(status).label.lower(),
                }
            )
        if allowed[status] != side:
            message = (
                _("Only the candidate can withdraw an application.")
                if status == self.Status.WITHDRAWN
                else _("Only the employer can move an application to %(to)s.")
                % {"to": self.Status(status).label.lower()}
            )
            return TransitionRefused(message, status=403)
        return None

    def move_to(self, status: str, *, by, reason: str = "") -> "ApplicationEvent":
        """Change status if the table allows it for ``by``'s side; records the event.

        Raises TransitionRefused (nothing changed) otherwise. Callers use
        ``application_services.application_move`` so the other side is emailed.
        """
        refusal = self.move_refusal(status, by=by)
        if refusal is not None:
            raise refusal
        side = self.side_of(by)
        from_status = self.status
        self.status = status
        if status == self.Status.REJECTED:
            self.rejection_reason = reason
        self.save(update_fields=["status", "rejection_reason", "updated_at"])
        return self.events.create(
            actor=by, side=side, from_status=from_status, to_status=status, reason=reason
        )


class ApplicationAnswer(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(
        ScreeningQuestion, null=True, on_delete=models.SET_NULL, related_name="answers"
    )
    # The question as it was asked: the employer may edit or delete it later.
    question_text = models.CharField(max_length=300)
    answer = models.TextField(blank=True)
    is_knockout_fail = models.BooleanField(default=False)

    class Meta:
        db_table = "jobs_applicationanswer"  # Moved from jobs; the table kept its name.
        ordering = ["pk"]

    def __str__(self):
        return f"{self.question_text}: {self.answer}"

    @property
    def answer_label(self) -> str:
        labels = dict(ScreeningQuestion.Answer.choices)
        return str(labels.get(self.answer, self.answer))


class ApplicationEvent(models.Model):
    """One status change: who, when, from, to (and the reason, if any)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    side = models.CharField(max_length=10, choices=Side)
    from_status = models.CharField(max_length=20, choices=Application.Status, blank=True)
    to_status = models.CharField(max_length=20, choices=Application.Status)
    reason = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "jobs_applicationevent"  # Moved from jobs; the table kept its name.
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.from_status or '—'} → {self.to_status}"


class ApplicationNote(models.Model):
    """A note the organisation keeps about an application; never shown to the candidate."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "jobs_applicationnote"  # Moved from jobs; the table kept its name.
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:50]


class SavedJob(models.Model):
    """A job a person keeps for later; ``SavedJob.objects.with_mark()`` says how it stands."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_jobs"
    )
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="saved_by")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SavedJobQuerySet.as_manager()

    class Meta:
        db_table = "jobs_savedjob"  # Moved from jobs; the table kept its name.
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "job"], name="save_job_once"),
        ]

    def __str__(self):
        return f"{self.user} ★ {self.job}"


class SavedJobNotice(models.Model):
    """An email that told the person who saved a job how it changed: at most one per saved job
    and kind, so a second run of the notices task tells nobody twice."""

    saved_job = models.ForeignKey(SavedJob, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=10, choices=SavedJobMark.notice_choices())
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["saved_job", "kind"], name="one_notice_per_kind"),
        ]

    def __str__(self):
        return f"{self.saved_job} · {self.kind}"


class ResumeDownload(models.Model):
    """Someone other than its owner downloaded a résumé: who, for which organisation, when.

    The candidate sees these on their résumés page. The row outlives the downloader's account
    (``downloaded_by`` becomes empty, the organisation stays) and goes with the résumé.
    """

    resume = models.ForeignKey(
        "candidates.Resume", on_delete=models.CASCADE, related_name="downloads"
    )
    downloaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        "employers.Organisation", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("résumé download")
        verbose_name_plural = _("résumé downloads")

    def __str__(self):
        return f"{self.resume} ↓ {self.downloaded_by or '—'}"
