from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        # search listens to jobs and employers; they never import search.
        from . import receivers

        receivers.connect()
