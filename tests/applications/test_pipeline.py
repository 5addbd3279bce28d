"""The status machine: allowed moves, who may make them, history and emails."""

import pytest
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from applications.models import Application, TransitionRefused
from applications.services import application_move

pytestmark = pytest.mark.django_db
S = Application.Status


def move(client, application, status, reason=""):
    # Mail is queued for after the commit (as django_capture_on_commit_callbacks does).
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("applications:application_move", kwargs={"pk": application.pk}),
            {"status": status, "reason": reason},
        )


def test_employer_moves_through_the_pipeline_and_candidate_is_emailed(
    client, application, member, candidate
):
    client.force_login(member)
    mail.outbox.clear()
    for status in (S.REVIEWING, S.INTERVIEWING, S.OFFERED, S.HIRED):
        assert move(client, application, status).status_code == 302
        application.refresh_from_db()
        assert application.status == status
        assert mail.outbox[-1].to == [candidate.email]
        assert application.get_status_display() in mail.outbox[-1].subject
    history = [(e.from_status, e.to_status, e.actor) for e in application.events.all()]
    assert history == [
        ("", S.SUBMITTED, candidate),
        (S.SUBMITTED, S.REVIEWING, member),
        (S.REVIEWING, S.INTERVIEWING, member),
        (S.INTERVIEWING, S.OFFERED, member),
        (S.OFFERED, S.HIRED, member),
    ]


def test_hired_cannot_go_back_to_reviewing(client, application, member):
    for status in (S.REVIEWING, S.INTERVIEWING, S.OFFERED, S.HIRED):
        application_move(application=application, to=status, by=member)
    client.force_login(member)
    events = application.events.count()
    response = move(client, application, S.REVIEWING)
    assert response.status_code == 400
    assert "cannot be moved to reviewing" in response.content.decode()
    application.refresh_from_db()
    assert application.status == S.HIRED
    assert application.events.count() == events


def test_skipping_a_step_is_refused(application, member):
    with pytest.raises(TransitionRefused):
        application_move(application=application, to=S.OFFERED, by=member)
    application.refresh_from_db()
    assert application.status == S.SUBMITTED


def test_rejection_reason_is_shown_to_the_candidate(client, application, member, candidate):
    client.force_login(member)
    move(client, application, S.REJECTED, "We need CSPT for this role.")
    assert "We need CSPT for this role." in mail.outbox[-1].body
    client.force_login(candidate)
    page = client.get(reverse("applications:my_applications")).content.decode()
    assert "Not selected" in page
    assert "We need CSPT for this role." in page


def test_candidate_cannot_move_their_own_application_forward(
    client, application, candidate, member
):
    application_move(application=application, to=S.REVIEWING, by=member)
    client.force_login(candidate)
    response = move(client, application, S.INTERVIEWING)
    # The employer's move URL is not theirs at all.
    assert response.status_code == 404
    with pytest.raises(TransitionRefused) as refused:
        application_move(application=application, to=S.INTERVIEWING, by=candidate)
    assert refused.value.status == 403
    assert "Only the employer" in refused.value.message
    application.refresh_from_db()
    assert application.status == S.REVIEWING


def test_employer_cannot_withdraw(client, application, member):
    client.force_login(member)
    response = move(client, application, S.WITHDRAWN)
    assert response.status_code == 403
    assert "Only the candidate can withdraw" in response.content.decode()
    application.refresh_from_db()
    assert application.status == S.SUBMITTED


def test_unknown_status_is_refused(client, application, member):
    client.force_login(member)
    assert move(client, application, "promoted").status_code == 400


def test_candidate_withdraws_and_the_organisation_is_emailed(
    client, application, candidate, member, django_capture_on_commit_callbacks
):
    client.force_login(candidate)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("applications:withdraw", kwargs={"pk": application.pk}),
            {"reason": "Took another job", "confirm": "on"},
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == S.WITHDRAWN
    assert mail.outbox[-1].to == [member.email]
    assert "Took another job" in mail.outbox[-1].body
    # Withdrawn is final.
    again = client.post(
        reverse("applications:withdraw", kwargs={"pk": application.pk}), {"confirm": "on"}
    )
    assert again.status_code == 400


def test_the_table_is_the_only_source_of_next_statuses(application):
    assert application.next_statuses("employer") == [S.REVIEWING, S.REJECTED]
    assert application.next_statuses("candidate") == [S.WITHDRAWN]
    for status in (S.HIRED, S.REJECTED, S.WITHDRAWN):
        assert Application.TRANSITIONS[status] == {}
