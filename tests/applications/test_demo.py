"""seed_demo's candidate and application steps: realistic, every status, idempotent."""

import io
import random

import pytest

from accounts.factories import DEFAULT_PASSWORD
from applications import demo as demo_applications
from applications.models import Application
from candidates import demo as candidates_demo
from candidates.models import CandidateCredential, CandidateProfile
from employers.factories import MembershipFactory
from jobs.factories import PublishedJobFactory

pytestmark = pytest.mark.django_db


def test_no_jobs_is_skipped_gracefully():
    candidates_demo.seed(size=10, rng=random.Random(1), out=io.StringIO())
    assert "skipped" in demo_applications.seed(size=10, rng=random.Random(1), out=io.StringIO())


def test_candidates_and_applications_in_every_status(organisation):
    MembershipFactory(organisation=organisation)
    for state in ("TX", "CA", "OH", "NY", "WA", "PA"):
        PublishedJobFactory(organisation=organisation, state=state)
    out = io.StringIO()
    candidates_demo.seed(size=10, rng=random.Random(2026), out=out)
    assert CandidateProfile.objects.count() == 40
    assert DEFAULT_PASSWORD in out.getvalue()
    codes = {
        c.code.split("-")[0] if c.kind == "state" else c.code
        for c in CandidateCredential.objects.all()
    }
    assert {"ptcb-cpht", "nha-cpht", "state"} <= codes
    assert CandidateCredential.objects.filter(state_type="trainee").exists()
    assert len(set(CandidateProfile.objects.values_list("state", flat=True))) > 3

    demo_applications.seed(size=10, rng=random.Random(2026), out=io.StringIO())
    statuses = set(Application.objects.values_list("status", flat=True))
    assert statuses == set(Application.Status.values)

    count = Application.objects.count()
    candidates_demo.seed(size=10, rng=random.Random(7), out=io.StringIO())
    demo_applications.seed(size=10, rng=random.Random(7), out=io.StringIO())
    assert CandidateProfile.objects.count() == 40
    assert Application.objects.count() == count
