from django.apps import AppConfig
from django.core import checks


class CmsConfig(AppConfig):
    name = "cms"

    def ready(self):
        from . import translation_governance
        from .checks import default_site_matches_site_url

        checks.register(default_site_matches_site_url)
        translation_governance.connect()
