import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    # Depends on both leaves of the parallel issue 11/12 work, so the graph has one leaf again.
    dependencies = [
        ("jobs", "0007_jobs_raised_to_state_floor"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="job",
            name="takedown_reason",
            field=models.TextField(blank=True, verbose_name="reason for the take-down"),
        ),
        migrations.AddField(
            model_name="job",
            name="taken_down_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="job",
            name="status",
            field=models.CharField(
                choices=[
                    ("draft", "Draft"),
                    ("pending", "Pending review"),
                    ("published", "Published"),
                    ("closed", "Closed (filled)"),
                    ("expired", "Expired"),
                    ("taken_down", "Taken down"),
                ],
                default="draft",
                max_length=20,
            ),
        ),
        migrations.CreateModel(
            name="ModerationDecision",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("decided_at", models.DateTimeField(auto_now_add=True, verbose_name="decided at")),
                (
                    "decision",
                    models.CharField(
                        choices=[
                            ("approve", "Approved"),
                            ("take_down", "Taken down"),
                            ("reinstate", "Reinstated"),
                            ("dismiss_reports", "Reports dismissed"),
                            ("uphold_reports", "Reports upheld, taken down"),
                        ],
                        max_length=20,
                        verbose_name="decision",
                    ),
                ),
                ("reason", models.TextField(blank=True, verbose_name="reason")),
                (
                    "actor",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "job",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="decisions",
                        to="jobs.job",
                    ),
                ),
            ],
            options={
                "verbose_name": "moderation decision",
                "verbose_name_plural": "moderation decisions",
                "ordering": ["-decided_at", "-pk"],
            },
        ),
    ]
