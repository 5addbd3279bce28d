from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class ScreeningQuestion(models.Model):
    """A question applicants answer; a knock-out answer screens them out."""

    class Kind(models.TextChoices):
        YES_NO = "yes_no", _("Yes / no")
        SHORT_TEXT = "short_text", _("Short text")

    class Answer(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")

    job = models.ForeignKey(
        "jobs.Job", on_delete=models.CASCADE, related_name="screening_questions"
    )
    text = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("answer type"), max_length=20, choices=Kind, default=Kind.YES_NO)
    knockout_answer = models.CharField(
        _("knock-out answer"),
        max_length=3,
        choices=Answer,
        blank=True,
        help_text=_("Yes/no questions only: applicants who give this answer are screened out."),
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("screening question")
        verbose_name_plural = _("screening questions")

    def __str__(self):
        return self.text

    def clean(self):
        if self.knockout_answer and self.kind != self.Kind.YES_NO:
            raise ValidationError(
                {"knockout_answer": _("Only a yes/no question can have a knock-out answer.")}
            )

    def is_knocked_out_by(self, answer: str) -> bool:
        return bool(self.knockout_answer) and answer == self.knockout_answer
