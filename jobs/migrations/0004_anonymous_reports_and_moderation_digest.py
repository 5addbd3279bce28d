import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0003_applications_move_to_their_app"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="jobreport",
            name="reporter",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="job_reports",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="jobreport",
            name="reporter_ip_hash",
            field=models.CharField(blank=True, default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.AddConstraint(
            model_name="jobreport",
            constraint=models.UniqueConstraint(
                condition=models.Q(("reporter__isnull", True), ("status", "open")),
                fields=("job", "reporter_ip_hash"),
                name="one_open_anonymous_report_per_ip_and_job",
            ),
        ),
        migrations.AddConstraint(
            model_name="jobreport",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("reporter__isnull", False),
                    models.Q(("reporter_ip_hash", ""), _negated=True),
                    _connector="OR",
                ),
                name="job_report_has_a_reporter",
            ),
        ),
        migrations.CreateModel(
            name="ModerationDigest",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("sent_at", models.DateTimeField(db_index=True, verbose_name="sent at")),
                ("held_jobs", models.PositiveIntegerField(default=0)),
                ("reports", models.PositiveIntegerField(default=0)),
                ("organisations", models.PositiveIntegerField(default=0)),
                ("recipients", models.PositiveIntegerField(default=0)),
            ],
            options={
                "verbose_name": "moderation digest",
                "verbose_name_plural": "moderation digests",
                "ordering": ["-sent_at"],
                "get_latest_by": "sent_at",
            },
        ),
    ]
