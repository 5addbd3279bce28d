"""What jobs announces to the floors above it (they connect in AppConfig.ready()).

``job_page_shown`` is sent while the public job page renders, with ``job=`` and ``user=``;
receivers return an ``accounts.slots.Fill`` for the page's slots: ``actions`` (beside the
job's facts and again at the end) and ``visitor`` (below them: how the visitor matches).
"""

from django.dispatch import Signal

job_page_shown = Signal()
