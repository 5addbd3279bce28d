"""The default Wagtail Site takes SITE_URL's host and port (was localhost:80 since 0002)."""

from django.db import migrations

from cms.site_url import site_point_at_site_url


def forwards(apps, schema_editor):
    site_point_at_site_url(apps.get_model("wagtailcore.Site"))


def backwards(apps, schema_editor):
    apps.get_model("wagtailcore.Site").objects.filter(is_default_site=True).update(
        hostname="localhost", port=80
    )


class Migration(migrations.Migration):
    dependencies = [("cms", "0005_vocabulary_choices_callables")]

    operations = [migrations.RunPython(forwards, backwards)]
