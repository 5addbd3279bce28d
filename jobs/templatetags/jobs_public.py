"""`{% organisation_open_jobs organisation %}`: an organisation's public jobs.

An inclusion tag so the employers app's public page can list jobs without importing jobs.
"""

from django import template

from jobs.models import Job

register = template.Library()

LIMIT = 50


@register.inclusion_tag("jobs/includes/organisation_jobs_body.html")
def organisation_open_jobs(organisation):
    jobs = (
        Job.objects.visible()
        .filter(organisation=organisation)
        .with_public_relations()
        .order_by("-published_at")
    )
    return {"organisation": organisation, "jobs": jobs[:LIMIT]}
