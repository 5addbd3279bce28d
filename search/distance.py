"""Great-circle distance, for the database fallback (Elasticsearch has its own)."""

from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_MILES = 3958.8


def miles_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in miles."""
    dlat = radians(lat2 - lat1)
    dlon = radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * asin(min(1.0, sqrt(a)))


def bounding_box(lat: float, lon: float, miles: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) enclosing a circle of ``miles`` around a point."""
    dlat = miles / 69.0
    dlon = miles / max(1e-6, 69.0 * cos(radians(lat)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon
