"""Demo candidates with realistic credential mixes (PTCB, NHA, expired, trainees, states)."""

from __future__ import annotations

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from accounts.factories import DEFAULT_PASSWORD
from pharmacy.vocabulary import EmploymentType, Setting, Shift

from .models import CandidateCredential, CandidateProfile, WorkHistory

DOMAIN = "demo.rxtech.example"
DEMO_SEEKER = f"seeker@{DOMAIN}"
# State → (the technician credential's type, its title, whether a trainee tier exists).
STATES = {
    "TX": ("registration", "Registered Pharmacy Technician", True),
    "CA": ("license", "Pharmacy Technician", False),
    "OH": ("state-certification", "Certified Pharmacy Technician", True),
    "NY": ("license", "Registered Pharmacy Technician", False),
    "WA": ("state-certification", "Pharmacy Technician", False),
    "PA": ("registration", "Pharmacy Technician", True),
    "FL": ("registration", "Registered Pharmacy Technician", False),
    "IL": ("registration", "Pharmacy Technician", True),
}
CITIES = {"TX": "Houston", "CA": "Sacramento", "OH": "Columbus", "NY": "Albany",
          "WA": "Spokane", "PA": "Pittsburgh", "FL": "Tampa", "IL": "Peoria"}  # fmt: skip
FIRST = ["Maria", "James", "Aaliyah", "Nguyen", "Sofia", "DeShawn", "Emily", "Carlos", "Priya",
         "Tyler", "Hannah", "Omar", "Grace", "Luis", "Keisha", "Ethan", "Mei"]  # fmt: skip
LAST = ["Garcia", "Johnson", "Tran", "Patel", "Williams", "Martinez", "Brown", "Kim", "Davis",
        "Lopez", "Okafor", "Nguyen", "Wilson", "Anderson", "Rivera", "Thomas"]  # fmt: skip
EMPLOYERS = ["Walgreens", "CVS Pharmacy", "H-E-B Pharmacy", "Kroger Pharmacy", "Mercy Hospital",
             "Omnicare", "Accredo", "St. Luke's Health", "Independent Drug Co."]  # fmt: skip


def target_count(size: int) -> int:
    """About 40 for the default demo, growing slowly with the job count, at most 500."""
    return min(500, max(40, size // 25))


def seed(*, size, rng, out):
    User = get_user_model()
    today = timezone.localdate()
    wanted = target_count(size)
    emails = [f"candidate{n}@{DOMAIN}" for n in range(1, wanted + 1)]
    existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    password = make_password(DEFAULT_PASSWORD)
    new_users = [
        User(
            email=email,
            full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            role=User.Role.JOB_SEEKER,
            password=password,
        )
        for email in emails
        if email not in existing
    ]
    User.objects.bulk_create(new_users)
    users = list(User.objects.filter(email__in=[u.email for u in new_users]))
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
    )
    for user in users:
        _candidate(user, rng, today)
    seeker = User.objects.filter(email=DEMO_SEEKER).first()
    if seeker and not CandidateProfile.objects.filter(user=seeker).exists():
        _candidate(seeker, rng, today, state="TX", mix="ptcb")
    out.write(f"    candidate1@{DOMAIN} … candidate{wanted}@{DOMAIN} / {DEFAULT_PASSWORD}")
    return f"{len(users)} candidates created ({wanted} demo candidates in all)"


def _candidate(user, rng, today, *, state=None, mix=None) -> CandidateProfile:
    state = state or rng.choice(list(STATES))
    years = rng.randint(0, 12)
    profile = CandidateProfile.objects.create(
        user=user,
        headline=rng.choice(
            [
                "Pharmacy technician",
                "CPhT, retail and hospital",
                "IV room technician",
                "Technician trainee",
                "Lead pharmacy technician",
            ]
        ),  # fmt: skip
        city=CITIES[state],
        state=state,
        work_states=[state] + ([rng.choice(list(STATES))] if rng.random() < 0.3 else []),
        willing_to_relocate=rng.random() < 0.2,
        desired_settings=rng.sample(
            [Setting.COMMUNITY_RETAIL, Setting.HOSPITAL, Setting.LONG_TERM_CARE, Setting.SPECIALTY],
            2,
        ),  # fmt: skip
        desired_employment_types=[rng.choice([EmploymentType.FULL_TIME, EmploymentType.PART_TIME])],
        desired_shifts=rng.sample([Shift.DAY, Shift.EVENING, Shift.NIGHT, Shift.WEEKEND], 2),
        years_experience=years,
        visibility=rng.choice(list(CandidateProfile.Visibility.values)),
    )
    mix = (
        mix
        or rng.choices(
            ["ptcb", "nha", "ptcb-adv", "ptcb-cspt", "expired", "trainee"], [40, 20, 8, 10, 10, 12]
        )[0]
    )
    credentials = []

    def national(code, expires_in_days, status="active"):
        credentials.append(
            CandidateCredential(
                profile=profile, kind="national", credential_code=code,
                number=str(rng.randint(100000, 999999)), status=status,
                issued_on=today - timedelta(days=730 - expires_in_days),
                expires_on=today + timedelta(days=expires_in_days),
            )
        )  # fmt: skip

    def state_credential(credential_type, title, expires_in_days):
        credentials.append(
            CandidateCredential(
                profile=profile, kind="state", state=state, state_type=credential_type,
                state_title=title, number=f"{state}-{rng.randint(10000, 99999)}",
                issued_on=today - timedelta(days=365),
                expires_on=today + timedelta(days=expires_in_days),
            )
        )  # fmt: skip

    # Some expire within 60 days, so reminders and "expiring soon" have something to show.
    soon = rng.choice([7, 30, 45, 200, 400, 600])
    credential_type, title, has_trainee = STATES[state]
    if mix == "trainee":
        if has_trainee:
            state_credential("trainee", "Pharmacy Technician Trainee", rng.randint(60, 600))
    else:
        if mix in ("ptcb", "ptcb-adv", "ptcb-cspt"):
            national("ptcb-cpht", soon)
        if mix == "ptcb-adv":
            national("ptcb-cpht-adv", soon)
        if mix == "ptcb-cspt":
            national("ptcb-cspt", rng.randint(30, 330))
        if mix == "nha":
            national("nha-cpht", soon)
        if mix == "expired":
            national(rng.choice(["ptcb-cpht", "nha-cpht"]), -rng.randint(10, 300), "expired")
        state_credential(credential_type, title, rng.randint(-30, 700))
    CandidateCredential.objects.bulk_create(credentials)
    started = today - timedelta(days=365 * max(years, 1))
    WorkHistory.objects.create(
        profile=profile,
        employer=rng.choice(EMPLOYERS),
        setting=rng.choice(profile.desired_settings),
        title="Pharmacy Technician" if mix != "trainee" else "Pharmacy Technician Trainee",
        started_on=started,
    )
    return profile
