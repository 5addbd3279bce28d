"""What candidates announces to the floors above it (they subscribe in AppConfig.ready()).

Page slots (see accounts.slots), sent with ``profile=`` and ``user=``: the résumés page's
``downloads`` slot (who downloaded the candidate's résumés, filled by applications).
"""

from django.dispatch import Signal

resumes_page_shown = Signal()
