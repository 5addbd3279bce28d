"""Each row of facet bits names the layout it was written with (``facet_bits.layout``).

The rows are written again with today's layout, by 0004's fill, so none is left unread.
"""

import importlib

from django.db import migrations, models


def refill(apps, schema_editor):
    from search import facet_bits

    JobFacets = apps.get_model("search", "JobFacets")
    JobFacets.objects.all().delete()
    importlib.import_module("search.migrations.0004_jobfacets").fill(apps, schema_editor)
    JobFacets.objects.update(layout=facet_bits.layout())


class Migration(migrations.Migration):
    dependencies = [("search", "0004_jobfacets")]

    operations = [
        migrations.AddField(
            model_name="jobfacets", name="layout", field=models.IntegerField(default=0)
        ),
        migrations.RunPython(refill, migrations.RunPython.noop, elidable=True),
    ]
