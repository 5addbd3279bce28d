"""A credential or issuer added to the vocabulary works everywhere at once, with no migration.

Model, form, filter and block choices read the vocabulary through callables, and the JSON-LD
reads issuers from the same registry, so a new entry can neither need a migration nor 500 a
page that meets it.
"""

import json
import re

import pytest
from django.core.management import call_command

from jobs.factories import PublishedJobFactory
from pharmacy import credentials
from pharmacy.credentials import Credential, CredentialKind, Issuer

pytestmark = pytest.mark.django_db

NEW_ISSUER = Issuer(
    "acme",
    "Acme Pharmacy Credentialing Council",
    "APCC",
    "https://apcc.example/",
    "https://apcc.example/earn",
)
NEW_CREDENTIAL = Credential(
    code="apcc-ivtech",
    issuer=NEW_ISSUER,
    label="APCC Certified IV Admixture Technician",
    short_label="APCC IV Admixture",
    kind=CredentialKind.CERTIFICATION,
    renewal_months=24,
    ce_hours=10,
)


@pytest.fixture
def new_credential(monkeypatch):
    monkeypatch.setitem(credentials.ISSUERS, NEW_ISSUER.code, NEW_ISSUER)
    monkeypatch.setitem(credentials.CREDENTIALS, NEW_CREDENTIAL.code, NEW_CREDENTIAL)
    return NEW_CREDENTIAL


def _jsonld(html: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def test_a_job_requiring_a_new_credential_renders_everywhere(client, new_credential, settings):
    settings.ELASTICSEARCH_URL = ""  # the embedded default: search served from the database
    job = PublishedJobFactory(
        title="IV Room Technician", requirements=[(new_credential.code, "required", None)]
    )
    job.requirements.get().full_clean()  # the model's choices know the new code

    page = client.get(job.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert new_credential.label in html
    qualifications = _jsonld(html)["qualifications"]
    qualifications = qualifications if isinstance(qualifications, list) else [qualifications]
    ours = [q for q in qualifications if q["name"] == new_credential.label]
    assert len(ours) == 1
    assert ours[0]["recognizedBy"] == {
        "@type": "Organization",
        "name": "APCC",
        "url": "https://apcc.example/",
    }

    search = client.get("/jobs/", {"requires": new_credential.code})
    assert search.status_code == 200
    assert job.title in search.content.decode()

    api = client.get("/api/v1/jobs", {"requires": new_credential.code})
    assert api.status_code == 200
    assert [result["id"] for result in api.json()["results"]] == [job.pk]


def test_adding_to_the_vocabulary_needs_no_migration(new_credential):
    # makemigrations --check exits non-zero when the models' state differs from migrations.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
