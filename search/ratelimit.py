"""A fixed-window, per-IP request limit kept in Django's shared cache (the database cache)."""

from __future__ import annotations

import time

from django.core.cache import cache


def allow(request, *, scope: str, limit: int, window: int = 60) -> bool:
    """Count this request; False once the client's IP went over ``limit`` in this window.

    REMOTE_ADDR only: X-Forwarded-For is client-controlled unless a trusted proxy rewrites
    REMOTE_ADDR, which is the deployment's job.
    """
    ip = request.META.get("REMOTE_ADDR", "unknown")
    key = f"ratelimit:{scope}:{ip}:{int(time.time()) // window}"
    # incr() first: after the first request of a window it is the only cache operation
    # (a get and a set). add() only opens the window; a failed add() would cost two more
    # queries on the database cache for every request.
    try:
        return cache.incr(key) <= limit
    except ValueError:  # first request of this window (or the key was culled)
        if cache.add(key, 1, timeout=window + 5):
            return True
        try:  # another process opened the window between our incr() and add()
            return cache.incr(key) <= limit
        except ValueError:
            return True
