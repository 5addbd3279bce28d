"""The scam screen: score a posting on the signals fake "pharmacy tech" ads follow.

Pure (no Django, no I/O). ``screen(posting)`` returns the findings (codes and the words or
figures that triggered them) and their score; a posting whose score reaches ``HOLD_AT`` is
held for a moderator, who sees the reasons (``jobs.scam_text`` makes the words). Nothing is
rejected automatically, so a false positive costs a review, not a job. The signals, their
weights and wordings are data in ``jobs.scam.patterns``.
"""

from .patterns import HOLD_AT, SIGNALS
from .rule import Finding, Posting, Screening, screen

__all__ = ["HOLD_AT", "SIGNALS", "Finding", "Posting", "Screening", "screen"]
