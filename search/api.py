"""The public, read-only JSON API: `/api/v1/jobs` (search) and `/api/v1/jobs/{id}`."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.http import Http404
from ninja import NinjaAPI, Schema, Swagger
from ninja.responses import Status
from ninja.throttling import AnonRateThrottle

from jobs.models import Job

from . import presenters
from .api_params import search_parameters
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
    # Swagger UI from ninja's own static files (ninja is an installed app), never a CDN; no
    # call to the online validator either.
    docs=Swagger(settings={"validatorUrl": None}),
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


class NotFoundResponse(Schema):
    detail: str


class ValidationErrorResponse(Schema):
    detail: list[dict]


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


# A 429's Retry-After: seconds until the client's minute has room again.
RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before the next request.",
        "schema": {"type": "integer", "minimum": 1},
        "required": True,
    }
}
TOO_MANY = {"description": "Too many requests from this client.", "headers": RETRY_AFTER}


def absolute(row: dict) -> dict:
    """A result whose ``url`` is absolute (on SITE_URL), as API clients need it."""
    return {**row, "url": settings.SITE_URL.rstrip("/") + row["url"]}


@api.get(
    "/jobs",
    response={200: SearchResponse, 400: ErrorResponse, 429: ErrorResponse},
    summary="Search public jobs",
    openapi_extra={"parameters": search_parameters(), "responses": {429: TOO_MANY}},
)
def search_jobs(request):
    """Same parameters as the `/jobs/` page (repeat a parameter for OR). Invalid values, a
    ZIP code that does not exist, a radius or distance sort without a ZIP code, `eligible`
    without a signed-in candidate, or control characters give 400 with the errors by
    parameter."""
    # The answer has no "drop a filter" advice (the page's), so it is not counted.
    result = job_search(request.GET, user=request.user, per_page=PER_PAGE, relaxations=False)
    if not result.is_valid:
        return Status(400, {"detail": "Invalid search parameters.", "errors": result.errors})
    # Built in the SearchResponse shape (presenters.result_row has exactly JobResult's fields;
    # the facets are FacetValue dicts) and rendered as it is: validating 20 results and ~90
    # facet values again through the schema cost ~3 ms a request. The schema still documents
    # the answer, and tests/search/test_api_schema.py checks answers against it.
    return api.create_response(
        request,
        {
            "total": result.total,
            "page": result.page,
            "per_page": result.per_page,
            "engine": result.engine,
            "results": [absolute(row) for row in presenters.result_rows(result)],
            "facets": result.facets,
        },
        status=200,
    )


@api.get(
    "/jobs/{job_id}",
    response={
        200: JobDetail,
        400: ErrorResponse,
        404: NotFoundResponse,
        422: ValidationErrorResponse,
        429: ErrorResponse,
    },
    summary="One job",
    openapi_extra={"responses": {429: TOO_MANY}},
)
def job_detail(request, job_id: int):
    """A public job with its requirements; 404 for anything not public, 422 for an id that is
    not a number, 400 for an address with control characters."""
    job = Job.objects.visible().with_public_relations().filter(pk=job_id).first()
    if job is None:
        raise Http404("No such public job.")
    return {
        **absolute(presenters.result_row(job)),
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
