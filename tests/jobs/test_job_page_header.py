"""The job page names when the job was posted and shows its organisation's logo."""

import io
from datetime import UTC, datetime

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from jobs.factories import PublishedJobFactory

pytestmark = pytest.mark.django_db


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (11, 92, 138)).save(out, "PNG")
    return out.getvalue()


def test_posted_date_is_a_day_without_time(client, organisation, settings):
    settings.TIME_ZONE = "UTC"
    job = PublishedJobFactory(organisation=organisation)
    job.published_at = datetime(2026, 11, 3, 14, 5, 6, 123456, tzinfo=UTC)
    job.save()
    html = client.get(job.get_absolute_url()).content.decode()
    assert 'posted <time datetime="2026-11-03">Nov 3, 2026</time>' in html


def test_the_organisation_logo_is_shown_when_it_has_one(client, organisation):
    job = PublishedJobFactory(organisation=organisation)
    assert 'class="job-page__logo"' not in client.get(job.get_absolute_url()).content.decode()
    organisation.logo.save("logo.png", ContentFile(png()))
    html = client.get(job.get_absolute_url()).content.decode()
    assert f'src="{organisation.logo.url}" alt="{organisation.name} logo"' in html
