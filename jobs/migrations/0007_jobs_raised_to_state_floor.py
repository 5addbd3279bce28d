"""Existing jobs posted below their state's law: shown at the floor, flagged for their owners.

Uses the pure ``pharmacy.state_law.law_from_rules`` on the historical rule rows. Changed jobs
are marked ``needs_index_sync`` (historical models send no signal search listens to):
``search_check --fix`` or a reindex brings the index up to date.
"""

from django.db import migrations
from django.utils import timezone

from pharmacy.state_law import law_from_rules


def forwards(apps, schema_editor):
    Job = apps.get_model("jobs", "Job")
    StateRule = apps.get_model("pharmacy", "StateRule")
    today = timezone.localdate()
    rules = {}
    for rule in StateRule.objects.filter(verified_on__isnull=False):
        rules.setdefault(rule.state, []).append(rule)
    for job in Job.objects.filter(state__in=rules).only(
        "pk", "state", "setting", "state_credential", "state_floor_raised_from"
    ):
        law = law_from_rules(job.state, rules[job.state], setting=job.setting, on=today)
        raised = law.raised(job.state_credential)
        if raised != job.state_credential:
            Job.objects.filter(pk=job.pk).update(
                state_floor_raised_from=job.state_floor_raised_from or job.state_credential,
                state_credential=raised.value,
                needs_index_sync=True,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0006_job_state_floor_and_structured_requirements"),
        ("pharmacy", "0003_state_rule_floor_facts"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
