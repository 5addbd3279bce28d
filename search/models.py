"""The database engines' copy of each job's analysed text (see ``search.job_text``)."""

from django.db import models

from jobs.models import Job


class JobText(models.Model):
    """One row per job: ``search.analysis`` terms, written by ``job_text.sync``.

    SQLite mirrors the rows into the FTS5 table ``search_jobtext_fts`` (triggers) and
    PostgreSQL keeps a generated ``document`` tsvector with a GIN index (migration 0002);
    neither is a model field.
    """

    job = models.OneToOneField(
        Job, primary_key=True, on_delete=models.CASCADE, related_name="search_text"
    )
    title = models.TextField(blank=True)
    facts = models.TextField(blank=True)
    body = models.TextField(blank=True)
    words = models.TextField(blank=True)

    def __str__(self):
        return f"search text of job {self.job_id}"


class JobFacets(models.Model):
    """One row per job: its facet values as bits (``search.facet_bits``), written with its
    ``JobText`` row. A narrow table, so the database engines count facets without reading
    the jobs' JSON lists or requirement rows."""

    job = models.OneToOneField(
        Job, primary_key=True, on_delete=models.CASCADE, related_name="search_facets"
    )
    bits = models.BigIntegerField(default=0)
    # ``facet_bits.layout()`` when written: bits of another layout are not read.
    layout = models.IntegerField(default=0)

    def __str__(self):
        return f"facet bits of job {self.job_id}"
