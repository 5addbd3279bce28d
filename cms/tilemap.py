"""The US tile map: one square per state in the usual layout, classed by credential type."""

from dataclasses import dataclass

from candidates.credentials import STATE_NAMES, StateCredentialType

# (row, column) of each state in the common 8 × 11 tile-map grid; Puerto Rico sits off the
# south-east corner.
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

NOT_REVIEWED = "not-reviewed"
MIXED = "mixed"
# (css key, short mark shown on the tile, label): the mark keeps the map readable without colour.
LEGEND = [
    (StateCredentialType.REGISTRATION.value, "R", "Registration"),
    (StateCredentialType.LICENSE.value, "L", "License"),
    (StateCredentialType.STATE_CERTIFICATION.value, "C", "State certification"),
    (MIXED, "M", "Mixed (several tiers)"),
    (NOT_REVIEWED, "–", "Not yet reviewed"),
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
    for code, (row, column) in LAYOUT.items():
        kind = kind_for(types[code]) if code in types else NOT_REVIEWED
        url = page_urls.get(code) if kind != NOT_REVIEWED else None
        result.append(Tile(code, STATE_NAMES[code], row + 1, column + 1, kind, url))
    return result
