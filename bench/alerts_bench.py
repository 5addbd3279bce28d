"""Alert benchmark (a script, not a test): one run over N active daily alerts against M jobs.

    eval "$(scripts/services env)"
    python bench/alerts_bench.py                       # 20,000 alerts, 100,000 jobs
    python bench/alerts_bench.py --alerts 20000 --skip-load

Uses its own PostgreSQL database (rxtech_alerts_bench) and index prefix (alertsbench), so the
test suite, the demo site and the search benchmark are not disturbed. It loads the jobs (once),
indexes them, makes ``--fresh`` of them newly published, creates the alerts (searches drawn
from the search benchmark's mix, ``--distinct`` different ones, some "only jobs I can take"
alerts of candidates with credentials), runs ``alerts.sending.alerts_send`` and prints the
rate. Mail goes to the in-memory backend (rendering, recording and queueing are measured; the
SMTP hand-off is the mail task's, run by the workers).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_bench import bench_env, ensure_database, search_mix  # noqa: E402

SEARCH_PARAMS = ("q", "state", "setting", "requires", "have", "zip", "radius", "min_pay", "type")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--alerts", type=int, default=20_000)
    parser.add_argument("--distinct", type=int, default=2_000, help="different searches")
    parser.add_argument("--eligible", type=int, default=300, help="'only jobs I can take' alerts")
    parser.add_argument(
        "--fresh", type=int, default=3_000, help="jobs published since the last run"
    )
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()

    base_db = os.environ.get("DATABASE_URL", "")
    es_url = os.environ.get("ELASTICSEARCH_URL", "")
    if not base_db.startswith("postgres"):
        sys.exit('Run `eval "$(scripts/services env)"` first (PostgreSQL + Elasticsearch).')
    env = bench_env(ensure_database(base_db, "rxtech_alerts_bench"), es_url)
    env.update(
        ELASTICSEARCH_INDEX_PREFIX="alertsbench",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"

    import django

    django.setup()
    from django.core import mail
    from django.core.management import call_command
    from django.utils import timezone

    from accounts.factories import JobSeekerFactory
    from alerts.models import Alert
    from alerts.params import canonical, params_key
    from alerts.sending import alerts_send
    from candidates.factories import CandidateProfileFactory, PtcbCphtFactory
    from jobs import demo as jobs_demo
    from jobs.models import Job
    from search import engine, indexing

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    rng = random.Random(13)
    now = timezone.now()
    if not args.skip_load:
        started = time.perf_counter()
        jobs_demo.seed(size=args.jobs, rng=rng, out=sys.stdout)
        print(f"\njobs loaded in {time.perf_counter() - started:.0f} s")
    visible = list(Job.objects.visible().values_list("pk", flat=True))
    fresh = rng.sample(visible, min(args.fresh, len(visible)))
    Job.objects.filter(pk__in=visible).update(published_at=now - timedelta(days=3))
    for start in range(0, len(fresh), 1000):
        chunk = fresh[start : start + 1000]
        Job.objects.filter(pk__in=chunk).update(
            published_at=now - timedelta(hours=rng.random() * 20)
        )
    if engine.is_configured():
        report = indexing.rebuild()
        print(f"indexed {len(visible):,} jobs in {report.seconds:.0f} s")
    else:
        print("ELASTICSEARCH_URL is empty: the database engine answers")

    Alert.objects.all().delete()
    searches = [
        canonical({k: v for k, v in p.items() if k in SEARCH_PARAMS})
        for p in search_mix(args.distinct, seed=13)
    ]
    yesterday = now - timedelta(days=1)
    alerts = [
        Alert(
            email=f"reader{n}@example.com",
            params=(params := rng.choice(searches)),
            params_key=params_key(params),
            frequency=Alert.Frequency.DAILY,
            confirmed_at=yesterday,
            last_sent_at=yesterday,
            last_run_at=yesterday,
        )
        for n in range(args.alerts - args.eligible)
    ]
    Alert.objects.bulk_create(alerts, batch_size=2000, ignore_conflicts=True)
    for n in range(args.eligible):
        user = JobSeekerFactory(email=f"candidate{n}@example.com")
        PtcbCphtFactory(profile=CandidateProfileFactory(user=user))
        params = canonical({"state": [rng.choice(["TX", "CA", "OH", "NY"])], "eligible": "1"})
        Alert.objects.get_or_create(
            user=user,
            params_key=params_key(params),
            defaults={
                "params": params,
                "frequency": "daily",
                "confirmed_at": yesterday,
                "last_sent_at": yesterday,
                "last_run_at": yesterday,
            },  # fmt: skip
        )
    Alert.objects.update(created_at=yesterday)
    total = Alert.objects.count()
    distinct = Alert.objects.values("params_key").distinct().count()
    print(
        f"{total:,} daily alerts, {distinct:,} distinct searches; {len(fresh):,} new jobs",
        flush=True,
    )

    mail.outbox = []
    for label in ("run 1 (new jobs)", "run 2 (nothing new)"):
        Alert.objects.update(last_run_at=yesterday)  # due (run 2: again, nothing new left)
        started = time.perf_counter()
        stats = alerts_send(frequency="daily")
        seconds = time.perf_counter() - started
        print(
            f"{label}: {stats.alerts:,} alerts, {stats.searches:,} searches, "
            f"{stats.emails:,} emails in {seconds:.1f} s = {stats.alerts / seconds:,.0f} "
            f"alerts/s ({len(mail.outbox):,} messages handed to the mail backend so far)",
            flush=True,
        )


if __name__ == "__main__":
    main()
