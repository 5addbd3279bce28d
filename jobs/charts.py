"""Charts as HTML bar lists: no JavaScript, no CDN, no inline styles (the CSP forbids them),
readable by screen readers (each row is text: a label and a number) and at 390 px (rows stack
down the page instead of bars across it)."""

from __future__ import annotations

from dataclasses import dataclass

# Bar widths are classes w-0 … w-100 in steps of 5 (static/css/employer.css).
WIDTH_STEP = 5


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    width_class: str
    url: str = ""


def bar_width_class(value: int, peak: int) -> str:
    """The width class for ``value`` against the largest value: a non-zero value always shows."""
    if value <= 0 or peak <= 0:
        return "w-0"
    steps = round(value / peak * 100 / WIDTH_STEP)
    return f"w-{max(steps, 1) * WIDTH_STEP}"


def bar_list(rows: list[tuple[str, int, str]]) -> list[Bar]:
    """``[(label, value, url)]`` → bars, widths relative to the largest value."""
    peak = max((value for _label, value, _url in rows), default=0)
    return [Bar(label, value, bar_width_class(value, peak), url) for label, value, url in rows]
