"""Factories for candidate profiles and credentials; tests and `seed_demo` share them."""

from datetime import timedelta

import factory
from django.utils import timezone

from accounts.factories import JobSeekerFactory
from pharmacy.vocabulary import EmploymentType, Setting, Shift

from .models import CandidateCredential, CandidateProfile, WorkHistory


def _years_from_today(years: float):
    return timezone.localdate() + timedelta(days=round(365 * years))


class CandidateProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(JobSeekerFactory)
    headline = "Certified pharmacy technician"
    city = "Austin"
    state = "TX"
    zip_code = "78701"
    work_states = factory.LazyAttribute(lambda o: [o.state] if o.state else [])
    desired_settings = factory.LazyFunction(lambda: [Setting.COMMUNITY_RETAIL])
    desired_employment_types = factory.LazyFunction(lambda: [EmploymentType.FULL_TIME])
    desired_shifts = factory.LazyFunction(lambda: [Shift.DAY])
    years_experience = 2

    class Meta:
        model = CandidateProfile
        django_get_or_create = ["user"]


class CandidateCredentialFactory(factory.django.DjangoModelFactory):
    """An active PTCB CPhT expiring in about a year and a half."""

    profile = factory.SubFactory(CandidateProfileFactory)
    kind = CandidateCredential.Kind.NATIONAL
    credential_code = "ptcb-cpht"
    number = factory.Sequence(lambda n: f"{100000 + n}")
    status = "active"
    issued_on = factory.LazyFunction(lambda: _years_from_today(-0.5))
    expires_on = factory.LazyFunction(lambda: _years_from_today(1.5))

    class Meta:
        model = CandidateCredential


class PtcbCphtFactory(CandidateCredentialFactory):
    pass


class NhaCphtFactory(CandidateCredentialFactory):
    credential_code = "nha-cpht"


class PtcbAdvancedFactory(CandidateCredentialFactory):
    credential_code = "ptcb-cpht-adv"


class CsptFactory(CandidateCredentialFactory):
    credential_code = "ptcb-cspt"
    expires_on = factory.LazyFunction(lambda: _years_from_today(0.7))


class ExpiredCredentialFactory(CandidateCredentialFactory):
    issued_on = factory.LazyFunction(lambda: _years_from_today(-2.5))
    expires_on = factory.LazyFunction(lambda: _years_from_today(-0.5))


class StateCredentialFactory(CandidateCredentialFactory):
    """A Texas registration by default."""

    kind = CandidateCredential.Kind.STATE
    credential_code = ""
    state = "TX"
    state_type = "registration"
    state_title = "Registered Pharmacy Technician"


class TraineeCredentialFactory(StateCredentialFactory):
    state_type = "trainee"
    state_title = "Pharmacy Technician Trainee"
    expires_on = factory.LazyFunction(lambda: _years_from_today(1))


class WorkHistoryFactory(factory.django.DjangoModelFactory):
    profile = factory.SubFactory(CandidateProfileFactory)
    employer = "Neighbourhood Pharmacy"
    setting = Setting.COMMUNITY_RETAIL
    title = "Pharmacy Technician"
    started_on = factory.LazyFunction(lambda: _years_from_today(-3))
    ended_on = None

    class Meta:
        model = WorkHistory
