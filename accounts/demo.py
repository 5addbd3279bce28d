"""Demo people of every role (password for all: see DEFAULT_PASSWORD)."""

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


def seed(*, size, rng, out):
    created = 0
    for factory, email, name in DEMO_PEOPLE:
        if not User.objects.filter(email=email).exists():
            factory(email=email, full_name=name)
            created += 1
        out.write(f"    {email} / {DEFAULT_PASSWORD}")
    if not User.objects.filter(email="admin@demo.rxtech.example").exists():
        User.objects.create_superuser("admin@demo.rxtech.example", DEFAULT_PASSWORD)
        created += 1
    out.write(f"    admin@demo.rxtech.example / {DEFAULT_PASSWORD} (superuser)")
    return f"{created} people created"
