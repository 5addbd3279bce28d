"""No duplicate national credential per person: keep the latest-expiring entry, then the rule."""

from django.db import migrations, models
from django.db.models import F


def drop_duplicates(apps, schema_editor):
    CandidateCredential = apps.get_model("candidates", "CandidateCredential")
    rows = CandidateCredential.objects.filter(kind="national").order_by(
        "profile_id", "credential_code", F("expires_on").desc(nulls_first=True), "-pk"
    )
    seen = set()
    for row in rows.only("pk", "profile_id", "credential_code"):
        key = (row.profile_id, row.credential_code)
        if key in seen:
            row.delete()
        seen.add(key)


class Migration(migrations.Migration):
    dependencies = [("candidates", "0003_staterule_moves_to_pharmacy")]

    operations = [
        migrations.RunPython(drop_duplicates, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="candidatecredential",
            constraint=models.UniqueConstraint(
                condition=models.Q(("kind", "national")),
                fields=("profile", "credential_code"),
                name="one_national_credential_each",
                violation_error_message=(
                    "You have already added this credential. Edit the one you have instead."
                ),
            ),
        ),
    ]
