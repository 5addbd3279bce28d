"""`{{ value|machine_datetime }}`: a `<time datetime>` value the HTML standard accepts.

Django's ``date:'c'`` writes microseconds (``…:25.506122-06:00``), which HTML refuses (a
fraction of a second has one to three digits). Datetimes are written in the current time zone
to the second, dates as ``YYYY-MM-DD``. Jobs is the lowest app whose pages need it.
"""

from datetime import date, datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def machine_datetime(value) -> str:
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return ""
