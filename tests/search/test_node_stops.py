"""Elasticsearch stops while the site is serving searches: /jobs/ keeps answering."""

from urllib.parse import urlsplit

import pytest

from jobs.factories import PublishedJobFactory
from search import indexing
from tests.search.conftest import drop_indexes
from tests.search.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


def test_jobs_page_answers_from_the_database_after_the_node_stops(client, settings):
    node = urlsplit(settings.ELASTICSEARCH_URL)
    proxy = TcpProxy(node.hostname, node.port)
    settings.ELASTICSEARCH_URL = proxy.url
    job = PublishedJobFactory(title="Hospital Night Technician", state="TX")
    link = job.get_absolute_url().encode()
    indexing.rebuild()
    try:
        before = client.get("/jobs/?q=night")
        assert before.status_code == 200
        assert link in before.content
        assert b"simpler mode" not in before.content
        assert client.get("/api/v1/jobs?q=night").json()["engine"] == "elasticsearch"

        proxy.stop()  # the node goes away mid-test, keep-alive connections and all

        after = client.get("/jobs/?q=night&state=TX")
        assert after.status_code == 200
        assert link in after.content
        assert b"simpler mode" in after.content
        api = client.get("/api/v1/jobs?q=night", REMOTE_ADDR="127.0.0.9")
        assert api.status_code == 200 and api.json()["engine"] == "database"
        assert client.get("/healthz").json()["search"] == "unavailable"
    finally:
        settings.ELASTICSEARCH_URL = f"{node.scheme}://{node.netloc}"
        drop_indexes(f"{settings.ELASTICSEARCH_INDEX_PREFIX}-jobs-*")
