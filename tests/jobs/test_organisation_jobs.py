import pytest

from employers.factories import VerifiedOrganisationFactory
from jobs.factories import ClosedJobFactory, DraftJobFactory, PublishedJobFactory

pytestmark = pytest.mark.django_db


def test_public_organisation_page_lists_only_its_visible_jobs(
    client, django_assert_max_num_queries
):
    organisation = VerifiedOrganisationFactory()
    open_jobs = PublishedJobFactory.create_batch(3, organisation=organisation)
    closed = ClosedJobFactory(organisation=organisation, title="Filled tech role")
    draft = DraftJobFactory(organisation=organisation, title="Draft tech role")
    other = PublishedJobFactory(title="Someone else's opening")

    with django_assert_max_num_queries(12):
        page = client.get(organisation.get_absolute_url()).content.decode()

    for job in open_jobs:
        assert job.get_absolute_url() in page
    assert "Open jobs (3)" in page
    for hidden in (closed, draft, other):
        assert hidden.get_absolute_url() not in page
