"""Put back what the migrations create, after a transactional test has flushed the database.

Transactional (browser) tests empty every table when they finish; ``post_migrate`` brings
back content types and permissions only. This restores the rest idempotently: the locale,
root page, home page, default site (on ``SITE_URL``, through the same function as cms 0006),
root collection, and — by re-running the cms data migration with the live models — the
sections, group permissions and the workflow.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from cms.models import HomePage
from cms.site_url import site_point_at_site_url

groups_migration = import_module("accounts.migrations.0002_groups")
moderator_permissions_migration = import_module("employers.migrations.0003_moderator_permissions")
sections_migration = import_module("cms.migrations.0004_sections_permissions_workflow")
spanish_migration = import_module("cms.migrations.0008_spanish_locale_and_home")


def restore_migration_data() -> None:
    """Everything the data migrations create, back after a flush (idempotent)."""
    groups_migration.create_groups(apps, None)
    moderator_permissions_migration.grant(apps, None)
    ensure_site_tree()


def ensure_site_tree() -> None:
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    Locale.objects.get_or_create(language_code=language)
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    root = Page.objects.filter(depth=1).first() or Page.add_root(title="Root", slug="root")
    home = HomePage.objects.first()
    if home is None:
        home = root.add_child(instance=HomePage(title="RxTech Careers", slug="home"))
    site_point_at_site_url(Site, root_page=home)
    sections_migration.forwards(apps, None)
    # The es locale, the Spanish home page and the translate permission (cms 0008).
    spanish_migration.forwards(apps, None)
