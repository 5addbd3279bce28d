"""Open jobs for CMS pages: the live-jobs block, state pages, the home page and site search.

Searches go through the search app's ``job_search`` and counts through
``Job.objects.visible()`` — never a definition of "public" or of a filter of our own.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count
from django.urls import reverse
from django.utils.http import urlencode

from jobs.models import Job
from pharmacy.vocabulary import Setting
from search.service import job_search


@dataclass(frozen=True, slots=True)
class Criteria:
    """A stored search: the same parameter names as the public /jobs/ search."""

    q: str = ""
    state: tuple[str, ...] = ()
    setting: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()

    @classmethod
    def from_block(cls, value) -> Criteria:
        return cls(
            state=tuple(value.get("state") or ()),
            setting=tuple(value.get("setting") or ()),
            requires=tuple(value.get("requires") or ()),
        )

    def as_params(self) -> dict[str, list[str]]:
        params = {"state": list(self.state), "setting": list(self.setting)}
        params["requires"] = list(self.requires)
        if self.q:
            params["q"] = [self.q]
        return {key: values for key, values in params.items() if values}

    def search_url(self) -> str:
        jobs_url = reverse("search:jobs")
        query = urlencode(self.as_params(), doseq=True)
        return f"{jobs_url}?{query}" if query else jobs_url


def open_jobs(criteria: Criteria, *, limit: int = 5) -> tuple[list[Job], int]:
    """Up to ``limit`` current open jobs matching ``criteria``, and how many match in all,
    answered by the search app (Elasticsearch, or its database fallback) like /jobs/ itself."""
    result = job_search(criteria.as_params(), per_page=limit, facets=False, relaxations=False)
    return list(result.jobs)[:limit], result.total


def counts_by_setting() -> list[tuple[str, str, int]]:
    """(setting code, label, open jobs) for every setting with at least one open job."""
    labels = dict(Setting.choices)
    rows = (
        Job.objects.visible()
        .order_by()
        .values("setting")
        .annotate(open_jobs=Count("pk"))
        .order_by("-open_jobs", "setting")
    )
    return [
        (row["setting"], labels.get(row["setting"], row["setting"]), row["open_jobs"])
        for row in rows
    ]


def newest(*, limit: int = 6) -> list[Job]:
    return list(
        Job.objects.visible().select_related("organisation").order_by("-published_at")[:limit]
    )
