"""What jobs announces to the floors above it (they connect in AppConfig.ready()).

``job_page_shown`` is sent while the public job page renders, with ``job=`` and ``user=``;
receivers return an ``accounts.slots.Fill`` for the page's slots: ``actions`` (beside the
job's facts and again at the end) and ``visitor`` (below them: how the visitor matches).
"""

from django.dispatch import Signal

job_page_shown = Signal()

# Sent while the employer's job list renders, with ``organisation=`` and ``user=``; its ``jobs``
# slot shows the jobs by status (filled by applications, which knows the application counts).
employer_jobs_shown = Signal()
