"""What a search result shows, as plain data: the page, the feed and the API share it."""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import mark_safe

from jobs.models import Job
from pharmacy import eligibility
from pharmacy.credentials import short_label_for
from pharmacy.pay import PayUnit
from pharmacy.states import STATE_NAMES


def pay_label(job: Job) -> str:
    if job.pay_min is None and job.pay_max is None:
        return ""
    yearly = job.pay_unit == PayUnit.YEAR

    def money(amount):
        return f"${amount:,.0f}" if yearly else f"${amount:,.2f}"

    amounts = [a for a in (job.pay_min, job.pay_max) if a is not None]
    text = "–".join(money(a) for a in dict.fromkeys(amounts))
    return f"{text} {'a year' if yearly else 'an hour'}"


def location_label(job: Job) -> str:
    if job.workplace == Job.Workplace.REMOTE:
        return "Remote"
    place = ", ".join(part for part in (job.city, job.state) if part)
    return f"{place} (hybrid)" if job.workplace == Job.Workplace.HYBRID else place


def requirement_badges(job: Job) -> list[dict]:
    badges = [
        {
            "code": r.code,
            "label": short_label_for(r.code),
            "level": r.level,
            "within_days": r.within_days,
        }
        for r in job.requirements.all()
    ]
    policy = eligibility.StatePolicy(job.state_credential)
    if policy is not eligibility.StatePolicy.NOT_REQUIRED:
        trainees = policy is eligibility.StatePolicy.TRAINEE_ACCEPTED
        badges.append(
            {
                "code": "state-credential",
                "label": f"{STATE_NAMES.get(job.state, job.state)} state credential"
                + (" (trainees accepted)" if trainees else ""),
                "level": eligibility.Level.REQUIRED.value,
                "within_days": None,
            }
        )
    return badges


def result_row(job: Job, *, highlight: str | None = None, distance: float | None = None) -> dict:
    return {
        "id": job.pk,
        "url": job.get_absolute_url(),
        "title": job.title,
        # Elasticsearch escaped the title itself (encoder=html) and added only <mark> tags.
        "title_html": mark_safe(highlight) if highlight else escape(job.title),  # noqa: S308
        "employer": job.organisation.name,
        "employer_slug": job.organisation.slug,
        "city": job.city,
        "state": job.state,
        "remote": job.workplace == Job.Workplace.REMOTE,
        "location": location_label(job),
        "pay": {
            "min_hourly": float(job.pay_min_hourly) if job.pay_min_hourly is not None else None,
            "max_hourly": float(job.pay_max_hourly) if job.pay_max_hourly is not None else None,
            "label": pay_label(job),
        },
        "requirements": requirement_badges(job),
        "posted": job.published_at,
        "distance_miles": distance,
    }


def result_rows(result) -> list[dict]:
    return [
        result_row(
            job, highlight=result.highlights.get(job.pk), distance=result.distances.get(job.pk)
        )
        for job in result.jobs
    ]
