"""'Only jobs I can take' checks each state a remote job needs a credential from (both engines)."""

import pytest

from candidates.factories import CandidateProfileFactory, PtcbCphtFactory, StateCredentialFactory
from jobs.factories import PublishedJobFactory
from jobs.models import Job
from search.service import job_search

pytestmark = pytest.mark.django_db


@pytest.fixture
def remote_job():
    job = PublishedJobFactory(
        title="Remote Prior Authorization Technician",
        workplace=Job.Workplace.REMOTE,
        remote_states=["TX", "OK"],
        requirements=[],
    )
    Job.objects.filter(pk=job.pk).update(licence_states=["TX", "OK"])
    return job


@pytest.fixture
def texan():
    profile = CandidateProfileFactory()
    PtcbCphtFactory(profile=profile)
    StateCredentialFactory(profile=profile, state="TX")
    return profile


def eligible_ids(profile, engine):
    result = job_search({"eligible": "1"}, user=profile.user)
    assert result.engine == engine
    return {job.pk for job in result.jobs}


def test_database_engine(settings, remote_job, texan):
    settings.ELASTICSEARCH_URL = ""
    assert remote_job.pk not in eligible_ids(texan, "database")
    StateCredentialFactory(profile=texan, state="OK")
    assert remote_job.pk in eligible_ids(texan, "database")


@pytest.mark.elasticsearch
def test_elasticsearch(es_index, remote_job, texan):
    es_index.rebuild()
    assert remote_job.pk not in eligible_ids(texan, "elasticsearch")
    StateCredentialFactory(profile=texan, state="OK")
    assert remote_job.pk in eligible_ids(texan, "elasticsearch")
