"""A varied, reproducible set of jobs (visible and not) and seekers for the search tests."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from employers.factories import OrganisationFactory, RejectedOrganisationFactory
from jobs.factories import PublishedJobFactory
from jobs.models import Job
from jobs.zip_codes import zips_in_state
from pharmacy.credentials import CREDENTIALS
from pharmacy.eligibility import Level, StatePolicy
from pharmacy.pay import PayUnit
from pharmacy.vocabulary import Duty, EmploymentType, Setting, Shift
from search import job_text

STATES = ["TX", "CA", "OH", "NY", "WA", "PA", "FL", "IL"]
REQUIREMENT_CODES = ["national-certification", "ptcb-cpht", "nha-cpht", "ptcb-cspt", "ptcb-tpv"]
TITLE_WORDS = ["Sterile", "Inpatient", "Retail", "Remote", "Night", "Lead", "Compounding"]

# Credential sets a seeker may tick (have=): national codes and state codes of every type.
HAVE_SETS: list[list[str]] = [
    [],
    ["ptcb-cpht"],
    ["nha-cpht"],
    ["ptcb-cpht-adv"],
    ["ptcb-cpht", "ptcb-cspt"],
    ["state-registration-TX"],
    ["state-trainee-TX"],
    ["state-assistant-TX"],
    ["ptcb-cpht", "state-registration-TX"],
    ["nha-cpht", "state-trainee-TX"],
    ["ptcb-cpht", "state-license-CA"],
    ["ptcb-cpht-adv", "ptcb-cspt", "ptcb-tpv", "state-state-certification-WA"],
    ["nha-cpht", "state-registration-OH", "state-registration-TX"],
]


def make_jobs(n: int = 200, seed: int = 7) -> list[Job]:
    rng = random.Random(seed)
    now = timezone.now()
    organisations = [OrganisationFactory(name=f"Search Test Pharmacy {i}") for i in range(6)]
    rejected = RejectedOrganisationFactory(name="Rejected Search Pharmacy")
    jobs = []
    for i in range(n):
        state = rng.choice(STATES)
        zips = zips_in_state(state)
        workplace = rng.choices(
            [Job.Workplace.ONSITE, Job.Workplace.HYBRID, Job.Workplace.REMOTE], [7, 1, 2]
        )[0]
        yearly = rng.random() < 0.2
        low = rng.choice([None, 15, 16.5, 18, 19.75, 21, 24, 28, 33])
        pay_min = pay_max = None
        if low is not None:
            pay_min = Decimal(str(low * 2080)) if yearly else Decimal(str(low))
            pay_max = pay_min + (Decimal(rng.choice([0, 2, 4, 6])) * (2080 if yearly else 1))
            if rng.random() < 0.2:
                pay_max = None
        requirements = []
        for code in rng.sample(REQUIREMENT_CODES, rng.choice([0, 0, 1, 1, 2])):
            level = rng.choice([Level.REQUIRED, Level.REQUIRED, Level.PREFERRED]).value
            within = rng.choice([None, None, 90]) if level == Level.REQUIRED else None
            requirements.append((code, level, within))
        title_word = rng.choice(TITLE_WORDS)
        job = PublishedJobFactory(
            organisation=rejected if i % 50 == 49 else rng.choice(organisations),
            setting=rng.choice(list(Setting.values)),
            title=f"{title_word} Pharmacy Technician {i}",
            description=f"<p>{title_word} work in a {rng.choice(['busy', 'calm'])} pharmacy.</p>",
            duties=rng.sample(list(Duty.values), 2),
            employment_types=rng.sample(list(EmploymentType.values), rng.choice([1, 1, 2])),
            shifts=rng.sample(list(Shift.values), rng.choice([0, 1, 2, 3])),
            workplace=workplace,
            state=state,
            zip_code="" if workplace == Job.Workplace.REMOTE else rng.choice(zips).zip_code,
            remote_states=rng.sample(STATES, rng.choice([1, 2, 3]))
            if workplace == Job.Workplace.REMOTE
            else [],
            pay_min=pay_min,
            pay_max=pay_max,
            pay_unit=PayUnit.YEAR if yearly else PayUnit.HOUR,
            state_credential=rng.choice(list(StatePolicy)).value,
            published_at=now - timedelta(days=rng.randint(0, 29), hours=rng.randint(0, 23)),
            expires_at=now + timedelta(days=rng.randint(1, 30)),
            requirements=requirements,
        )
        # Some remote jobs need a credential from each state they serve (eligibility checks each).
        if workplace == Job.Workplace.REMOTE and i % 3 == 0:
            Job.objects.filter(pk=job.pk).update(licence_states=job.remote_states)
        # A few that are not public: the index and the fallback must both leave them out.
        if i % 40 == 10:
            Job.objects.filter(pk=job.pk).update(status=Job.Status.DRAFT)
        elif i % 40 == 20:
            Job.objects.filter(pk=job.pk).update(expires_at=now - timedelta(hours=1))
        elif i % 40 == 30:
            Job.objects.filter(pk=job.pk).update(hidden_by_reports=True)
        jobs.append(job)
    assert set(REQUIREMENT_CODES) - {"national-certification"} <= set(CREDENTIALS)
    # The factory bulk-creates requirements (no save signal): write the database engines'
    # text once, as `search_reindex` does after a bulk load.
    job_text.sync([job.pk for job in jobs])
    return list(Job.objects.with_public_relations().order_by("pk"))
