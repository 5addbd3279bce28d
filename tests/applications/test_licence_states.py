"""A remote job that needs a credential from each state it serves: every path checks each state.

The "How you match" panel and the verdict stored with an application read
``Job.state_requirements()`` through the one rule (search: tests/search/test_licence_states.py).
"""

import pytest

from applications.matching import match_for_user
from applications.services import application_submit
from candidates.factories import StateCredentialFactory
from jobs.factories import PublishedJobFactory
from jobs.models import Job
from pharmacy.eligibility import Verdict

pytestmark = pytest.mark.django_db


@pytest.fixture
def remote_job(organisation):
    job = PublishedJobFactory(
        organisation=organisation,
        title="Remote Prior Authorization Technician",
        workplace=Job.Workplace.REMOTE,
        remote_states=["TX", "OK"],
        requirements=[],
    )
    Job.objects.filter(pk=job.pk).update(licence_states=["TX", "OK"])
    job.refresh_from_db()
    return job


def test_each_licence_state_is_evaluated(candidate, remote_job):
    # The candidate fixture holds a Texas registration and a PTCB CPhT, nothing from Oklahoma.
    match = match_for_user(candidate, remote_job)
    assert match.verdict is Verdict.NOT_ELIGIBLE
    assert [r.requirement.state for r in match.missing] == ["OK"]

    StateCredentialFactory(profile=candidate.candidate_profile, state="OK")
    assert match_for_user(candidate, remote_job).verdict is Verdict.ELIGIBLE


def test_the_stored_verdict_checks_each_licence_state(candidate, remote_job, resume):
    application = application_submit(job=remote_job, candidate=candidate, resume=resume)
    assert application.verdict == Verdict.NOT_ELIGIBLE
    states = [
        result["requirement"].get("state")
        for result in application.eligibility_snapshot["results"]
        if result["outcome"] == "missing"
    ]
    assert states == ["OK"]
