"""Email moderators what is new: holds, reports, organisations to verify. Run daily."""

from django.core.management.base import BaseCommand

from jobs.digest import moderation_digest_send


class Command(BaseCommand):
    help = "Send the moderators' daily digest (nothing is sent when nothing is new)."

    def handle(self, *args, **options):
        digest = moderation_digest_send()
        if digest is None:
            self.stdout.write("Nothing new since the last digest: no email sent.")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Digest sent to {digest.recipients} moderator(s): {digest.held_jobs} "
                    f"held, {digest.reports} report(s), {digest.organisations} organisation(s)."
                )
            )
