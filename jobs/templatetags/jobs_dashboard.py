"""`{% dashboard_jobs organisation %}`: the jobs part of the employer dashboard.

An inclusion tag so employers' dashboard can show it without importing jobs (the template
loads this library by name).
"""

from datetime import timedelta

from django import template
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.safestring import mark_safe

from jobs.charts import bar_chart_svg
from jobs.models import Job

register = template.Library()

CHART_DAYS = 30
_DATE_FIELDS = ("created_at", "submitted_at", "created")


def _applications():
    """(Application model, its date field), or None before applications exist."""
    try:
        relation = Job._meta.get_field("applications")
    except FieldDoesNotExist:
        return None
    model = relation.related_model
    names = {field.name for field in model._meta.get_fields()}
    date_field = next((name for name in _DATE_FIELDS if name in names), None)
    return (model, date_field) if date_field else (model, None)


def applications_per_day(organisation, *, days=CHART_DAYS, today=None):
    """[(day, count)] for the last ``days`` days, oldest first, zeros included."""
    today = today or timezone.localdate()
    start = today - timedelta(days=days - 1)
    counts = {}
    found = _applications()
    if found and found[1]:
        model, field = found
        rows = (
            model.objects.filter(job__organisation=organisation, **{f"{field}__date__gte": start})
            .annotate(day=TruncDate(field))
            .values("day")
            .annotate(n=Count("pk"))
            .order_by()
        )
        counts = {row["day"]: row["n"] for row in rows}
    return [
        (start + timedelta(days=i), counts.get(start + timedelta(days=i), 0)) for i in range(days)
    ]


@register.inclusion_tag("jobs/includes/dashboard_jobs_body.html", takes_context=True)
def dashboard_jobs(context, organisation):
    jobs = Job.objects.for_organisation(organisation).order_by("-updated_at")
    if _applications():
        jobs = jobs.annotate(application_count=Count("applications"))
    groups = {status: [] for status in Job.Status.values}
    for job in jobs:
        groups[job.status].append(job)
    series = applications_per_day(organisation)
    total = sum(n for _, n in series)
    chart = bar_chart_svg(
        series,
        title=f"Applications per day, last {CHART_DAYS} days",
        desc=f"{total} applications in the last {CHART_DAYS} days, "
        f"busiest day {max(series, key=lambda p: p[1])[0].isoformat() if total else 'none'}.",
    )
    return {
        "organisation": organisation,
        "groups": [(Job.Status(status), groups[status]) for status in Job.Status.values],
        "has_jobs": any(groups.values()),
        "chart": mark_safe(chart),  # noqa: S308 - built from escaped parts in jobs.charts
        "applications_total": total,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
