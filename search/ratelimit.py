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
    if cache.add(key, 1, timeout=window + 5):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window + 5)
        return True
