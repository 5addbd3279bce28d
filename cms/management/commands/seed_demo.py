"""Build a believable demo site in code, from the same factories the tests use."""

import random
import time
from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Each app seeds its own part, lowest floor first; each step is idempotent.
STEPS = [
    "accounts.demo",
    "employers.demo",
    "jobs.demo",
    "candidates.demo",
    "applications.demo",
    "cms.demo",
    "search.demo",
]


class Command(BaseCommand):
    help = "Create demo users, organisations, jobs, candidates and guides (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--size",
            type=int,
            default=300,
            help="How many published jobs to have (default 300; benchmarks use 100000).",
        )
        parser.add_argument("--seed", type=int, default=2026, help="Random seed.")
        parser.add_argument(
            "--i-know-this-is-production",
            action="store_true",
            dest="production_confirmed",
            help="Seed even though DEBUG is off (staff accounts get a random password).",
        )

    def handle(self, *args, size, seed, production_confirmed=False, **options):
        if not settings.DEBUG and not production_confirmed:
            raise CommandError(
                "DEBUG is off: this looks like production, and demo data (with its published "
                "password) does not belong there. Pass --i-know-this-is-production to seed anyway."
            )
        rng = random.Random(seed)
        for dotted in STEPS:
            module = import_module(dotted)
            started = time.monotonic()
            self.stdout.write(f"· {dotted.split('.')[0]}: {module.__doc__.strip().splitlines()[0]}")
            atomic = getattr(module, "ATOMIC", True)
            if atomic:
                with transaction.atomic():
                    summary = module.seed(size=size, rng=rng, out=self.stdout)
            else:
                summary = module.seed(size=size, rng=rng, out=self.stdout)
            elapsed = time.monotonic() - started
            self.stdout.write(self.style.SUCCESS(f"  {summary} ({elapsed:.1f}s)"))
        self.stdout.write(self.style.SUCCESS("Demo data ready. Sign in with the accounts above."))
