"""Issue 11: a take-down is its own status, final for the employer, recorded and emailed; the
public page of a removed job answers 410 with nothing of the job."""

import pytest
from django.core import mail
from django.urls import reverse

from employers.factories import RejectedOrganisationFactory
from jobs import services
from jobs.factories import (
    ClosedJobFactory,
    ExpiredJobFactory,
    PendingJobFactory,
    PublishedJobFactory,
)
from jobs.models import Job, JobActionRefused, ModerationDecision

from .forms_data import job_post

pytestmark = pytest.mark.django_db

SCAM_TEXT = "Send your bank details to start today."


@pytest.fixture
def taken_down(published, owner, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.job_take_down(job=published, by=moderator, reason="Asks for bank details")
    published.refresh_from_db()
    return published


def test_take_down_is_its_own_status_with_a_reason(taken_down, moderator):
    assert taken_down.status == Job.Status.TAKEN_DOWN
    assert taken_down.status != Job.Status.CLOSED
    assert taken_down.takedown_reason == "Asks for bank details"
    assert taken_down not in Job.objects.visible()
    decision = taken_down.decisions.get()
    assert decision.decision == ModerationDecision.Decision.TAKE_DOWN
    assert decision.actor == moderator and decision.reason == "Asks for bank details"
    assert decision.decided_at


def test_take_down_needs_a_reason(published, moderator):
    with pytest.raises(JobActionRefused):
        services.job_take_down(job=published, by=moderator, reason="   ")
    published.refresh_from_db()
    assert published.status == Job.Status.PUBLISHED
    assert not ModerationDecision.objects.exists()


def test_owners_are_emailed_in_plain_words(taken_down, owner):
    message = mail.outbox[-1]
    assert message.to == [owner.email]
    assert "taken down" in message.subject
    assert "Asks for bank details" in message.body
    assert "can't relist, copy or edit" in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body


@pytest.mark.parametrize("action", ["renew", "duplicate", "mark_filled", "submit", "edit"])
def test_the_employer_cannot_bring_a_taken_down_job_back(client, owner, taken_down, action):
    """Measured before: Renew/Relist after a take-down made the job public again."""
    client.force_login(owner)
    urls = {
        "renew": reverse("jobs:renew", args=[taken_down.pk]),
        "duplicate": reverse("jobs:duplicate", args=[taken_down.pk]),
        "mark_filled": reverse("jobs:mark_filled", args=[taken_down.pk]),
        "submit": reverse("jobs:submit", args=[taken_down.pk]),
        "edit": reverse("jobs:edit", args=[taken_down.pk]),
    }
    data = job_post(title="Fresh title") if action == "edit" else {}
    response = client.post(urls[action], data, follow=True)
    assert "only a moderator can" in response.content.decode()
    taken_down.refresh_from_db()
    assert taken_down.status == Job.Status.TAKEN_DOWN
    assert taken_down.title != "Fresh title"
    assert Job.objects.count() == 1  # no copy
    assert not Job.objects.visible().exists()


def test_model_transitions_refuse_a_taken_down_job(taken_down):
    for step in (taken_down.renew, taken_down.mark_filled, taken_down.submit, taken_down.expire):
        with pytest.raises(JobActionRefused, match="only a moderator"):
            step()
    with pytest.raises(JobActionRefused):
        taken_down.duplicate()


def test_uphold_reports_takes_down_and_relist_cannot_undo_it(client, owner, moderator, published):
    """Measured before: "uphold reports" closed the job, and Relist brought it back."""
    client.force_login(moderator)
    url = reverse("jobs:mod_uphold_reports", args=[published.pk])
    client.post(url, {"reason": "", "confirm": "yes"})
    published.refresh_from_db()
    assert published.status == Job.Status.PUBLISHED  # a reason is required
    client.post(url, {"reason": "Three people were asked for a fee", "confirm": "yes"})
    published.refresh_from_db()
    assert published.status == Job.Status.TAKEN_DOWN
    assert published.decisions.get().decision == ModerationDecision.Decision.UPHOLD_REPORTS
    client.force_login(owner)
    client.post(reverse("jobs:renew", args=[published.pk]))
    published.refresh_from_db()
    assert published.status == Job.Status.TAKEN_DOWN


def test_only_a_moderator_lifts_it(client, owner, moderator, taken_down):
    client.force_login(owner)
    assert client.post(reverse("jobs:mod_reinstate", args=[taken_down.pk])).status_code in (
        302,
        403,
    )
    taken_down.refresh_from_db()
    assert taken_down.status == Job.Status.TAKEN_DOWN
    client.force_login(moderator)
    client.post(reverse("jobs:mod_reinstate", args=[taken_down.pk]), {"reason": "Misread"})
    taken_down.refresh_from_db()
    assert taken_down.status == Job.Status.PUBLISHED and taken_down in Job.objects.visible()
    assert [d.decision for d in taken_down.decisions.all()] == ["reinstate", "take_down"]


def test_moderators_see_the_history(client, moderator, taken_down):
    client.force_login(moderator)
    html = client.get(reverse("jobs:mod_job", args=[taken_down.pk])).content.decode()
    assert "Taken down</strong> by " + moderator.email in html
    assert "Asks for bank details" in html
    queue = client.get(reverse("jobs:moderation")).content.decode()
    assert "Asks for bank details" in queue


def test_moderation_page_is_for_moderators_only(client, owner, published):
    url = reverse("jobs:mod_job", args=[published.pk])
    assert client.get(url).status_code == 302  # anonymous: to sign-in
    client.force_login(owner)
    assert client.get(url).status_code == 403


def test_the_employer_list_shows_the_true_state_and_why(client, owner, taken_down, organisation):
    held = PendingJobFactory(organisation=organisation, hold_reasons=["fee"], title="Held one")
    client.force_login(owner)
    html = client.get(reverse("jobs:employer_list")).content.decode()
    assert "Taken down" in html and "Asks for bank details" in html
    assert held.title in html and "Held for a moderator to review" in html
    preview = client.get(reverse("jobs:preview", args=[taken_down.pk])).content.decode()
    assert "Taken down by a moderator" in preview and "Asks for bank details" in preview


# What the public sees ------------------------------------------------------------------------


def _removed_page_shows_nothing(response, job):
    html = response.content.decode()
    assert response.status_code == 410
    assert job.title not in html
    assert SCAM_TEXT not in html
    assert "Verified employer" not in html
    assert job.organisation.name not in html
    assert "application/ld+json" not in html


def test_a_taken_down_job_is_gone(client, moderator, seeker, organisation):
    """Measured before: /jobs/<pk>/ answered 200 with the full text and the badge."""
    job = PublishedJobFactory(organisation=organisation, description=SCAM_TEXT)
    services.job_take_down(job=job, by=moderator, reason="Scam")
    for user in (None, seeker, moderator):
        if user:
            client.force_login(user)
        _removed_page_shows_nothing(client.get(job.get_absolute_url()), job)


def test_jobs_of_a_rejected_organisation_are_gone(client):
    job = PublishedJobFactory(organisation=RejectedOrganisationFactory(), description=SCAM_TEXT)
    _removed_page_shows_nothing(client.get(job.get_absolute_url()), job)


def test_a_job_hidden_by_reports_is_gone(client, organisation):
    job = PublishedJobFactory(
        organisation=organisation, description=SCAM_TEXT, hidden_by_reports=True
    )
    _removed_page_shows_nothing(client.get(job.get_absolute_url()), job)


@pytest.mark.parametrize("factory", [ClosedJobFactory, ExpiredJobFactory])
def test_closed_and_expired_jobs_keep_their_page(client, organisation, factory):
    job = factory(organisation=organisation)
    response = client.get(job.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "no longer accepting applications" in html and job.title in html
