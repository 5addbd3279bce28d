"""/jobs/<id>/<slug>/: the id is the key, the words follow the title, every other spelling
answers 301, and the sub-paths of /jobs/<id>/ (every app's) keep their own pages."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from jobs.factories import DraftJobFactory, PublishedJobFactory
from jobs.slugs import MAX_LENGTH, RESERVED, job_slug

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(organisation):
    return PublishedJobFactory(organisation=organisation, title="Sterile Compounding Technician")


def test_the_job_address_carries_the_title_words(job):
    assert job.get_absolute_url() == f"/jobs/{job.pk}/sterile-compounding-technician/"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("CPhT — IV Room (Nights) ", "cpht-iv-room-nights"),
        ("Apply", "apply-job"),  # never a sub-path's name
        ("Save", "save-job"),
        ("¡¿!", "job"),
        ("Inpatient " * 20, ("inpatient-" * 6)[:-1]),  # cut at a word, at most MAX_LENGTH
    ],
)
def test_slugs(title, slug):
    assert job_slug(title) == slug
    assert len(job_slug(title)) <= MAX_LENGTH


def test_the_canonical_address_answers_200(client, job):
    response = client.get(job.get_absolute_url())
    assert response.status_code == 200
    assert job.title in response.content.decode()


@pytest.mark.parametrize("tail", ["", "wrong-words/", "sterile-compounding/", "pharmacy-tech/"])
def test_old_and_wrong_addresses_answer_301_to_the_canonical_one(client, job, tail):
    response = client.get(f"/jobs/{job.pk}/{tail}", {"utm_source": "mail"})
    assert response.status_code == 301
    assert response["Location"] == f"{job.get_absolute_url()}?utm_source=mail"


def test_a_renamed_job_moves_and_its_old_words_follow(client, job):
    old = job.get_absolute_url()
    job.title = "Hospital Pharmacy Technician II"
    job.save()
    assert job.get_absolute_url() == f"/jobs/{job.pk}/hospital-pharmacy-technician-ii/"
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == job.get_absolute_url()


def test_a_job_titled_like_a_sub_path_keeps_the_sub_path_working(client, organisation, seeker):
    job = PublishedJobFactory(organisation=organisation, title="Apply")
    assert job.get_absolute_url() == f"/jobs/{job.pk}/apply-job/"
    assert client.get(job.get_absolute_url()).status_code == 200
    client.force_login(seeker)
    apply = client.get(f"/jobs/{job.pk}/apply/")
    assert apply.status_code == 200 and apply.resolver_match.url_name == "apply"


@pytest.mark.parametrize(
    ("tail", "name"), [("apply/", "apply"), ("report/", "report"), ("save/", "save_job")]
)
def test_sub_paths_resolve_to_their_own_views(job, tail, name):
    from django.urls import resolve

    assert resolve(f"/jobs/{job.pk}/{tail}").url_name == name


def test_report_page_still_answers(client, job):
    response = client.get(f"/jobs/{job.pk}/report/")
    assert response.status_code == 200 and response.resolver_match.url_name == "report"


def sub_paths(resolver=None, prefix=""):
    """The first segment after /jobs/<int:pk>/ of every URL pattern in the project."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from sub_paths(entry, route)
        elif isinstance(entry, URLPattern):
            match = re.fullmatch(r"\^?jobs/<int:pk>/([^/<]+)/?.*", route)
            if match:
                yield match.group(1)


def test_every_sub_path_of_a_job_is_reserved():
    found = set(sub_paths())
    assert found >= {"apply", "report", "save"}
    assert found <= RESERVED, found - RESERVED


def test_a_draft_is_404_to_outsiders_at_every_spelling(client, organisation):
    draft = DraftJobFactory(organisation=organisation)
    for url in (f"/jobs/{draft.pk}/", draft.get_absolute_url(), f"/jobs/{draft.pk}/other/"):
        assert client.get(url).status_code == 404  # no redirect that would spell its title


def test_a_removed_job_is_410_without_a_redirect_naming_it(client, job):
    job.hidden_by_reports = True
    job.save()
    for url in (f"/jobs/{job.pk}/", job.get_absolute_url()):
        assert client.get(url).status_code == 410


def test_reverse_by_id_alone_still_works_for_old_links(job):
    assert reverse("jobs:detail", args=[job.pk]) == f"/jobs/{job.pk}/"
