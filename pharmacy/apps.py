from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PharmacyConfig(AppConfig):
    """The trade's vocabulary and rules: floor 0, imported by every app, importing none."""

    name = "pharmacy"
    verbose_name = _("Pharmacy vocabulary and state rules")
