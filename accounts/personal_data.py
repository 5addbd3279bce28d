"""The registry of personal data: what each app stores about a person, read by ``privacy``.

An app that keeps something about a person registers one ``Part`` per kind of record in its
``AppConfig.ready()``: how to export it and how to erase it. ``privacy`` builds the data export
and deletes accounts from these parts alone, so a new app adds its data to both by registering,
never by editing privacy. The registry sits on floor 0 so that any app can fill it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Part:
    """One kind of personal record.

    ``export(user, files)`` returns JSON-able data for ``data.json`` under ``name`` and may add
    files to the archive (``files[path] = bytes``). ``erase(user)`` runs inside the deletion's
    transaction, before the user row is deleted; work that must wait for the commit (removing
    stored files, sending mail) goes through ``transaction.on_commit``.
    """

    name: str
    export: Callable[[Any, dict[str, bytes]], Any]
    erase: Callable[[Any], None] | None = None


_parts: dict[str, Part] = {}


def register(part: Part) -> None:
    """Add a part; registering the same name twice replaces it (ready() may run twice)."""
    _parts[part.name] = part


def parts() -> list[Part]:
    """Every part, in registration order: ready() runs lowest floor first."""
    return list(_parts.values())
