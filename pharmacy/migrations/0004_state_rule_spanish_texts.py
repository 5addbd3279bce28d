"""A state rule's words in Spanish (issue 15): empty on every row until a counsellor (or
`seed_demo`, for the seeded states) writes them; Spanish pages show the English meanwhile."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("pharmacy", "0003_state_rule_floor_facts")]

    operations = [
        migrations.AddField(
            model_name="staterule",
            name="education_es",
            field=models.CharField(
                blank=True, max_length=400, verbose_name="education minimum (Spanish)"
            ),
        ),
        migrations.AddField(
            model_name="staterule",
            name="ce_topics_es",
            field=models.CharField(
                blank=True, max_length=400, verbose_name="required CE topics (Spanish)"
            ),
        ),
        migrations.AddField(
            model_name="staterule",
            name="practice_limits_es",
            field=models.CharField(
                blank=True, max_length=400, verbose_name="where they may practise (Spanish)"
            ),
        ),
        migrations.AddField(
            model_name="staterule",
            name="notes_es",
            field=models.TextField(blank=True, verbose_name="notes (Spanish)"),
        ),
    ]
