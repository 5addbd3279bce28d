"""ZIP codes from the offline `zipcodes` table: no network call on a form submit."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import zipcodes


@dataclass(frozen=True, slots=True)
class ZipPlace:
    zip_code: str
    city: str
    state: str
    latitude: float
    longitude: float


def load() -> None:
    """Read the ZIP table now (~0.5 s, ~50 MB) instead of on the first search with a ZIP:
    a worker calls this before it serves (config/wsgi.py)."""
    zipcodes.matching("00000")


@lru_cache(maxsize=4096)
def zip_lookup(zip_code: str) -> ZipPlace | None:
    """The place for a 5-digit ZIP, or None when it is malformed or does not exist."""
    zip_code = (zip_code or "").strip()
    if len(zip_code) != 5 or not zip_code.isdigit():
        return None
    try:
        rows = zipcodes.matching(zip_code)
    except (ValueError, TypeError):
        return None
    if not rows:
        return None
    row = rows[0]
    return ZipPlace(
        zip_code=row["zip_code"],
        city=row["city"],
        state=row["state"],
        latitude=float(row["lat"]),
        longitude=float(row["long"]),
    )


@lru_cache(maxsize=64)
def zips_in_state(state: str) -> tuple[ZipPlace, ...]:
    """Every active standard ZIP in ``state`` (used by the demo data)."""
    return tuple(
        ZipPlace(r["zip_code"], r["city"], r["state"], float(r["lat"]), float(r["long"]))
        for r in zipcodes.filter_by(state=state, active=True)
        if r.get("zip_code_type") == "STANDARD" and r.get("lat") and r.get("long")
    )
