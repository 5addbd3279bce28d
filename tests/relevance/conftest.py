"""Print the judged relevance figures of every engine at the end of the run (with or
without ``-s``)."""

import pytest

from tests.search.conftest import es_index  # noqa: F401 — the same real index per test

from .metrics import FIGURES


@pytest.fixture
def relevance_jobs(db):
    from .data import make_jobs

    return make_jobs()


def pytest_terminal_summary(terminalreporter):
    if not FIGURES:
        return
    terminalreporter.section("search relevance (judged queries)")
    for figures in FIGURES.values():
        terminalreporter.write_line(figures.line())
        terminalreporter.write_line(f"  weakest: {figures.worst}")
