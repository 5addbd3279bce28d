import random
from io import StringIO

import pytest

from employers.factories import OrganisationFactory
from jobs import demo
from jobs.models import Job, JobRequirement

pytestmark = pytest.mark.django_db


def test_seed_tops_up_and_is_idempotent():
    OrganisationFactory.create_batch(3)
    out = StringIO()
    demo.seed(size=120, rng=random.Random(1), out=out)
    assert Job.objects.visible().count() == 120
    demo.seed(size=120, rng=random.Random(2), out=out)
    assert Job.objects.count() == 120
    demo.seed(size=150, rng=random.Random(3), out=out)
    assert Job.objects.visible().count() == 150

    jobs = list(Job.objects.all())
    assert len({j.setting for j in jobs}) >= 8
    assert len({j.state for j in jobs}) >= 12
    assert any(j.is_remote for j in jobs)
    assert any(j.pay_unit == "year" for j in jobs)
    for job in jobs:
        assert 16 <= job.pay_min_hourly <= job.pay_max_hourly <= 32
        if not job.is_remote:
            job.full_clean()  # real ZIP, in the job's state
    codes = set(JobRequirement.objects.values_list("code", "within_days"))
    assert ("national-certification", None) in codes
    assert ("national-certification", 90) in codes or ("national-certification", 180) in codes


def test_bulk_path(settings):
    demo.BULK_FROM, original = 10, demo.BULK_FROM
    try:
        demo.seed(size=30, rng=random.Random(1), out=StringIO())
    finally:
        demo.BULK_FROM = original
    assert Job.objects.visible().count() == 30
    assert JobRequirement.objects.exists()
