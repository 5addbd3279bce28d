"""The US tile map: one square per state in the usual layout, classed by credential type."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from pharmacy.credentials import StateCredentialType
from pharmacy.states import TILE_GRID, state_label

NOT_REVIEWED = "not-reviewed"
MIXED = "mixed"
# (css key, short mark shown on the tile, label): the mark keeps the map readable without colour.
LEGEND = [
    (StateCredentialType.REGISTRATION.value, "R", StateCredentialType.REGISTRATION.label),
    (StateCredentialType.LICENSE.value, "L", StateCredentialType.LICENSE.label),
    (
        StateCredentialType.STATE_CERTIFICATION.value,
        "C",
        StateCredentialType.STATE_CERTIFICATION.label,
    ),
    (MIXED, "M", _("Mixed (several tiers)")),
    (NOT_REVIEWED, "–", _("Not yet reviewed")),
]
_MARKS = {key: (mark, label) for key, mark, label in LEGEND}


@dataclass(frozen=True, slots=True)
class Tile:
    code: str
    name: str
    row: int
    column: int
    kind: str
    url: str | None

    @property
    def mark(self) -> str:
        return _MARKS[self.kind][0]

    @property
    def kind_label(self) -> str:
        return _MARKS[self.kind][1]


def kind_for(credential_types: set[str]) -> str:
    """The map class for a state's verified tiers (trainee and assistant tiers aside)."""
    main = credential_types - {StateCredentialType.TRAINEE, StateCredentialType.ASSISTANT}
    if len(main) == 1:
        return next(iter(main))
    return MIXED


def tiles(*, rules, page_urls: dict[str, str]) -> list[Tile]:
    """Every state's tile; only states with verified rules and a live page link anywhere."""
    types: dict[str, set[str]] = {}
    for rule in rules:
        types.setdefault(rule.state, set()).add(rule.credential_type)
    result = []
    for code, (row, column) in TILE_GRID.items():
        kind = kind_for(types[code]) if code in types else NOT_REVIEWED
        url = page_urls.get(code) if kind != NOT_REVIEWED else None
        result.append(Tile(code, state_label(code), row + 1, column + 1, kind, url))
    return result
