"""US states (and Puerto Rico) by USPS code: the one list every form, model and map uses."""

from functools import lru_cache
from unicodedata import combining, normalize

from django.utils.translation import get_language, gettext, gettext_noop

# The 50 states and DC by name, then Puerto Rico: its board licenses pharmacy technicians and
# chains hire there, so a posting there must be expressible. Other territories are left out
# until someone needs them.
# The names are the canonical English ones, whatever the page's language: JSON-LD, the search
# index and its analysis read them. ``gettext_noop`` only puts them in the catalogue; pages
# and forms show ``state_label`` / ``state_choices``, the name in the reader's language.
US_STATES: list[tuple[str, str]] = [
    ("AL", gettext_noop("Alabama")), ("AK", gettext_noop("Alaska")),
    ("AZ", gettext_noop("Arizona")), ("AR", gettext_noop("Arkansas")),
    ("CA", gettext_noop("California")), ("CO", gettext_noop("Colorado")),
    ("CT", gettext_noop("Connecticut")), ("DE", gettext_noop("Delaware")),
    ("DC", gettext_noop("District of Columbia")), ("FL", gettext_noop("Florida")),
    ("GA", gettext_noop("Georgia")), ("HI", gettext_noop("Hawaii")),
    ("ID", gettext_noop("Idaho")), ("IL", gettext_noop("Illinois")),
    ("IN", gettext_noop("Indiana")), ("IA", gettext_noop("Iowa")),
    ("KS", gettext_noop("Kansas")), ("KY", gettext_noop("Kentucky")),
    ("LA", gettext_noop("Louisiana")), ("ME", gettext_noop("Maine")),
    ("MD", gettext_noop("Maryland")), ("MA", gettext_noop("Massachusetts")),
    ("MI", gettext_noop("Michigan")), ("MN", gettext_noop("Minnesota")),
    ("MS", gettext_noop("Mississippi")), ("MO", gettext_noop("Missouri")),
    ("MT", gettext_noop("Montana")), ("NE", gettext_noop("Nebraska")),
    ("NV", gettext_noop("Nevada")), ("NH", gettext_noop("New Hampshire")),
    ("NJ", gettext_noop("New Jersey")), ("NM", gettext_noop("New Mexico")),
    ("NY", gettext_noop("New York")), ("NC", gettext_noop("North Carolina")),
    ("ND", gettext_noop("North Dakota")), ("OH", gettext_noop("Ohio")),
    ("OK", gettext_noop("Oklahoma")), ("OR", gettext_noop("Oregon")),
    ("PA", gettext_noop("Pennsylvania")), ("RI", gettext_noop("Rhode Island")),
    ("SC", gettext_noop("South Carolina")), ("SD", gettext_noop("South Dakota")),
    ("TN", gettext_noop("Tennessee")), ("TX", gettext_noop("Texas")),
    ("UT", gettext_noop("Utah")), ("VT", gettext_noop("Vermont")),
    ("VA", gettext_noop("Virginia")), ("WA", gettext_noop("Washington")),
    ("WV", gettext_noop("West Virginia")), ("WI", gettext_noop("Wisconsin")),
    ("WY", gettext_noop("Wyoming")),
    ("PR", gettext_noop("Puerto Rico")),
]  # fmt: skip
STATE_NAMES: dict[str, str] = dict(US_STATES)


# (row, column) in the common 8 × 11 tile grid; Puerto Rico off the south-east corner.
TILE_GRID: dict[str, tuple[int, int]] = {
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


TERRITORIES = frozenset({"PR"})  # listed after the states and DC


def state_label(code: str) -> str:
    """The state's name as a page shows it, in the reader's language ("Nueva York"); the code
    itself when unknown. Never for JSON-LD, the index or analysis: they read ``STATE_NAMES``."""
    name = STATE_NAMES.get(code)
    return gettext(name) if name else code


def state_choices() -> list[tuple[str, str]]:
    """Model and form choices: (code, name in the reader's language), in that language's
    alphabetical order, Puerto Rico last (a callable, so editing the list needs no migration,
    and each form or ``get_state_display`` reads the language it is shown in)."""
    return list(_choices(get_language()))


@lru_cache(maxsize=8)
def _choices(language: str | None) -> tuple[tuple[str, str], ...]:
    # ``language`` is the active one: the key of what ``gettext`` returns here.
    labelled = [(code, gettext(name)) for code, name in US_STATES]
    return tuple(
        sorted(labelled, key=lambda choice: (choice[0] in TERRITORIES, _sort_key(choice[1])))
    )


def _sort_key(name: str) -> str:
    """Accents do not move a name ("Míchigan" sorts as "Michigan")."""
    return "".join(c for c in normalize("NFKD", name) if not combining(c)).casefold()
