"""`machine_datetime`: `<time datetime>` values without microseconds, in the site's time zone."""

from datetime import UTC, date, datetime

from django.utils import timezone

from jobs.templatetags.jobs_time import machine_datetime


def test_an_aware_datetime_is_written_to_the_second_in_the_current_time_zone():
    with timezone.override("America/Chicago"):
        value = datetime(2026, 11, 28, 22, 13, 25, 506122, tzinfo=UTC)
        assert machine_datetime(value) == "2026-11-28T16:13:25-06:00"


def test_a_date_is_written_as_a_date_and_nothing_else_as_nothing():
    assert machine_datetime(date(2026, 3, 2)) == "2026-03-02"
    assert machine_datetime(None) == ""
    assert machine_datetime("") == ""
