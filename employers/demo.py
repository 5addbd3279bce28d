"""Verified employers across many settings and states, plus two awaiting review."""

from django.utils import timezone
from django.utils.text import slugify

from accounts.factories import EmployerUserFactory
from accounts.models import User
from pharmacy.vocabulary import Setting as S

from .factories import valid_npi
from .models import Membership, Organisation

DEMO_EMPLOYER = "employer@demo.rxtech.example"  # created by accounts.demo

# name, headquarters state, settings, about
ORGANISATIONS = [
    (
        "Lone Star Community Pharmacy",
        "TX",
        [S.COMMUNITY_RETAIL, S.COMPOUNDING_NONSTERILE],
        "Family-owned pharmacies across Central Texas since 1987.",
    ),
    (
        "Cascade Health System",
        "WA",
        [S.HOSPITAL, S.AMBULATORY_CLINIC, S.HOME_INFUSION],
        "A nonprofit health system with four hospitals in the Puget Sound region.",
    ),
    (
        "Golden Gate Specialty Rx",
        "CA",
        [S.SPECIALTY, S.MAIL_ORDER],
        "Specialty pharmacy for oncology, rheumatology and rare diseases.",
    ),
    (
        "Buckeye Long-Term Care Pharmacy",
        "OH",
        [S.LONG_TERM_CARE],
        "Serving skilled nursing and assisted living communities across Ohio.",
    ),
    (
        "Empire State Medical Center",
        "NY",
        [S.HOSPITAL, S.COMPOUNDING_STERILE],
        "An Article 28 teaching hospital with a 24-hour inpatient pharmacy.",
    ),
    (
        "Keystone Infusion Partners",
        "PA",
        [S.HOME_INFUSION, S.COMPOUNDING_STERILE],
        "Home and ambulatory infusion with a USP <797> cleanroom.",
    ),
    (
        "Sunshine Mail Pharmacy",
        "FL",
        [S.MAIL_ORDER, S.MANAGED_CARE],
        "Central-fill and mail-order pharmacy for health plan members.",
    ),
    (
        "Prairie Telepharmacy Network",
        "IL",
        [S.TELEPHARMACY, S.COMMUNITY_RETAIL],
        "Remote pharmacist verification for rural pharmacies in Illinois.",
    ),
    (
        "Peachtree Nuclear Pharmacy",
        "GA",
        [S.NUCLEAR],
        "Radiopharmaceuticals for hospitals and imaging centers in metro Atlanta.",
    ),
    (
        "Rocky Mountain Veterinary Pharmacy",
        "CO",
        [S.VETERINARY, S.COMPOUNDING_NONSTERILE],
        "Compounded medications for companion animals and horses.",
    ),
    (
        "Tar Heel Family Pharmacy",
        "NC",
        [S.COMMUNITY_RETAIL],
        "Independent neighbourhood pharmacies with free local delivery.",
    ),
    (
        "Great Lakes Clinic Pharmacy",
        "MI",
        [S.AMBULATORY_CLINIC, S.SPECIALTY],
        "Clinic-based pharmacies serving patients at the point of care.",
    ),
    (
        "Desert Sky Health",
        "AZ",
        [S.HOSPITAL, S.LONG_TERM_CARE],
        "Hospitals and post-acute care across the Valley of the Sun.",
    ),
    (
        "Volunteer State Pharmacy Services",
        "TN",
        [S.WHOLESALE, S.MAIL_ORDER],
        "Distribution and central fill for independent pharmacies.",
    ),
    (
        "Old Dominion Federal Pharmacy",
        "VA",
        [S.MILITARY_FEDERAL],
        "Contract pharmacy services for federal clinics.",
    ),
    (
        "Twin Cities Technician Academy",
        "MN",
        [S.EDUCATION, S.COMMUNITY_RETAIL],
        "An accredited pharmacy technician training program with a teaching pharmacy.",
    ),
]
PENDING = [
    ("Bayou Corner Drugs", "LA", [S.COMMUNITY_RETAIL], "bayoucornerdrugs@gmail.com"),
    ("Silver State Online Pharmacy", "NV", [S.ONLINE], "owner@silverstaterx.example"),
]
GENERATED_TOWNS = [
    ("Springfield", "MO"),
    ("Franklin", "KY"),
    ("Greenville", "SC"),
    ("Madison", "WI"),
    ("Salem", "OR"),
    ("Clinton", "IA"),
    ("Fairview", "UT"),
    ("Riverside", "AL"),
    ("Georgetown", "IN"),
    ("Arlington", "NE"),
    ("Bristol", "CT"),
    ("Dover", "DE"),
]
GENERATED_KINDS = [
    ("Community Pharmacy", [S.COMMUNITY_RETAIL]),
    ("Regional Medical Center", [S.HOSPITAL]),
    ("Long-Term Care Pharmacy", [S.LONG_TERM_CARE]),
    ("Specialty Pharmacy", [S.SPECIALTY]),
]


def _catalogue(count: int):
    yield from ORGANISATIONS[:count]
    for i in range(max(0, count - len(ORGANISATIONS))):
        town, state = GENERATED_TOWNS[i % len(GENERATED_TOWNS)]
        kind, settings = GENERATED_KINDS[(i // len(GENERATED_TOWNS)) % len(GENERATED_KINDS)]
        suffix = f" {i // (len(GENERATED_TOWNS) * len(GENERATED_KINDS)) + 2}" if i >= 48 else ""
        yield (f"{town} {kind}{suffix}", state, settings, f"{kind} in {town}.")


def _organisation(index, name, state, settings, about, *, owner_email, verification, rng):
    slug = slugify(name)
    organisation, created = Organisation.objects.get_or_create(
        slug=slug,
        defaults={
            "name": name,
            "hq_state": state,
            "practice_settings": [str(s) for s in settings],
            "about": f"<p>{about}</p>",
            "website": f"https://{slug}.example",
            "npi": valid_npi(10_000 + index),
            "ncpdp": f"{rng.randrange(1_000_000, 9_999_999)}" if index % 3 == 0 else "",
            "verification": verification,
            "verified_at": timezone.now()
            if verification == Organisation.Verification.VERIFIED
            else None,
            "flagged_free_mail": owner_email.endswith("@gmail.com"),
        },
    )
    if not organisation.memberships.exists():
        owner = User.objects.filter(email=owner_email).first() or EmployerUserFactory(
            email=owner_email, full_name=f"{name.split()[0]} Hiring Manager"
        )
        if not Membership.objects.filter(user=owner).exists():
            Membership.objects.create(
                organisation=organisation, user=owner, role=Membership.Role.OWNER
            )
    return created


def seed(*, size, rng, out):
    count = max(14, size // 25)
    created = 0
    for index, (name, state, settings, about) in enumerate(_catalogue(count)):
        owner_email = DEMO_EMPLOYER if index == 0 else f"hiring@{slugify(name)}.example"
        created += _organisation(
            index,
            name,
            state,
            settings,
            about,
            owner_email=owner_email,
            verification="verified",
            rng=rng,
        )
    for offset, (name, state, settings, owner_email) in enumerate(PENDING):
        created += _organisation(
            9_000 + offset,
            name,
            state,
            settings,
            "Awaiting review.",
            owner_email=owner_email,
            verification="pending",
            rng=rng,
        )
    out.write(f"    {DEMO_EMPLOYER} owns {ORGANISATIONS[0][0]}")
    total = Organisation.objects.count()
    return f"{created} organisations created ({total} in all, {len(PENDING)} awaiting review)"
