"""Held jobs stored English sentences as reasons; they become codes that jobs.scam_text words."""

from django.db import migrations

LEGACY = {
    "Asks applicants to pay money or a fee": "fee",
    "Asks applicants to buy equipment": "equipment-purchase",
    "Asks applicants to deposit a check": "check-deposit",
    "Asks for bank or Social Security details up front": "personal-data",
    "Gives a chat app as the contact": "chat-interview",
    "Mentions a money-transfer app": "payment-channel",
}
SENTENCES = {code: sentence for sentence, code in LEGACY.items()}


def to_codes(apps, schema_editor):
    _convert(apps, lambda r: {"code": LEGACY[r], "value": ""} if r in LEGACY else r)


def to_sentences(apps, schema_editor):
    def back(reason):
        if isinstance(reason, dict) and reason.get("code") in SENTENCES:
            return SENTENCES[reason["code"]]
        return reason

    _convert(apps, back)


def _convert(apps, convert):
    Job = apps.get_model("jobs", "Job")
    for job in Job.objects.exclude(hold_reasons=[]).only("hold_reasons").iterator():
        reasons = [convert(reason) for reason in job.hold_reasons or []]
        if reasons != job.hold_reasons:
            Job.objects.filter(pk=job.pk).update(hold_reasons=reasons)


class Migration(migrations.Migration):
    dependencies = [("jobs", "0004_anonymous_reports_and_moderation_digest")]

    operations = [migrations.RunPython(to_codes, to_sentences)]
