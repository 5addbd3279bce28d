from django.db import migrations, models

import pharmacy.vocabulary

_LEVELS = [("required", "Required"), ("preferred", "Preferred")]
_POLICIES = [
    ("required", "State credential required"),
    ("trainee-accepted", "State credential required; trainees accepted"),
    ("not-required", "No state credential required"),
]


class Migration(migrations.Migration):
    dependencies = [("jobs", "0005_hold_reasons_as_codes")]

    operations = [
        migrations.AddField(
            model_name="job",
            name="state_floor_raised_from",
            field=models.CharField(
                blank=True,
                choices=_POLICIES,
                max_length=20,
                verbose_name="state credential as posted",
            ),
        ),
        migrations.AddField(
            model_name="job",
            name="licence_states",
            field=models.JSONField(
                blank=True, default=list, verbose_name="also needs a credential from these states"
            ),
        ),
        migrations.AddField(
            model_name="job",
            name="minimum_age",
            field=models.PositiveSmallIntegerField(
                blank=True, null=True, verbose_name="minimum age"
            ),
        ),
        migrations.AddField(
            model_name="job",
            name="background_check",
            field=models.BooleanField(default=False, verbose_name="background check"),
        ),
        migrations.AddField(
            model_name="job",
            name="drug_screen",
            field=models.BooleanField(default=False, verbose_name="drug screen"),
        ),
        migrations.AddField(
            model_name="job",
            name="bilingual_spanish",
            field=models.CharField(
                blank=True, choices=_LEVELS, max_length=10, verbose_name="bilingual Spanish"
            ),
        ),
        migrations.AddField(
            model_name="job",
            name="cpr_bls",
            field=models.CharField(
                blank=True, choices=_LEVELS, max_length=10, verbose_name="CPR / BLS certification"
            ),
        ),
        migrations.AddField(
            model_name="job",
            name="experience_in",
            field=models.CharField(
                blank=True,
                choices=pharmacy.vocabulary.experience_area_choices,
                help_text="A setting or duty the months of experience must be in (optional).",
                max_length=40,
                verbose_name="experience in",
            ),
        ),
    ]
