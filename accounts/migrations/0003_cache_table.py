"""The database cache table (rxtech_cache: allauth's rate limits, the API throttle), so that
`migrate` alone prepares a database; no separate `createcachetable` step to forget."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    # Creates the table of every DatabaseCache in settings.CACHES; existing tables are kept.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_groups")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
