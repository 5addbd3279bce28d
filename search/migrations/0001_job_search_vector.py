"""A stored, GIN-indexed tsvector on jobs_job for the PostgreSQL search fallback.

The search app owns it (the Job model does not declare it: PostgreSQL computes it on every
insert/update). SQLite databases skip it; the fallback uses icontains there.
"""

from django.db import migrations

ADD = """
ALTER TABLE jobs_job ADD COLUMN IF NOT EXISTS search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(description, '')), 'C')
    ) STORED;
CREATE INDEX IF NOT EXISTS jobs_job_search_vector_gin ON jobs_job USING gin (search_vector);
"""
DROP = """
DROP INDEX IF EXISTS jobs_job_search_vector_gin;
ALTER TABLE jobs_job DROP COLUMN IF EXISTS search_vector;
"""


def add(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(ADD)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("jobs", "0001_initial")]
    operations = [migrations.RunPython(add, drop, elidable=False)]
