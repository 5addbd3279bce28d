"""The public, read-only JSON API: `/api/v1/jobs` (search) and `/api/v1/jobs/{id}`."""

from __future__ import annotations

from datetime import datetime

from django.http import Http404
from ninja import NinjaAPI, Schema
from ninja.throttling import AnonRateThrottle

from jobs.models import Job

from . import presenters
from .service import job_search

RATE_LIMIT_PER_MINUTE = 60
PER_PAGE = 20

api = NinjaAPI(
    title="RxTech Careers jobs API",
    version="1",
    description=(
        "Public pharmacy technician jobs. The search parameters are the `/jobs/` page's "
        "(repeat a parameter for OR): q, state, setting, type, shift, requires, have, zip, "
        "radius, min_pay, posted, remote, sort, page. Read-only; "
        f"{RATE_LIMIT_PER_MINUTE} requests a minute per IP."
    ),
    urls_namespace="api-v1",
    docs_url="/docs",
    # Per client IP, counted in the default cache (the database cache every process shares).
    # The IP is REMOTE_ADDR unless settings.NINJA_NUM_PROXIES (TRUSTED_PROXY_COUNT) says how
    # many proxies of ours append to X-Forwarded-For. A 429 carries Retry-After.
    throttle=[AnonRateThrottle(f"{RATE_LIMIT_PER_MINUTE}/min")],
)


class Pay(Schema):
    min_hourly: float | None
    max_hourly: float | None
    label: str


class Badge(Schema):
    code: str
    label: str
    text: str
    kind: str
    level: str
    within_days: int | None


class JobResult(Schema):
    id: int
    url: str
    title: str
    employer: str
    city: str
    state: str
    remote: bool
    location: str
    pay: Pay
    requirements: list[Badge]
    posted: datetime | None
    distance_miles: float | None


class FacetValue(Schema):
    value: str
    label: str
    count: int


class SearchResponse(Schema):
    total: int
    page: int
    per_page: int
    engine: str
    results: list[JobResult]
    facets: dict[str, list[FacetValue]]


class ErrorResponse(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


class JobDetail(JobResult):
    description: str
    setting: str
    employment_types: list[str]
    shifts: list[str]
    duties: list[str]
    benefits: list[str]
    workplace: str
    zip_code: str
    remote_states: list[str]
    pay_min: float | None
    pay_max: float | None
    pay_unit: str
    state_credential: str
    education_minimum: str
    experience_months: int
    expires: datetime | None
    apply_url: str


@api.get(
    "/jobs",
    response={200: SearchResponse, 400: ErrorResponse, 429: ErrorResponse},
    summary="Search public jobs",
)
def search_jobs(request):
    """Same parameters as the `/jobs/` page; invalid values give 400 with per-field errors."""
    # The API returns no highlighted titles: don't ask Elasticsearch for them.
    result = job_search(request.GET, user=request.user, per_page=PER_PAGE, highlights=False)
    if not result.is_valid:
        return 400, {"detail": "Invalid search parameters.", "errors": result.errors}
    return 200, {
        "total": result.total,
        "page": result.page,
        "per_page": result.per_page,
        "engine": result.engine,
        "results": presenters.result_rows(result),
        "facets": result.facets,
    }


@api.get("/jobs/{job_id}", response={200: JobDetail, 429: ErrorResponse}, summary="One job")
def job_detail(request, job_id: int):
    """A public job with its requirements; 404 for anything not public."""
    job = Job.objects.visible().with_public_relations().filter(pk=job_id).first()
    if job is None:
        raise Http404("No such public job.")
    return {
        **presenters.result_row(job),
        "description": job.description,
        "setting": job.setting,
        "employment_types": job.employment_types,
        "shifts": job.shifts,
        "duties": job.duties,
        "benefits": job.benefits,
        "workplace": job.workplace,
        "zip_code": job.zip_code,
        "remote_states": job.remote_states,
        "pay_min": job.pay_min,
        "pay_max": job.pay_max,
        "pay_unit": job.pay_unit,
        "state_credential": job.state_credential,
        "education_minimum": job.education_minimum,
        "experience_months": job.experience_months,
        "expires": job.expires_at,
        "apply_url": job.apply_url,
    }
