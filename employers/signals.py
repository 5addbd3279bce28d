"""What employers announces to the floors above it (they subscribe in AppConfig.ready()).

`organisation_verified` lets jobs publish postings that waited for verification without
employers importing jobs. Sent with `organisation=` and `by=` once the change is committed.
"""

from django.dispatch import Signal

organisation_verified = Signal()

# Page slots (see accounts.slots), sent with ``organisation=`` and ``user=``: the public
# organisation page's ``jobs`` slot, and the dashboard's ``jobs`` slot.
organisation_page_shown = Signal()
dashboard_shown = Signal()
