from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search.engine import engine_status


@never_cache
def healthz(request):
    """Report the database and search engine; 200 while the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:
        database = "unavailable"
    body = {"database": database, "search": engine_status()}
    return JsonResponse(body, status=200 if database == "ok" else 503)
