"""Demo people of every role (password for all: see DEFAULT_PASSWORD)."""

import secrets

from django.conf import settings

from .factories import (
    DEFAULT_PASSWORD,
    CounsellorFactory,
    EmployerUserFactory,
    JobSeekerFactory,
    ModeratorFactory,
)
from .models import User

DEMO_PEOPLE = [
    (JobSeekerFactory, "seeker@demo.rxtech.example", "Maria Lopez"),
    (EmployerUserFactory, "employer@demo.rxtech.example", "Dana Whitfield"),
    (ModeratorFactory, "moderator@demo.rxtech.example", "Sam Okafor"),
    (CounsellorFactory, "counsellor@demo.rxtech.example", "Priya Natarajan, CPhT, CPTEd"),
]

ADMIN_EMAIL = "admin@demo.rxtech.example"


def seed(*, size, rng, out):
    # With DEBUG off (seed_demo --i-know-this-is-production) no account of this step gets the
    # published password: one random password, shown once, for the accounts created now.
    password = DEFAULT_PASSWORD if settings.DEBUG else secrets.token_urlsafe(18)
    created = 0
    for factory, email, name in DEMO_PEOPLE:
        if User.objects.filter(email=email).exists():
            out.write(f"    {email} (exists; password unchanged)")
            continue
        person = factory(email=email, full_name=name)
        if password != DEFAULT_PASSWORD:
            person.set_password(password)
            person.save(update_fields=["password"])
        created += 1
        out.write(f"    {email} / {password}")
    if User.objects.filter(email=ADMIN_EMAIL).exists():
        out.write(f"    {ADMIN_EMAIL} (superuser; exists, password unchanged)")
    else:
        User.objects.create_superuser(ADMIN_EMAIL, password)
        created += 1
        out.write(f"    {ADMIN_EMAIL} / {password} (superuser)")
    return f"{created} people created"
