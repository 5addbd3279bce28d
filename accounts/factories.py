"""Factories for people; the tests and `seed_demo` both build from these."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from .models import COUNSELLORS, MODERATORS, User

DEFAULT_PASSWORD = "technician-demo-2026"


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    full_name = factory.Faker("name")
    password = factory.django.Password(DEFAULT_PASSWORD)

    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """Mark the email verified (allauth's mandatory verification); pass verified=False."""
        if create and extracted is not False:
            EmailAddress.objects.update_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class JobSeekerFactory(UserFactory):
    email = factory.Sequence(lambda n: f"seeker{n}@example.com")
    role = User.Role.JOB_SEEKER


class EmployerUserFactory(UserFactory):
    email = factory.Sequence(lambda n: f"hiring{n}@example.com")
    role = User.Role.EMPLOYER


def _join(group_name):
    def add_to_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=group_name))

    return factory.PostGeneration(add_to_group)


class StaffFactory(UserFactory):
    role = User.Role.STAFF
    is_staff = True


class ModeratorFactory(StaffFactory):
    email = factory.Sequence(lambda n: f"moderator{n}@example.com")
    group = _join(MODERATORS)


class CounsellorFactory(StaffFactory):
    # Counsellors work in Wagtail only: no Django admin (is_staff) access.
    email = factory.Sequence(lambda n: f"counsellor{n}@example.com")
    is_staff = False
    group = _join(COUNSELLORS)
