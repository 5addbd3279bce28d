"""Judged relevance figures: mean precision@10, mean recall@60, zero-result queries."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from search.service import job_search

from .data import Facts
from .judged import QUERIES, SPANISH_QUERIES, Judge

# Engine name → Figures, filled by the tests and printed at the end of the run (conftest).
FIGURES: dict[str, Figures] = {}
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


@dataclass
class Figures:
    engine: str
    queries: int = 0
    judged: int = 0
    precision: float = 0.0
    recall: float = 0.0
    zero: list[str] = field(default_factory=list)
    worst: list[tuple[str, float, float]] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.engine}: {self.judged} judged queries (of {self.queries}), "
            f"mean P@10 {self.precision:.3f}, mean R@60 {self.recall:.3f}, "
            f"zero-result with relevant jobs: {len(self.zero)}"
        )

    def json(self) -> str:
        return json.dumps(asdict(self))


def measure(
    engine: str,
    jobs: list[Facts],
    *,
    expect_engine: str,
    queries: list[tuple[str, Judge]] = QUERIES,
) -> Figures:
    """Run every judged query through ``job_search`` and score the first 60 results.

    P@10 = relevant among the first 10 / min(10, relevant); R@60 = relevant among the first
    60 / min(60, relevant). Queries with no relevant job are run (they must not fail) but
    not scored.
    """
    figures = Figures(engine, queries=len(queries))
    precisions, recalls, rows = [], [], []
    for q, judge in queries:
        relevant = {job.pk for job in jobs if judge(job)}
        result = job_search({"q": q}, per_page=60, facets=False)
        assert result.engine == expect_engine, (q, result.engine)
        ids = [job.pk for job in result.jobs]
        if not relevant:
            continue
        if not ids:
            figures.zero.append(q)
        precision = len(relevant & set(ids[:10])) / min(10, len(relevant))
        recall = len(relevant & set(ids)) / min(60, len(relevant))
        precisions.append(precision)
        recalls.append(recall)
        rows.append((q, round(precision, 2), round(recall, 2)))
    figures.judged = len(precisions)
    figures.precision = sum(precisions) / len(precisions)
    figures.recall = sum(recalls) / len(recalls)
    figures.worst = sorted(rows, key=lambda r: r[1] + r[2])[:8]
    FIGURES[engine] = figures
    return figures


def measure_both(engine: str, jobs: list[Facts], *, expect_engine: str) -> list[Figures]:
    """The English judged queries, then the Spanish ones (issue 15), each with its figures."""
    return [
        measure(engine, jobs, expect_engine=expect_engine),
        measure(f"{engine} (es)", jobs, expect_engine=expect_engine, queries=SPANISH_QUERIES),
    ]


def check_all(all_figures: list[Figures]) -> None:
    """Every language meets the bars (all measured first, so every line gets printed)."""
    for figures in all_figures:
        check(figures)


def check(figures: Figures) -> None:
    assert not figures.zero, f"{figures.engine}: no results for {figures.zero}"
    assert figures.precision >= MIN_PRECISION, figures.line() + f" worst {figures.worst}"
    assert figures.recall >= MIN_RECALL, figures.line() + f" worst {figures.worst}"
