from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    """Applications, their pipeline and saved jobs: floor 3, above jobs and candidates."""

    name = "applications"
    verbose_name = _("Applications")

    def ready(self):
        from accounts.personal_data import register

        from . import receivers
        from .personal_data import PARTS

        receivers.connect()
        for part in PARTS:
            register(part)
