"""A US tile map of matching jobs: one square per state, shaded by count, each a link."""

from __future__ import annotations

from dataclasses import dataclass

from candidates.credentials import STATE_NAMES

# (row, column) in the common 8 × 11 tile grid; Puerto Rico off the south-east corner.
LAYOUT: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (0, 10),
    "WI": (1, 5), "VT": (1, 9), "NH": (1, 10),
    "WA": (2, 0), "ID": (2, 1), "MT": (2, 2), "ND": (2, 3), "MN": (2, 4), "IL": (2, 5),
    "MI": (2, 6), "NY": (2, 8), "MA": (2, 9),
    "OR": (3, 0), "NV": (3, 1), "WY": (3, 2), "SD": (3, 3), "IA": (3, 4), "IN": (3, 5),
    "OH": (3, 6), "PA": (3, 7), "NJ": (3, 8), "CT": (3, 9), "RI": (3, 10),
    "CA": (4, 0), "UT": (4, 1), "CO": (4, 2), "NE": (4, 3), "MO": (4, 4), "KY": (4, 5),
    "WV": (4, 6), "VA": (4, 7), "MD": (4, 8), "DE": (4, 9),
    "AZ": (5, 1), "NM": (5, 2), "KS": (5, 3), "AR": (5, 4), "TN": (5, 5), "NC": (5, 6),
    "SC": (5, 7), "DC": (5, 8),
    "OK": (6, 3), "LA": (6, 4), "MS": (6, 5), "AL": (6, 6), "GA": (6, 7),
    "HI": (7, 0), "TX": (7, 3), "FL": (7, 8), "PR": (7, 10),
}  # fmt: skip

TILE = 44
GAP = 4
WIDTH = 11 * (TILE + GAP)
HEIGHT = 8 * (TILE + GAP)
# Shade classes 0–5 (site.css / search.css colour them; 0 = no matching jobs).
SHADES = 5


@dataclass(frozen=True, slots=True)
class Tile:
    code: str
    name: str
    count: int
    shade: int
    x: int
    y: int
    selected: bool

    @property
    def label_x(self) -> int:
        return self.x + TILE // 2

    @property
    def label_y(self) -> int:
        return self.y + TILE // 2 + 5


def tiles(counts: dict[str, int], selected=()) -> list[Tile]:
    """Tiles with a shade from 0 (none) to SHADES, relative to the busiest state."""
    busiest = max(counts.values(), default=0)
    result = []
    for code, (row, col) in LAYOUT.items():
        count = counts.get(code, 0)
        shade = 0 if not count else max(1, -(-count * SHADES // busiest))
        result.append(
            Tile(
                code=code,
                name=STATE_NAMES[code],
                count=count,
                shade=shade,
                x=col * (TILE + GAP),
                y=row * (TILE + GAP),
                selected=code in selected,
            )
        )
    return result
