"""The WSGI entry point gunicorn loads: a working application, its start-up objects frozen out
of the garbage collector's walks (config/wsgi.py)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import gc
import config.wsgi
print(gc.get_freeze_count(), type(config.wsgi.application).__name__)
"""


def test_a_worker_freezes_what_it_loaded_at_start():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    frozen, application = result.stdout.split()
    assert application == "WSGIHandler"
    # Django, Wagtail and the apps' models: hundreds of thousands of objects.
    assert int(frozen) > 100_000, frozen


ZIP_PROBE = """
import time
import config.wsgi
from jobs.zip_codes import zip_lookup
started = time.perf_counter()
place = zip_lookup("78701")
print(place.city, time.perf_counter() - started)
"""


def test_a_worker_has_read_the_zip_table_before_its_first_search():
    result = subprocess.run(
        [sys.executable, "-c", ZIP_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    city, seconds = result.stdout.rsplit(maxsplit=1)
    assert city == "Austin"
    # Read on the first lookup instead, the table took ~0.5 s; a lookup in it takes ~1 ms.
    assert float(seconds) < 0.1, seconds
