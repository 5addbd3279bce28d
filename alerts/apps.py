from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Job alerts (saved searches emailed): floor 5, above search, whose search it runs."""

    name = "alerts"
    verbose_name = _("Job alerts")

    def ready(self):
        from accounts.personal_data import register

        from . import receivers
        from .personal_data import PARTS

        receivers.connect()
        for part in PARTS:
            register(part)
