"""Demo data never in production: seed_demo refuses with DEBUG off unless told explicitly."""

import io
import random

import pytest
from django.core.management import CommandError, call_command

from accounts import demo
from accounts.factories import DEFAULT_PASSWORD
from accounts.models import User
from cms.management.commands import seed_demo

pytestmark = pytest.mark.django_db


def test_seed_demo_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--i-know-this-is-production"):
        call_command("seed_demo", stdout=io.StringIO())
    assert not User.objects.exists()


def test_with_the_flag_no_staff_account_gets_the_published_password(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setattr(seed_demo, "STEPS", ["accounts.demo"])
    out = io.StringIO()
    call_command("seed_demo", "--i-know-this-is-production", stdout=out)
    admin = User.objects.get(email=demo.ADMIN_EMAIL)
    assert admin.is_superuser
    assert not admin.check_password(DEFAULT_PASSWORD)
    for user in User.objects.all():
        assert not user.check_password(DEFAULT_PASSWORD), user.email
    printed = out.getvalue()
    assert DEFAULT_PASSWORD not in printed
    # The random password is shown once, and it works.
    line = next(line for line in printed.splitlines() if "(superuser)" in line)
    password = line.split(" / ")[1].split()[0]
    assert admin.check_password(password)

    again = io.StringIO()
    call_command("seed_demo", "--i-know-this-is-production", stdout=again)
    assert password not in again.getvalue()  # printed once, never again


def test_in_development_the_demo_keeps_its_published_password(settings):
    settings.DEBUG = True
    demo.seed(size=1, rng=random.Random(1), out=io.StringIO())
    assert User.objects.get(email=demo.ADMIN_EMAIL).check_password(DEFAULT_PASSWORD)
