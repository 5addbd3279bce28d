"""Named slots in a page that higher apps fill, so the app that owns the page imports none of them.

A page owner defines a ``django.dispatch.Signal`` and, when rendering, calls ``fill(signal,
...)``. Each receiver (connected in a higher app's ``AppConfig.ready()``) returns a ``Fill``:
context to add and, per named slot, a template of its own to include there. The page's
template includes them with ``{% for template in slots.NAME %}{% include template %}{% endfor %}``.
Floor 0, beside the other cross-app vocabularies (roles, personal data).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.dispatch import Signal


@dataclass(frozen=True, slots=True)
class Fill:
    slots: dict[str, str]
    context: dict = field(default_factory=dict)


def fill(signal: Signal, sender, **kwargs) -> dict:
    """The context a page adds: what every receiver gave, plus ``slots`` (name -> templates)."""
    context: dict = {}
    slots: dict[str, list[str]] = {}
    for _receiver, result in signal.send(sender=sender, **kwargs):
        if result is None:
            continue
        context.update(result.context)
        for name, template in result.slots.items():
            slots.setdefault(name, []).append(template)
    return {**context, "slots": slots}
