"""What search announces to the floors above it (they connect in AppConfig.ready()).

``search_page_shown`` is sent while /jobs/ renders, with ``query=`` (the search's QueryDict)
and ``user=``; receivers return an ``accounts.slots.Fill`` for its ``alerts`` slot.
"""

from django.dispatch import Signal

search_page_shown = Signal()
