from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Data rights: the data export and account deletion, built from accounts.personal_data."""

    name = "privacy"
    verbose_name = _("Data rights")
