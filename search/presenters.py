"""What a search result shows, as plain data: the page, the feed and the API share it."""

from __future__ import annotations

from jobs.models import Job

from . import analysis, highlight


def requirement_badges(job: Job) -> list[dict]:
    """The job's badges (``Job.requirement_badges``) as plain data for the API."""
    return [
        {
            "code": badge.code,
            "label": badge.label,
            "text": badge.text,
            "kind": badge.kind,
            "level": badge.level,
            "within_days": badge.within_days,
        }
        for badge in job.requirement_badges()
    ]


def result_row(job: Job, *, distance: float | None = None) -> dict:
    """One result as the API's ``JobResult`` schema has it (exactly its fields: the search
    endpoint returns these dicts without validating them again)."""
    return {
        "id": job.pk,
        "url": job.get_absolute_url(),
        "title": job.title,
        "employer": job.organisation.name,
        "city": job.city,
        "state": job.state,
        "remote": job.is_remote,
        "location": job.location_label,
        "pay": {
            "min_hourly": float(job.pay_min_hourly) if job.pay_min_hourly is not None else None,
            "max_hourly": float(job.pay_max_hourly) if job.pay_max_hourly is not None else None,
            "label": job.pay_label,
        },
        "requirements": requirement_badges(job),
        "posted": job.published_at,
        "distance_miles": distance,
    }


def result_rows(result) -> list[dict]:
    return [result_row(job, distance=result.distances.get(job.pk)) for job in result.jobs]


def page_rows(result) -> list[dict]:
    """What the page's result cards take besides the job (the card renders the job itself):
    its title with the words the keywords found marked."""
    clauses = analysis.query_clauses(result.keywords)
    return [
        {
            "job": job,
            "id": job.pk,
            "title_html": highlight.title_html(job.title, clauses),
            "distance_miles": result.distances.get(job.pk),
        }
        for job in result.jobs
    ]
