"""A US tile map of matching jobs: one square per state, shaded by count, each a link."""

from __future__ import annotations

from dataclasses import dataclass

from pharmacy.states import TILE_GRID, state_label

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
    for code, (row, col) in TILE_GRID.items():
        count = counts.get(code, 0)
        shade = 0 if not count else max(1, -(-count * SHADES // busiest))
        result.append(
            Tile(
                code=code,
                name=state_label(code),
                count=count,
                shade=shade,
                x=col * (TILE + GAP),
                y=row * (TILE + GAP),
                selected=code in selected,
            )
        )
    return result
