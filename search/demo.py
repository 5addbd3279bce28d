"""Build the search index for the demo jobs (when Elasticsearch is configured)."""

from . import engine, indexing, job_text

# The rebuild runs outside seed_demo's transaction: it reads committed jobs.
ATOMIC = False


def seed(*, size, rng, out):
    # bulk_create skipped the save signals that write the database engines' text.
    job_text.rebuild()
    if not engine.is_configured():
        return "search served from the database (no ELASTICSEARCH_URL)"
    if engine.engine_status() != "ok":
        return "Elasticsearch unreachable: run `manage.py search_reindex` once it is up"
    report = indexing.rebuild()
    return f"indexed {report.load.indexed} jobs into {report.index} ({report.load.rate:,.0f}/s)"
