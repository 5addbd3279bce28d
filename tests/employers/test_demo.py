import io
import random

import pytest

from accounts import demo as accounts_demo
from employers import demo
from employers.identifiers import is_valid_npi
from employers.models import Membership, Organisation

pytestmark = pytest.mark.django_db


def run(size):
    return demo.seed(size=size, rng=random.Random(7), out=io.StringIO())


def test_seed_is_varied_valid_and_idempotent():
    accounts_demo.seed(size=300, rng=random.Random(7), out=io.StringIO())
    run(300)
    verified = Organisation.objects.filter(verification=Organisation.Verification.VERIFIED)
    assert verified.count() >= 14
    assert len({s for org in verified for s in org.practice_settings}) >= 8
    assert verified.values("hq_state").distinct().count() >= 12
    pending = Organisation.objects.filter(verification=Organisation.Verification.PENDING)
    assert pending.count() == 2
    assert pending.filter(flagged_free_mail=True).count() == 1
    for org in Organisation.objects.all():
        assert is_valid_npi(org.npi)
        org.full_clean()
        assert org.memberships.filter(role=Membership.Role.OWNER).count() == 1
    assert Membership.objects.get(user__email=demo.DEMO_EMPLOYER).organisation.name == (
        "Lone Star Community Pharmacy"
    )

    total = Organisation.objects.count()
    run(300)
    assert Organisation.objects.count() == total


def test_size_scales_the_number_of_organisations():
    run(1000)
    assert Organisation.objects.filter(verification="verified").count() == 40
    assert Organisation.objects.values("slug").distinct().count() == 42
