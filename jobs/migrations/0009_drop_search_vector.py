"""Drop ``jobs_job.search_vector``, the generated tsvector search migration 0001 added.

Nothing reads it since the PostgreSQL fallback searches ``search_jobtext.document`` (the
analysed text, search migration 0002), yet PostgreSQL computed it on every job insert and
update. Reversing adds it back, as search 0001 wrote it.
"""

from importlib import import_module

from django.db import migrations

_ADDED = import_module("search.migrations.0001_job_search_vector")


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0008_job_takedown_and_moderation_decisions"),
        ("search", "0001_job_search_vector"),
    ]
    operations = [migrations.RunPython(_ADDED.drop, _ADDED.add, elidable=False)]
