"""PostgreSQL: keep each job's ``document`` tsvector in the table row. (The unused
``jobs_job.search_vector`` of migration 0001 is dropped by jobs 0009.)

A document (~1.7 kB, barely compressible) pushed the row over the 2 kB TOAST threshold, so
every match and rank fetched it from the TOAST table: a keyword matching most jobs spent most
of its time there. ``STORAGE MAIN`` keeps it inline (the row's plain text columns go out of
line first); ``VACUUM FULL`` rewrites the rows already stored. SQLite: nothing to do.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "ALTER TABLE search_jobtext ALTER COLUMN document SET STORAGE MAIN",
    "VACUUM FULL search_jobtext",
]
POSTGRES_BACKWARD = [
    "ALTER TABLE search_jobtext ALTER COLUMN document SET STORAGE EXTENDED",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    atomic = False  # VACUUM cannot run inside a transaction

    dependencies = [("search", "0002_jobtext")]
    operations = [
        migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD), elidable=False),
    ]
