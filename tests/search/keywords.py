"""Keyword behaviour every engine must share (called from the Elasticsearch, PostgreSQL and
SQLite tests)."""

from django.urls import reverse

from config.middleware import CONTROL_CHARACTERS as CONTROL
from jobs.factories import PublishedJobFactory
from search.service import job_search

BAD_QUERIES = [
    "x" * 5000,
    "tech " * 400,
    "!!!",
    ".,;:-_/\\|",
    "\x00tech\x00",
    "night\x01\x02\x1f shift",
    "title:*",
    "OR",
    "tech OR",
    "AND NOT",
    '"',
    '"unbalanced',
    "NEAR(",
    "NEAR(tech night, 2)",
    "*",
    "tech*",
    "^",
    "^tech",
    "{title facts}: tech",
    "(((",
    "'",
    "%_",
    "&|!:*",
]


def check_bad_input(client) -> None:
    """Each a 200 page or a 400 from the API; never a 500 or an engine's syntax error."""
    for q in BAD_QUERIES:
        job_search({"q": q})  # raises on an engine syntax error
        # Control characters are refused at the perimeter (config.middleware, a clear 400)
        # before any view; the engines themselves take them (job_search above).
        page_ok = (200, 400) if CONTROL.search(q) else (200,)
        page = client.get(reverse("search:jobs"), {"q": q})
        assert page.status_code in page_ok, (q, page.status_code)
        api = client.get("/api/v1/jobs", {"q": q})
        assert api.status_code in (200, 400), (q, api.status_code)


def make_word_jobs():
    iv = PublishedJobFactory(title="IV Room Technician", setting="compounding-sterile")
    drive = PublishedJobFactory(
        title="Pharmacy Clerk",
        description="<p>Help at the counter and the drive-through window.</p>",
        duties=["customer-service"],
    )
    return iv, drive


def check_words(refresh=lambda: None) -> None:
    iv, drive = make_word_jobs()
    refresh()
    ids = [job.pk for job in job_search({"q": "IV"}).jobs]
    assert ids == [iv.pk]  # "IV" never matches inside "drive"
    assert [j.pk for j in job_search({"q": "drive"}).jobs] == [drive.pk]
    assert [j.pk for j in job_search({"q": "sterile"}).jobs] == [iv.pk]
    # One letter is not a query: the search is the same as no keywords.
    assert job_search({"q": "a"}).total == job_search({}).total == 2
