"""`{% job_requirement_badges job %}`: a job's requirements as badges, the same on every page.

The words themselves come from ``Job.pay_label``, ``Job.location_label`` and
``Job.requirement_badges()`` (made in ``jobs.presentation``); templates read those.
"""

from django import template

register = template.Library()


@register.inclusion_tag("jobs/includes/requirement_badges.html")
def job_requirement_badges(job, list_class=""):
    return {"badges": job.requirement_badges(), "list_class": list_class}
