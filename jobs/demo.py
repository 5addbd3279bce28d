"""Published jobs across the verified demo organisations (tops up to --size)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from employers.factories import VerifiedOrganisationFactory
from employers.models import Organisation
from pharmacy.eligibility import Level, StatePolicy
from pharmacy.pay import PayUnit, hourly
from pharmacy.state_law import state_law
from pharmacy.vocabulary import EmploymentType, Setting, Shift

from .factories import PROFILES, description_for
from .models import Benefit, Job, JobRequirement
from .zip_codes import zips_in_state

# seed_demo runs this step outside one big transaction; each batch commits on its own.
ATOMIC = False
BULK_FROM = 5_000
BATCH = 2_000
STATES = ["TX", "CA", "OH", "NY", "WA", "PA", "FL", "IL", "GA", "NC", "AZ", "MI", "CO", "TN",
          "MA", "NJ", "VA", "MN"]  # fmt: skip
STERILE = {Setting.COMPOUNDING_STERILE, Setting.HOME_INFUSION, Setting.NUCLEAR}
ALWAYS_REMOTE = {Setting.TELEPHARMACY}
SOMETIMES_REMOTE = {Setting.MAIL_ORDER, Setting.MANAGED_CARE}


def seed(*, size, rng, out):
    _LAWS.clear()
    organisations = _organisations(rng)
    existing = Job.objects.visible().count()
    wanted = max(size - existing, 0)
    if not wanted:
        return f"{existing} published jobs already (nothing to add)"
    created = 0
    while created < wanted:
        count = min(BATCH, wanted - created)
        batch = [_job(rng, organisations) for _ in range(count)]
        with transaction.atomic():
            _save(batch, bulk=size >= BULK_FROM)
        created += count
        if size >= BULK_FROM:
            out.write(f"    {created:,}/{wanted:,} jobs")
    return f"{created} published jobs created ({existing + created} in all)"


def _organisations(rng) -> list[Organisation]:
    verified = list(Organisation.objects.filter(verification=Organisation.Verification.VERIFIED))
    if verified:
        return verified
    # employers.demo normally seeds these first; stay usable on its own.
    names = ["Lone Star Community Pharmacy", "Cascade Health System", "Buckeye LTC Pharmacy",
             "Sunbelt Specialty Rx", "Great Lakes Infusion", "Empire Mail Pharmacy"]  # fmt: skip
    return [
        VerifiedOrganisationFactory(
            name=name, slug=f"demo-{slugify(name)}", hq_state=rng.choice(STATES)
        )
        for name in names
    ]


def _setting(rng, organisation) -> str:
    own = [s for s in organisation.practice_settings if s in PROFILES]
    if own and rng.random() < 0.7:
        return rng.choice(own)
    return rng.choice(list(PROFILES))


def _requirements(rng, setting) -> list[tuple[str, str, int | None]]:
    roll = rng.random()
    if roll < 0.5:
        wanted = [("national-certification", "required", None)]
    elif roll < 0.75:
        wanted = [("national-certification", "required", rng.choice([90, 180]))]
    elif roll < 0.9:
        wanted = [("national-certification", "preferred", None)]
    else:
        wanted = []
    if setting in STERILE:
        wanted.append(("ptcb-cspt", rng.choice(["required", "preferred"]), None))
        if rng.random() < 0.3:
            wanted.append(("ptcb-hdm", "preferred", None))
    elif setting == Setting.HOSPITAL and rng.random() < 0.2:
        wanted.append(("ptcb-cpht-adv", "preferred", None))
    elif setting == Setting.SPECIALTY and rng.random() < 0.3:
        wanted.append(("ptcb-billing", "preferred", None))
    return wanted


def _pay(rng) -> tuple[Decimal, Decimal, str]:
    low = Decimal(rng.randrange(64, 120)) / 4  # $16.00–$29.75 an hour
    high = min(low + Decimal(rng.randrange(4, 25)) / 4, Decimal(32))
    if rng.random() < 0.1:
        # Salaries in whole hundreds, kept inside the hourly range.
        yearly_low = -(-low * 2080 // 100) * 100
        yearly_high = max(high * 2080 // 100 * 100, yearly_low)
        return yearly_low, yearly_high, PayUnit.YEAR
    return low, high, PayUnit.HOUR


_LAWS: dict = {}


def _law(state, setting):
    if (state, setting) not in _LAWS:
        _LAWS[state, setting] = state_law(state, setting)
    return _LAWS[state, setting]


def _entry_level(rng, state, setting) -> bool:
    """About one job in eight, where the state has a trainee tier: "we train"."""
    law = _law(state, setting)
    return law.confirmed and law.issues_trainees and rng.random() < 0.125


def _extras(rng, setting) -> dict:
    """The structured requirements real postings state (age, checks, Spanish, CPR, …)."""
    extras = {
        "minimum_age": rng.choice([None, None, 18]),
        "background_check": rng.random() < 0.7,
        "drug_screen": rng.random() < 0.5,
        "bilingual_spanish": rng.choice(["", "", "", Level.PREFERRED, Level.REQUIRED]),
        "cpr_bls": Level.REQUIRED if setting == Setting.HOSPITAL and rng.random() < 0.3 else "",
    }
    if setting in STERILE:
        extras["experience_in"] = "sterile-iv-tpn"
    return extras


def _job(rng, organisations) -> tuple[Job, list]:
    organisation = rng.choice(organisations)
    setting = _setting(rng, organisation)
    profile = PROFILES[setting]
    title = rng.choice(profile["titles"])
    state = rng.choice(STATES)
    remote = setting in ALWAYS_REMOTE or (setting in SOMETIMES_REMOTE and rng.random() < 0.3)
    place = rng.choice(zips_in_state(state))
    pay_min, pay_max, unit = _pay(rng)
    requirements = _requirements(rng, setting)
    entry_level = _entry_level(rng, state, setting)
    if entry_level:
        # "We train; trainee registration accepted; certification within 180 days."
        requirements = [("national-certification", "required", 180)]
    benefits = rng.sample([b.value for b in Benefit], k=rng.randint(2, 5))
    if any(days for _, _, days in requirements) and Benefit.WILL_TRAIN not in benefits:
        benefits.append(Benefit.WILL_TRAIN.value)
    published = timezone.now() - timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 1440))
    policy = rng.choices(
        [StatePolicy.REQUIRED, StatePolicy.TRAINEE_ACCEPTED, StatePolicy.NOT_REQUIRED],
        weights=[80, 15, 5],
    )[0]
    if entry_level:
        policy = StatePolicy.TRAINEE_ACCEPTED
    # Never below the state's law (bulk_create skips Job.save, which would raise it).
    policy = _law(state, setting).raised(policy)
    extras = _extras(rng, setting)
    if remote and rng.random() < 0.3:
        extras["licence_states"] = sorted({state, *rng.sample(STATES, k=2)})
    job = Job(
        organisation=organisation,
        title=title,
        description=description_for(setting, title),
        setting=setting,
        employment_types=rng.choice(
            [
                [EmploymentType.FULL_TIME],
                [EmploymentType.PART_TIME],
                [EmploymentType.FULL_TIME, EmploymentType.PART_TIME],
                [EmploymentType.PER_DIEM],
            ]
        ),  # fmt: skip
        shifts=rng.sample([s.value for s in Shift], k=rng.randint(1, 3)),
        duties=list(profile["duties"]),
        benefits=benefits,
        workplace=Job.Workplace.REMOTE if remote else Job.Workplace.ONSITE,
        city="" if remote else place.city,
        state=state,
        zip_code="" if remote else place.zip_code,
        latitude=None if remote else place.latitude,
        longitude=None if remote else place.longitude,
        remote_states=[state] if remote else [],
        pay_min=pay_min,
        pay_max=pay_max,
        pay_unit=unit,
        pay_min_hourly=hourly(pay_min, unit),
        pay_max_hourly=hourly(pay_max, unit),
        state_credential=policy.value,
        experience_months=0 if entry_level else rng.choice([0, 0, 6, 12, 12, 24]),
        **extras,
        lifting_lb=rng.choice([None, 20, 25, 30]),
        openings=rng.choice([1, 1, 1, 2, 3]),
        status=Job.Status.PUBLISHED,
        submitted_at=published,
        published_at=published,
        expires_at=published + timedelta(days=30),
    )
    return job, requirements


def _save(batch, *, bulk: bool) -> None:
    if bulk:
        jobs = Job.objects.bulk_create([job for job, _ in batch])
    else:
        jobs = []
        for job, _ in batch:
            job.save()  # Per-row saves let search's post_save subscriber see them.
            jobs.append(job)
    JobRequirement.objects.bulk_create(
        JobRequirement(job=job, code=code, level=level, within_days=days)
        for job, (_, wanted) in zip(jobs, batch, strict=True)
        for code, level, days in wanted
    )
