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
