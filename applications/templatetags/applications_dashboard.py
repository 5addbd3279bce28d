"""`{% dashboard_jobs organisation %}`: the jobs part of the employer dashboard.

An inclusion tag so employers' dashboard can show it without importing jobs (the template
loads this library by name). Jobs with new applicants come first (``applications.pipeline``);
each shows its views (the public job page's count, not the organisation's own visits) and
its applications; the chart is a bar list of the last 30 days' applications per job.
"""

from datetime import timedelta

from django import template
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from jobs.charts import bar_list
from jobs.models import Job

from ..models import Application
from ..pipeline import RECENT_DAYS, jobs_with_applicant_counts

register = template.Library()

CHART_DAYS = RECENT_DAYS
CHART_JOBS = 8


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


def applications_chart(jobs):
    """The busiest jobs of the last 30 days as bars linking to their applicants."""
    busiest = sorted(
        (job for job in jobs if job.recent_count), key=lambda job: (-job.recent_count, job.pk)
    )[:CHART_JOBS]
    return bar_list(
        [
            (job.title, job.recent_count, reverse("applications:applicants", args=[job.pk]))
            for job in busiest
        ]
    )


@register.inclusion_tag("applications/includes/dashboard_jobs_body.html", takes_context=True)
def dashboard_jobs(context, organisation):
    jobs = list(jobs_with_applicant_counts(organisation))
    groups = {status: [] for status in Job.Status.values}
    for job in jobs:
        groups[job.status].append(job)
    with_new = [job for job in jobs if job.new_count]
    return {
        "organisation": organisation,
        "jobs_with_new": with_new,
        "new_total": sum(job.new_count for job in with_new),
        "groups": [(Job.Status(status), groups[status]) for status in Job.Status.values],
        "has_jobs": bool(jobs),
        "chart": applications_chart(jobs),
        "chart_title": _("Applications per job"),
        "chart_days": CHART_DAYS,
        "applications_total": sum(job.recent_count for job in jobs),
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }
