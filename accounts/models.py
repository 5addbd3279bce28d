from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _


def language_choices():
    return settings.LANGUAGES


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with their email address."""

    class Role(models.TextChoices):
        JOB_SEEKER = "job_seeker", _("I'm looking for a job")
        EMPLOYER = "employer", _("I'm hiring")
        STAFF = "staff", _("Staff")

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # Chosen at sign-up or with the language switcher; every email to the person uses it.
    language = models.CharField(
        _("language"), max_length=10, choices=language_choices, default="en"
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.email

    def get_absolute_url(self):
        return reverse("accounts:home")

    # Wagtail's admin shows these.
    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def is_job_seeker(self) -> bool:
        return self.role == self.Role.JOB_SEEKER

    @property
    def is_employer(self) -> bool:
        return self.role == self.Role.EMPLOYER

    @cached_property
    def group_names(self) -> frozenset[str]:
        """The person's groups, read once per instance: ``request.user`` is one per request,
        so the role check, the header's role menu and its admin link share one query."""
        return frozenset(self.groups.values_list("name", flat=True))

    @property
    def is_moderator(self) -> bool:
        return self.is_superuser or MODERATORS in self.group_names

    @property
    def is_counsellor(self) -> bool:
        return COUNSELLORS in self.group_names


MODERATORS = "Moderators"
COUNSELLORS = "Career counsellors"
