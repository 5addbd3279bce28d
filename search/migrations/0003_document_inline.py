"""PostgreSQL: keep each job's ``document`` tsvector in the table row, and drop the unused
``jobs_job.search_vector`` (migration 0001; the fallback reads ``search_jobtext`` since 0002).

A document (~1.7 kB, barely compressible) pushed the row over the 2 kB TOAST threshold, so
every match and rank fetched it from the TOAST table: a keyword matching most jobs spent most
of its time there. ``STORAGE MAIN`` keeps it inline (the row's plain text columns go out of
line first); ``VACUUM FULL`` rewrites the rows already stored. SQLite: nothing to do.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "ALTER TABLE search_jobtext ALTER COLUMN document SET STORAGE MAIN",
    "VACUUM FULL search_jobtext",
    "DROP INDEX IF EXISTS jobs_job_search_vector_gin",
    "ALTER TABLE jobs_job DROP COLUMN IF EXISTS search_vector",
]
POSTGRES_BACKWARD = [
    "ALTER TABLE search_jobtext ALTER COLUMN document SET STORAGE EXTENDED",
    """ALTER TABLE jobs_job ADD COLUMN IF NOT EXISTS search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english', coalesce(description, '')), 'C')
        ) STORED""",
    "CREATE INDEX IF NOT EXISTS jobs_job_search_vector_gin ON jobs_job USING gin (search_vector)",
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
