"""`{% dashboard_jobs organisation %}`: the jobs part of the employer dashboard.

An inclusion tag so employers' dashboard can show it without importing jobs (the template
loads this library by name).
"""

from datetime import timedelta

from django import template
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from jobs.charts import bar_chart_svg
from jobs.models import Job

from ..models import Application

register = template.Library()

CHART_DAYS = 30


def applications_per_day(organisation, *, days=CHART_DAYS, today=None):
    """[(day, count)] for the last ``days`` days, oldest first, zeros included."""
    today = today or timezone.localdate()
    start = today - timedelta(days=days - 1)
    rows = (
        Application.objects.filter(job__organisation=organisation, created_at__date__gte=start)
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {row["day"]: row["n"] for row in rows}
    return [
        (start + timedelta(days=i), counts.get(start + timedelta(days=i), 0)) for i in range(days)
    ]


def _busiest_day_text(series, total: int) -> str:
    if not total:
        return _("No applications in the last %(days)s days.") % {"days": CHART_DAYS}
    busiest = max(series, key=lambda point: point[1])[0]
    return _("%(total)s applications in the last %(days)s days, busiest day %(day)s.") % {
        "total": total,
        "days": CHART_DAYS,
        "day": date_format(busiest),
    }


@register.inclusion_tag("applications/includes/dashboard_jobs_body.html", takes_context=True)
def dashboard_jobs(context, organisation):
    jobs = (
        Job.objects.for_organisation(organisation)
        .select_related("organisation")
        .annotate(application_count=Count("applications"))
        .order_by("-updated_at")
    )
    groups = {status: [] for status in Job.Status.values}
    for job in jobs:
        groups[job.status].append(job)
    series = applications_per_day(organisation)
    total = sum(n for _, n in series)
    chart = bar_chart_svg(
        series,
        title=_("Applications per day, last %(days)s days") % {"days": CHART_DAYS},
        desc=_busiest_day_text(series, total),
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
