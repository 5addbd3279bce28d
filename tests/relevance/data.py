"""Generated jobs whose structured fields decide relevance (the judge reads those fields)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from employers.factories import OrganisationFactory
from jobs.factories import PROFILES, PublishedJobFactory
from jobs.models import Benefit, Job
from jobs.zip_codes import zips_in_state
from pharmacy.vocabulary import EmploymentType, Shift
from search import job_text

EMPLOYERS = ["Lone Star Apothecary", "Buckeye Dispensary", "Evergreen Partners",
             "Sunbelt Scripts", "Keystone Group", "Harbor Labs"]  # fmt: skip
CITIES = {
    "TX": ["Houston", "Austin", "Dallas"],
    "OH": ["Columbus", "Cleveland"],
    "CA": ["San Diego", "Sacramento"],
    "NY": ["Buffalo", "Rochester"],
    "WA": ["Seattle", "Spokane"],
    "IL": ["Chicago"],
}
REQUIREMENT_SETS = [
    [],
    [("national-certification", "required", None)],
    [("national-certification", "required", 90)],
    [("ptcb-cpht", "required", None)],
    [("nha-cpht", "preferred", None)],
    [("ptcb-cpht", "required", None), ("ptcb-cspt", "required", None)],
    [("ptcb-cpht", "required", None), ("ptcb-hdm", "preferred", None)],
    [("ptcb-immunization", "preferred", None)],
]
REMOTE_SETTINGS = {"telepharmacy-remote"}
SOMETIMES_REMOTE = {"managed-care-pbm", "specialty"}


@dataclass(frozen=True)
class Facts:
    """What the judge may read: the job's own structured data (and its title)."""

    pk: int
    title: str
    setting: str
    types: frozenset[str]
    shifts: frozenset[str]
    duties: frozenset[str]
    benefits: frozenset[str]
    city: str
    state: str
    employer: str
    requires: frozenset[str]
    remote: bool


def _zip(state: str, city: str) -> str:
    return next(z.zip_code for z in zips_in_state(state) if z.city.lower() == city.lower())


def make_jobs(n: int = 300, seed: int = 10) -> list[Facts]:
    rng = random.Random(seed)
    now = timezone.now()
    organisations = [OrganisationFactory(name=name) for name in EMPLOYERS]
    for i in range(n):
        setting = rng.choice(list(PROFILES))
        profile = PROFILES[setting]
        remote = setting in REMOTE_SETTINGS or (setting in SOMETIMES_REMOTE and rng.random() < 0.3)
        state = rng.choice(list(CITIES))
        city = rng.choice(CITIES[state])
        duties = rng.sample(profile["duties"], rng.randint(1, len(profile["duties"])))
        PublishedJobFactory(
            organisation=rng.choice(organisations),
            setting=setting,
            title=rng.choice(profile["titles"]),
            duties=[str(d) for d in duties],
            employment_types=rng.sample(list(EmploymentType.values), rng.choice([1, 1, 2])),
            shifts=rng.sample(list(Shift.values), rng.choice([1, 1, 2])),
            benefits=rng.sample(list(Benefit.values), rng.randint(1, 3)),
            workplace=Job.Workplace.REMOTE if remote else Job.Workplace.ONSITE,
            state=state,
            zip_code="" if remote else _zip(state, city),
            remote_states=[state] if remote else [],
            published_at=now - timedelta(days=rng.randint(0, 25), hours=rng.randint(0, 23)),
            expires_at=now + timedelta(days=30),
            requirements=rng.choice(REQUIREMENT_SETS),
        )
    jobs = list(
        Job.objects.visible().select_related("organisation").prefetch_related("requirements")
    )
    # The factory bulk-creates requirements (no save signal): write the text once, as
    # `search_reindex` does after a bulk load.
    job_text.sync([job.pk for job in jobs])
    return [
        Facts(
            pk=job.pk,
            title=job.title,
            setting=job.setting,
            types=frozenset(job.employment_types),
            shifts=frozenset(job.shifts),
            duties=frozenset(job.duties),
            benefits=frozenset(job.benefits),
            city=job.city if job.workplace != Job.Workplace.REMOTE else "",
            state=job.state,
            employer=job.organisation.name,
            requires=frozenset(r.code for r in job.requirements.all()),
            remote=job.workplace == Job.Workplace.REMOTE,
        )
        for job in jobs
    ]
