"""Analysed job text for the database engines: SQLite FTS5, PostgreSQL tsvector.

The table is created for every database; the full-text part only where it exists (vendor
checked in the migration, so one migration history serves both).
"""

import django.db.models.deletion
from django.db import migrations, models

SQLITE_ADD = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_jobtext_fts USING fts5(
        title, facts, body, words, content='search_jobtext', content_rowid='job_id',
        tokenize='unicode61', detail='column')""",
    """CREATE TRIGGER IF NOT EXISTS search_jobtext_ai AFTER INSERT ON search_jobtext BEGIN
        INSERT INTO search_jobtext_fts(rowid, title, facts, body, words)
        VALUES (new.job_id, new.title, new.facts, new.body, new.words); END""",
    """CREATE TRIGGER IF NOT EXISTS search_jobtext_ad AFTER DELETE ON search_jobtext BEGIN
        INSERT INTO search_jobtext_fts(search_jobtext_fts, rowid, title, facts, body, words)
        VALUES ('delete', old.job_id, old.title, old.facts, old.body, old.words); END""",
    """CREATE TRIGGER IF NOT EXISTS search_jobtext_au AFTER UPDATE ON search_jobtext BEGIN
        INSERT INTO search_jobtext_fts(search_jobtext_fts, rowid, title, facts, body, words)
        VALUES ('delete', old.job_id, old.title, old.facts, old.body, old.words);
        INSERT INTO search_jobtext_fts(rowid, title, facts, body, words)
        VALUES (new.job_id, new.title, new.facts, new.body, new.words); END""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_jobtext_au",
    "DROP TRIGGER IF EXISTS search_jobtext_ad",
    "DROP TRIGGER IF EXISTS search_jobtext_ai",
    "DROP TABLE IF EXISTS search_jobtext_fts",
]
POSTGRES_ADD = [
    """ALTER TABLE search_jobtext ADD COLUMN IF NOT EXISTS document tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title), 'A')
            || setweight(to_tsvector('simple', facts), 'B')
            || setweight(to_tsvector('simple', words), 'C')
            || setweight(to_tsvector('simple', body), 'D')
        ) STORED""",
    "CREATE INDEX IF NOT EXISTS search_jobtext_document_gin ON search_jobtext "
    "USING gin (document)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS search_jobtext_document_gin",
    "ALTER TABLE search_jobtext DROP COLUMN IF EXISTS document",
]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in statements.get(vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0001_initial"),
        ("search", "0001_job_search_vector"),
    ]
    operations = [
        migrations.CreateModel(
            name="JobText",
            fields=[
                (
                    "job",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_text",
                        serialize=False,
                        to="jobs.job",
                    ),
                ),
                ("title", models.TextField(blank=True)),
                ("facts", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("words", models.TextField(blank=True)),
            ],
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_ADD, "postgresql": POSTGRES_ADD}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
            elidable=False,
        ),
    ]
