"""The employer's applicant list, filters, CSV export, application page and notes."""

import csv
import io

import pytest
from django.urls import reverse

from accounts.factories import JobSeekerFactory
from applications.models import Application
from applications.services import application_move, application_submit
from applications.views.employer import csv_safe
from candidates.factories import (
    CandidateProfileFactory,
    NhaCphtFactory,
    StateCredentialFactory,
)
from tests.files import pdf_upload
from tests.html import section, text

pytestmark = pytest.mark.django_db


def apply(job, *, credentials=(), name="Pat Applicant", **profile):
    from candidates.resumes import inspect

    user = JobSeekerFactory(full_name=name)
    profile = CandidateProfileFactory(user=user, **profile)
    for factory in credentials:
        factory(profile=profile)
    return application_submit(job=job, candidate=user, resume_file=inspect(pdf_upload()))


@pytest.fixture
def applicants(job, application, member):
    nha_only = apply(job, credentials=[NhaCphtFactory], name="Nora NHA")
    nothing = apply(job, name="Ned Nothing")
    application_move(application=nothing, to="reviewing", by=member)
    return {"eligible": application, "nha_only": nha_only, "nothing": nothing}


def names(response):
    return [a.applicant_name for _label, apps in response.context["groups"] for a in apps]


def test_applicants_grouped_by_status_with_match(client, member, job, applicants):
    client.force_login(member)
    response = client.get(reverse("applications:applicants", kwargs={"pk": job.pk}))
    assert response.status_code == 200
    groups = [
        (label, [a.applicant_name for a in apps]) for label, apps in response.context["groups"]
    ]
    assert groups == [
        ("Submitted", ["Nora NHA", "Casey Candidate"]),
        ("Reviewing", ["Ned Nothing"]),
    ]
    assert "✓ Meets requirements" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"meets_requirements": "on"}, ["Casey Candidate"]),
        ({"credential": "nha-cpht"}, ["Nora NHA"]),
        ({"credential": "national-certification"}, ["Nora NHA", "Casey Candidate"]),
        ({"state_credential": "on"}, ["Casey Candidate"]),
        ({"status": "reviewing"}, ["Ned Nothing"]),
    ],
)
def test_filters(client, member, job, applicants, query, expected):
    client.force_login(member)
    response = client.get(reverse("applications:applicants", kwargs={"pk": job.pk}), query)
    assert names(response) == expected


def test_knockout_filter(client, member, job, applicants):
    Application.objects.filter(pk=applicants["nothing"].pk).update(knockout_failed=True)
    client.force_login(member)
    response = client.get(
        reverse("applications:applicants", kwargs={"pk": job.pk}), {"knockout_failed": "on"}
    )
    assert names(response) == ["Ned Nothing"]


def test_applicant_list_query_count_is_pinned(
    client, member, job, applicants, django_assert_max_num_queries
):
    for n in range(5):
        apply(job, credentials=[StateCredentialFactory], name=f"Extra {n}")
    client.force_login(member)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("applications:applicants", kwargs={"pk": job.pk}))
    assert len(names(response)) == 8


def test_csv_export_follows_filters_and_defuses_formulas(client, member, job, application):
    apply(job, name='=HYPERLINK("http://evil")', credentials=[NhaCphtFactory])
    client.force_login(member)
    response = client.get(reverse("applications:applicants_csv", kwargs={"pk": job.pk}))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Applied"
    assert {row[1] for row in rows[1:]} == {"Casey Candidate", '\'=HYPERLINK("http://evil")'}
    filtered = client.get(
        reverse("applications:applicants_csv", kwargs={"pk": job.pk}), {"credential": "nha-cpht"}
    )
    assert len(list(csv.reader(io.StringIO(filtered.content.decode())))) == 2


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"])
def test_csv_safe_prefixes_formula_starters(value):
    assert csv_safe(value) == "'" + value


def test_application_page_shows_snapshot_resume_answers_history(client, member, application):
    client.force_login(member)
    response = client.get(reverse("applications:application_detail", kwargs={"pk": application.pk}))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Casey Candidate" in page
    assert reverse("applications:resume_download", kwargs={"pk": application.resume.pk}) in page
    # In the employer's voice: the match is about them, not "you".
    assert "Meets all required credentials" in page
    match = text(section(response, "match-heading"))
    assert "Met by their" in match and "your" not in match.lower()
    choices = [c for c, _label in response.context["move_form"].fields["status"].widget.choices]
    assert choices == ["reviewing", "rejected"]


def test_private_notes_are_for_the_organisation_only(client, member, candidate, application):
    client.force_login(member)
    client.post(
        reverse("applications:application_note", kwargs={"pk": application.pk}),
        {"text": "Strong IV experience"},
    )
    assert application.notes.get().text == "Strong IV experience"
    client.force_login(candidate)
    page = client.get(reverse("applications:my_application", kwargs={"pk": application.pk}))
    assert "Strong IV experience" not in page.content.decode()


def test_empty_note_is_refused(client, member, application):
    client.force_login(member)
    response = client.post(
        reverse("applications:application_note", kwargs={"pk": application.pk}), {"text": ""}
    )
    assert response.status_code == 400
    assert not application.notes.exists()
