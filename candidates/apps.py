from django.apps import AppConfig


class CandidatesConfig(AppConfig):
    name = "candidates"

    def ready(self):
        from accounts.personal_data import register

        from .personal_data import PARTS

        for part in PARTS:
            register(part)
