"""Each job's facet values as one integer, a bit per value: the database engines' counts.

Counting employment types, shifts, requirements and pay bands over the matching jobs was one
pass per facet over their JSON lists and requirement rows (jsonb tests and a join: ~600 ms of
an unfiltered search at 100,000 jobs on PostgreSQL). With the bits stored per job
(``JobFacets``, written with its ``JobText`` row by ``job_text``) every value is a bit test,
and ``fallback`` counts them all in a single pass on PostgreSQL (``fallback.BIT_FACETS``:
SQLite reads its JSON text faster than it joins these rows).

The meaning of each value is the filters' (``fallback.facet_filters``): a type or shift in the
job's list; a requirement code among its requirement rows, ``state-credential`` when the job's
state needs one, ``none`` when neither; ``min_pay`` band ``b`` when the top of its hourly pay
reaches ``b``.

The bit positions follow the vocabularies, so each row also stores the ``layout`` it was
written with; while any row's differs from today's (a credential, shift or band was added and
the rows not yet rewritten by ``manage.py search_reindex``), ``fallback`` filters and counts
from the jobs' lists instead, slower but right. A value added while the process runs (no bit
in the cached layout) is filtered from its lists too.
"""

from __future__ import annotations

import zlib
from functools import cache

from pharmacy.credentials import requirement_choices
from pharmacy.eligibility import StatePolicy
from pharmacy.vocabulary import EmploymentType, Shift

from .criteria import PAY_BANDS, REQUIRES_NONE, REQUIRES_STATE

# The facets counted from the bits (setting and state are single values: grouped instead).
FACETS = ("type", "shift", "requires", "min_pay")


@cache
def values() -> tuple[tuple[str, str], ...]:
    """(facet parameter, value) for every bit, lowest first."""
    found = (
        *(("type", v) for v in EmploymentType.values),
        *(("shift", v) for v in Shift.values),
        *(("requires", code) for code, _label in requirement_choices()),
        ("requires", REQUIRES_STATE),
        ("requires", REQUIRES_NONE),
        *(("min_pay", str(band)) for band in PAY_BANDS),
    )
    if len(found) > 63:  # a signed 64-bit column
        raise ValueError("Too many facet values for one bigint: split the bits.")
    return found


@cache
def layout() -> int:
    """A fingerprint of ``values()``: which value each bit position means (fits an int)."""
    return zlib.crc32(repr(values()).encode()) & 0x7FFFFFFF


@cache
def by_facet() -> dict[str, tuple[str, ...]]:
    """Each facet's values, in bit order (``FACETS`` order)."""
    return {param: tuple(v for p, v in values() if p == param) for param in FACETS}


@cache
def bit() -> dict[tuple[str, str], int]:
    return {value: 1 << i for i, value in enumerate(values())}


def job_bits(row: dict, requirement_codes) -> int:
    """The bits of a job row (``employment_types``, ``shifts``, ``state_credential``,
    ``pay_min_hourly``, ``pay_max_hourly``) and the codes of its requirement rows."""
    bits = bit()
    codes = set(requirement_codes)
    found = [
        *(("type", v) for v in row["employment_types"] or ()),
        *(("shift", v) for v in row["shifts"] or ()),
        *(("requires", code) for code in codes),
    ]
    if row["state_credential"] != StatePolicy.NOT_REQUIRED:
        found.append(("requires", REQUIRES_STATE))
    elif not codes:
        found.append(("requires", REQUIRES_NONE))
    top = row["pay_max_hourly"] if row["pay_max_hourly"] is not None else row["pay_min_hourly"]
    if top is not None:
        found += [("min_pay", str(band)) for band in PAY_BANDS if top >= band]
    # Values outside today's vocabularies (old data) have no bit and count nowhere, as before.
    return sum(bits[value] for value in dict.fromkeys(found) if value in bits)
