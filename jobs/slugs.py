"""The words in a job's URL: ``/jobs/<id>/<slug>/``.

The id is the key; the slug is made from the title each time (never stored), so a renamed job
moves to its new words and every older URL, or ``/jobs/<id>/`` alone, answers 301 to it.
A slug never equals a sub-path of ``/jobs/<id>/`` (``RESERVED``, every app's; a test walks
the URL patterns to keep the list complete), so ``/jobs/<id>/apply/`` stays the apply page.
"""

from django.utils.text import slugify

RESERVED = frozenset({"apply", "report", "save"})
MAX_LENGTH = 60


def job_slug(title: str) -> str:
    """``"Sterile Compounding Tech (IV room)"`` → ``"sterile-compounding-tech-iv-room"``."""
    slug = slugify(title)
    if len(slug) > MAX_LENGTH:
        slug = slug[: MAX_LENGTH + 1].rsplit("-", 1)[0][:MAX_LENGTH]
    slug = slug.strip("-_") or "job"
    return f"{slug}-job" if slug in RESERVED else slug


class JobSlugConverter:
    """``<job_slug:slug>``: a slug that is not a reserved sub-path (those patterns match)."""

    regex = "[-a-z0-9_]+"

    def to_python(self, value: str) -> str:
        if value in RESERVED:
            raise ValueError(value)  # no match: the sub-path's own pattern answers
        return value

    def to_url(self, value: str) -> str:
        return value
