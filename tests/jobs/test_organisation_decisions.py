"""Issue 11: an organisation's moderation decisions stick; a verified organisation's new
name or identifiers wait for review while its jobs keep the verified ones."""

import pytest
from django.core import mail
from django.urls import reverse

from employers import services
from employers.factories import OwnerMembershipFactory, RejectedOrganisationFactory
from employers.models import Organisation, OrganisationDecision
from jobs.factories import PublishedJobFactory
from jobs.models import Job

pytestmark = pytest.mark.django_db


def org_post(organisation, **overrides):
    data = {
        "name": organisation.name,
        "hq_state": organisation.hq_state,
        "npi": organisation.npi,
        "ncpdp": organisation.ncpdp,
        "website": organisation.website,
        "practice_settings": organisation.practice_settings,
        "about": organisation.about,
    }
    data.update(overrides)
    return data


@pytest.fixture
def rejected(db):
    organisation = RejectedOrganisationFactory(name="Shady Meds", rejection_reason="Fake NPI")
    owner = OwnerMembershipFactory(organisation=organisation).user
    job = PublishedJobFactory(organisation=organisation)
    return organisation, owner, job


def test_a_rejected_organisation_stays_rejected_when_it_edits_its_name(client, rejected):
    """Measured before: renaming moved it to "pending" and its jobs were public again."""
    organisation, owner, job = rejected
    client.force_login(owner)
    url = reverse("employers:edit", args=[organisation.slug])
    response = client.post(url, org_post(organisation, name="Honest Meds", npi="1245319599"))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.verification == Organisation.Verification.REJECTED
    assert organisation.name == "Honest Meds"
    assert job not in Job.objects.visible()
    assert client.get(job.get_absolute_url()).status_code == 410


def test_only_a_moderator_reopens_a_rejected_organisation(
    client, rejected, moderator, django_capture_on_commit_callbacks
):
    organisation, owner, _job = rejected
    client.force_login(moderator)
    html = client.get(reverse("employers:moderation")).content.decode()
    assert "Shady Meds" in html and "Reopen the review" in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("employers:moderation_reopen", args=[organisation.pk]),
            {"reason": "They sent a licence"},
        )
    organisation.refresh_from_db()
    assert organisation.is_pending
    decision = organisation.decisions.get()
    assert (decision.decision, decision.actor, decision.reason) == (
        "reopen",
        moderator,
        "They sent a licence",
    )
    assert mail.outbox[-1].to == [owner.email] and "back in review" in mail.outbox[-1].subject


def test_a_verified_rename_waits_for_review_and_the_public_keeps_the_verified_name(
    client, organisation, owner, moderator, django_capture_on_commit_callbacks
):
    """Measured before: the live jobs showed the new (unreviewed) name at once."""
    job = PublishedJobFactory(organisation=organisation)
    verified_npi = organisation.npi
    client.force_login(owner)
    response = client.post(
        reverse("employers:edit", args=[organisation.slug]),
        org_post(organisation, name="CVS Pharmacy", npi="1245319599", about="<p>New</p>"),
        follow=True,
    )
    assert "wait for staff" in response.content.decode()
    organisation.refresh_from_db()
    assert organisation.is_verified
    assert organisation.name == "Lone Star Pharmacy" and organisation.npi == verified_npi
    assert organisation.about == "<p>New</p>"  # the profile is not held
    assert organisation.proposed_identity == {"name": "CVS Pharmacy", "npi": "1245319599"}
    page = client.get(job.get_absolute_url()).content.decode()
    assert "CVS Pharmacy" not in page and "Lone Star Pharmacy" in page
    assert job in Job.objects.visible()

    client.force_login(moderator)
    html = client.get(reverse("employers:moderation")).content.decode()
    assert "CVS Pharmacy" in html and verified_npi in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("employers:moderation_change_reject", args=[organisation.pk]),
            {"reason": "You are not CVS"},
        )
    organisation.refresh_from_db()
    assert organisation.name == "Lone Star Pharmacy" and not organisation.proposed_identity
    assert "You are not CVS" in mail.outbox[-1].body
    assert organisation.decisions.get().details == {"name": "CVS Pharmacy", "npi": "1245319599"}


def test_an_approved_change_goes_public(organisation, owner, moderator):
    organisation.name = "Lone Star Pharmacy & Clinic"
    services.organisation_update(organisation=organisation, changed={"name"})
    organisation.refresh_from_db()
    assert organisation.name == "Lone Star Pharmacy"
    services.organisation_identity_approve(organisation=organisation, by=moderator)
    organisation.refresh_from_db()
    assert organisation.name == "Lone Star Pharmacy & Clinic" and organisation.is_verified
    assert not organisation.has_proposed_identity
    assert organisation.decisions.get().decision == OrganisationDecision.Decision.APPROVE_CHANGE


def test_every_organisation_decision_is_recorded(organisation, moderator):
    services.organisation_reject(organisation=organisation, by=moderator, reason="Closed down")
    services.organisation_reopen(organisation=organisation, by=moderator)
    services.organisation_verify(organisation=organisation, by=moderator)
    decisions = [d.decision for d in organisation.decisions.all()]
    assert decisions == ["verify", "reopen", "reject"]
    assert organisation.decisions.last().reason == "Closed down"


def test_an_edit_never_undoes_a_rejection_read_before_it(organisation, moderator):
    stale = Organisation.objects.get(pk=organisation.pk)
    services.organisation_reject(organisation=organisation, by=moderator, reason="Fake")
    stale.about = "<p>Edited in another tab</p>"
    services.organisation_update(organisation=stale, changed={"about"})
    organisation.refresh_from_db()
    assert organisation.verification == Organisation.Verification.REJECTED
    assert organisation.about == "<p>Edited in another tab</p>"
