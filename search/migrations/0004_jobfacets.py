"""Each job's facet values as bits (``search.facet_bits``), in a narrow table of their own.

Existing jobs get their rows here; afterwards ``job_text`` writes them with the job's text.
"""

import django.db.models.deletion
from django.db import migrations, models

CHUNK = 2000


def fill(apps, schema_editor):
    from search import facet_bits  # the one definition of the bits (no model in it)

    Job = apps.get_model("jobs", "Job")
    JobRequirement = apps.get_model("jobs", "JobRequirement")
    JobFacets = apps.get_model("search", "JobFacets")
    fields = ("id", "employment_types", "shifts", "state_credential", "pay_min_hourly",
              "pay_max_hourly")  # fmt: skip
    last = 0
    while rows := list(Job.objects.filter(pk__gt=last).order_by("pk").values(*fields)[:CHUNK]):
        codes: dict[int, list[str]] = {row["id"]: [] for row in rows}
        for job_id, code in JobRequirement.objects.filter(job_id__in=codes).values_list(
            "job_id", "code"
        ):
            codes[job_id].append(code)
        JobFacets.objects.bulk_create(
            [JobFacets(job_id=row["id"], bits=facet_bits.job_bits(row, codes[row["id"]]))
             for row in rows]  # fmt: skip
        )
        last = rows[-1]["id"]


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0009_drop_search_vector"),
        ("search", "0003_document_inline"),
    ]

    operations = [
        migrations.CreateModel(
            name="JobFacets",
            fields=[
                (
                    "job",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_facets",
                        serialize=False,
                        to="jobs.job",
                    ),
                ),
                ("bits", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
