"""Server-side SVG charts: no JavaScript, no CDN, readable by screen readers."""

from __future__ import annotations

from datetime import date

from django.utils.html import escape

WIDTH, HEIGHT = 600, 200
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 32, 24, 12


def bar_chart_svg(series: list[tuple[date, int]], *, title: str, desc: str) -> str:
    """A bar per day; <title>/<desc> name the chart and every bar carries its own <title>."""
    count = max(len(series), 1)
    peak = max((value for _, value in series), default=0) or 1
    plot_w = WIDTH - MARGIN_LEFT
    plot_h = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    slot = plot_w / count
    bar_w = max(slot * 0.7, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title chart-desc" class="chart">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(desc)}</desc>',
        f'<line x1="{MARGIN_LEFT}" y1="{HEIGHT - MARGIN_BOTTOM}" x2="{WIDTH}" '
        f'y2="{HEIGHT - MARGIN_BOTTOM}" stroke="#4a5566" />',
        f'<text x="{MARGIN_LEFT - 4}" y="{MARGIN_TOP + 4}" text-anchor="end" font-size="11" '
        f'fill="#4a5566">{peak}</text>',
        f'<text x="{MARGIN_LEFT - 4}" y="{HEIGHT - MARGIN_BOTTOM}" text-anchor="end" '
        f'font-size="11" fill="#4a5566">0</text>',
    ]
    for index, (day, value) in enumerate(series):
        bar_h = plot_h * value / peak
        x = MARGIN_LEFT + index * slot + (slot - bar_w) / 2
        y = HEIGHT - MARGIN_BOTTOM - bar_h
        label = f"{day.isoformat()}: {value} application{'s' if value != 1 else ''}"
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{bar_h:.1f}" '
            f'fill="#0b5c8a"><title>{escape(label)}</title></rect>'
        )
    if series:
        for index in (0, len(series) - 1):
            day = series[index][0]
            anchor = "start" if index == 0 else "end"
            x = MARGIN_LEFT if index == 0 else WIDTH
            parts.append(
                f'<text x="{x}" y="{HEIGHT - 6}" text-anchor="{anchor}" font-size="11" '
                f'fill="#4a5566">{day.strftime("%b %d")}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
