"""Per-worker copies of what a listed job turns into: its result card on the search page.

A listing's job comes from ``Job.objects.for_listing()``: its own listing columns, its
organisation's and its requirements', and nothing else can be read from it without a query
(the tests forbid one). What a card shows is a pure function of those values, the
language, the time zone and the caller's extras (the highlighted title, the distance, the
seeker's marks), so ``listed`` keys its copy by exactly those: a changed job, employer name or
requirement is another key, and there is nothing to invalidate. Building the key costs
~20 µs a job; rendering a card through the template engine ~400–600 µs (the API's rows, built in
Python, gained nothing from a copy: 0.1 ms a request, measured).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps

from django.db.models import Model
from django.db.models.fields.files import FieldFile
from django.utils.timezone import get_current_timezone_name
from django.utils.translation import get_language

from jobs.models import Job


def listed(maxsize: int) -> Callable:
    """Cache ``func(job, *extras)`` per worker, ``maxsize`` copies, keyed by the language, the
    time zone, every value loaded on the job and its relations, and the (hashable) extras."""

    def decorate(func):
        @lru_cache(maxsize=maxsize)
        def cached(key: _Key):
            args, key.args = key.args, None  # the cache keeps the values, not the job
            return func(*args)

        @wraps(func)
        def wrapper(job: Job, *extras):
            values = (get_language(), get_current_timezone_name(), loaded_values(job), *extras)
            return cached(_Key(values, (job, *extras)))

        wrapper.cache_info, wrapper.cache_clear = cached.cache_info, cached.cache_clear
        return wrapper

    return decorate


def loaded_values(job: Job) -> tuple:
    """Every value loaded on a listed job, its organisation and its requirements, hashable."""
    return (
        _columns(job),
        _columns(job.organisation),
        tuple(_columns(requirement) for requirement in job.requirements.all()),
    )


class _Key:
    """A key for ``lru_cache`` that carries the call's arguments until the first call with it."""

    __slots__ = ("values", "args")

    def __init__(self, values: tuple, args: tuple | None):
        self.values, self.args = values, args

    def __hash__(self):
        return hash(self.values)

    def __eq__(self, other):
        return self.values == other.values


def _columns(instance: Model) -> tuple:
    # Deferred columns are not in the instance's __dict__.
    loaded = instance.__dict__
    return tuple(
        (field.attname, _hashable(loaded[field.attname]))
        for field in instance._meta.concrete_fields
        if field.attname in loaded
    )


def _hashable(value):
    if isinstance(value, FieldFile):
        return value.name  # (a FieldFile holds its instance)
    if isinstance(value, list):
        return tuple(_hashable(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value
