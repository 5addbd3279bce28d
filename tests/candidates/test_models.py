"""Profile and credential model rules."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from candidates.factories import (
    CandidateProfileFactory,
    ExpiredCredentialFactory,
    PtcbCphtFactory,
    StateCredentialFactory,
    TraineeCredentialFactory,
)
from candidates.models import CandidateCredential
from pharmacy.eligibility import CredentialStatus, Held

pytestmark = pytest.mark.django_db
today = timezone.localdate


def test_state_credential_code_and_held():
    credential = StateCredentialFactory(state="OH", state_type="state-certification")
    assert credential.code == "state-state-certification-OH"
    assert credential.as_held() == Held(
        "state-state-certification-OH", CredentialStatus.ACTIVE, credential.expires_on
    )


def test_expired_is_computed_from_the_date_not_stored():
    credential = PtcbCphtFactory(expires_on=today())
    assert not credential.is_expired
    assert credential.status_label == "Active"
    credential.expires_on = today() - timedelta(days=1)
    assert credential.is_expired
    assert credential.status == "active"  # what was entered stays
    assert credential.status_label == "Expired"


def test_rejected_credential_never_counts():
    credential = PtcbCphtFactory()
    credential.reject(by=None, reason="Number not found in PTCB's lookup")
    held = credential.as_held()
    assert held.rejected and held.rejection_reason == "Number not found in PTCB's lookup"
    assert not held.is_valid_on(today())
    with pytest.raises(ValueError):
        credential.reject(by=None, reason=" ")


def test_held_credentials_lists_every_credential():
    profile = CandidateProfileFactory()
    PtcbCphtFactory(profile=profile)
    ExpiredCredentialFactory(profile=profile, credential_code="nha-cpht")
    TraineeCredentialFactory(profile=profile)
    codes = sorted(h.code for h in profile.held_credentials())
    assert codes == ["nha-cpht", "ptcb-cpht", "state-trainee-TX"]


def test_kind_fields_are_enforced_by_the_database():
    profile = CandidateProfileFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        CandidateCredential.objects.create(profile=profile, kind="state", state="TX")
    with pytest.raises(IntegrityError), transaction.atomic():
        CandidateCredential.objects.create(profile=profile, kind="national")


def test_expiry_before_issue_is_invalid():
    credential = PtcbCphtFactory.build(
        profile=CandidateProfileFactory(), issued_on=today(), expires_on=today() - timedelta(1)
    )
    with pytest.raises(ValidationError):
        credential.full_clean()


def test_completeness_names_what_is_missing():
    profile = CandidateProfileFactory(headline="", city="")
    percent, missing = profile.completeness()
    assert "a headline" in missing and "a credential" in missing
    PtcbCphtFactory(profile=profile)
    assert profile.completeness()[0] > percent
