from .rules import StateRule

__all__ = ["StateRule"]
