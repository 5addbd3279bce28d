from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from jobs.factories import ClosedJobFactory, DraftJobFactory, ExpiredJobFactory
from jobs.models import Job
from pharmacy.models import StateRule

from .forms_data import job_post

pytestmark = pytest.mark.django_db


def test_create_draft_with_requirements_and_questions(client, recruiter, organisation):
    client.force_login(recruiter)
    response = client.post(reverse("jobs:create"), job_post())
    job = Job.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("jobs:preview", args=[job.pk])
    assert job.organisation == organisation and job.created_by == recruiter
    assert job.status == Job.Status.DRAFT
    assert job.city == "Austin" and job.latitude
    assert job.description.startswith("<p>Fill prescriptions.</p>")
    assert [(r.code, r.level, r.within_days) for r in job.requirements.order_by("code")] == [
        ("national-certification", "required", 90),
        ("ptcb-cspt", "preferred", None),
    ]
    assert job.screening_questions.get().knockout_answer == "no"
    assert job.benefits == ["we-pay-certification", "will-train"]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"pay_min": "30", "pay_max": "20"}, "pay_max", "at least the minimum"),
        ({"zip_code": "00000"}, "zip_code", "can't find ZIP"),
        ({"zip_code": "10001"}, "zip_code", "is in NY, not TX"),
        ({"closing_date": "2020-01-01"}, "closing_date", "in the past"),
        ({"employment_types": []}, "employment_types", "required"),
        ({"state_credential": ""}, "state_credential", "required"),
    ],
)
def test_bad_input_saves_nothing(client, owner, overrides, field, message):
    client.force_login(owner)
    response = client.post(reverse("jobs:create"), job_post(**overrides))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not Job.objects.exists()


def test_bad_requirement_row_saves_nothing(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("jobs:create"),
        job_post(**{"requirements-1-code": "national-certification"}),  # duplicate code
    )
    assert response.status_code == 200
    assert response.context["requirement_formset"].non_form_errors() or any(
        f.errors for f in response.context["requirement_formset"]
    )
    assert not Job.objects.exists()


def test_script_in_description_is_stripped(client, owner):
    client.force_login(owner)
    client.post(
        reverse("jobs:create"),
        job_post(
            description='<p onmouseover="x()">Hi</p><script>alert(1)</script>'
            '<a href="javascript:alert(2)">click</a>'
        ),
    )
    description = Job.objects.get().description
    assert "script" not in description and "alert" not in description
    assert "onmouseover" not in description and "javascript" not in description


def test_state_prefill_from_verified_rule(client, owner):
    StateRule.objects.create(
        state="TX",
        tier_order=1,
        official_title="Pharmacy technician trainee",
        credential_type="trainee",
        source_url="https://www.pharmacy.texas.gov/",
        verified_on=timezone.localdate(),
        confidence="confirmed",
        required_to_work=True,
    )
    client.force_login(owner)
    form = client.get(reverse("jobs:create"), {"state": "TX"}).context["form"]
    assert form.initial["state"] == "TX"
    assert form.initial["state_credential"] == "required"  # trainee tier is not the default
    form = client.get(reverse("jobs:create"), {"state": "OH"}).context["form"]
    assert form.initial["state_credential"] is None  # no rule: the employer chooses
    response = client.get(reverse("jobs:state_policy"), {"state": "TX"})
    assert response.json() == {
        "state": "TX",
        "policy": "required",
        "allowed": ["required", "trainee-accepted"],  # never below the Texas floor
        "note": (
            "Texas law: nobody may work as a pharmacy technician without a board "
            "registration, as a trainee or a technician."
        ),
    }


def test_edit_updates_and_removes_requirement(client, owner, organisation):
    job = DraftJobFactory(organisation=organisation)
    requirement = job.requirements.get()
    client.force_login(owner)
    data = job_post(
        title="Night Technician",
        **{
            "requirements-TOTAL_FORMS": "1",
            "requirements-INITIAL_FORMS": "1",
            "requirements-0-id": str(requirement.pk),
            "requirements-0-DELETE": "on",
            "questions-TOTAL_FORMS": "0",
        },
    )
    response = client.post(reverse("jobs:edit", args=[job.pk]), data)
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.title == "Night Technician"
    assert not job.requirements.exists()


def test_editing_a_closed_job_is_refused(client, owner, organisation):
    job = ClosedJobFactory(organisation=organisation, title="Filled role")
    client.force_login(owner)
    for method in (client.get, client.post):
        response = method(reverse("jobs:edit", args=[job.pk]), job_post(), follow=True)
        assert "closed job can&#x27;t be edited" in response.content.decode()
    job.refresh_from_db()
    assert job.title == "Filled role"


def test_submit_publishes_then_mark_filled(client, owner, draft):
    client.force_login(owner)
    client.post(reverse("jobs:submit", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == Job.Status.PUBLISHED
    client.post(reverse("jobs:mark_filled", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == Job.Status.CLOSED
    assert draft not in Job.objects.visible()


def test_submit_over_limit_shows_message(client, owner, draft, settings):
    settings.JOB_DAILY_POSTING_CAP = 0
    client.force_login(owner)
    response = client.post(reverse("jobs:submit", args=[draft.pk]), follow=True)
    assert "daily limit" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Job.Status.DRAFT


def test_renew_and_duplicate(client, recruiter, organisation):
    job = ExpiredJobFactory(organisation=organisation)
    client.force_login(recruiter)
    client.post(reverse("jobs:renew", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == Job.Status.PUBLISHED and job.expires_at > timezone.now() + timedelta(20)
    response = client.post(reverse("jobs:duplicate", args=[job.pk]))
    copy = Job.objects.exclude(pk=job.pk).get()
    assert response.url == reverse("jobs:edit", args=[copy.pk])
    assert copy.status == Job.Status.DRAFT


def test_delete_only_drafts(client, owner, draft, published):
    client.force_login(owner)
    client.post(reverse("jobs:delete", args=[published.pk]))
    client.post(reverse("jobs:delete", args=[draft.pk]))
    assert list(Job.objects.all()) == [published]


def test_state_changes_refuse_get(client, owner, draft):
    client.force_login(owner)
    for name in ("submit", "mark_filled", "renew", "duplicate", "delete"):
        assert client.get(reverse(f"jobs:{name}", args=[draft.pk])).status_code == 405
    draft.refresh_from_db()
    assert draft.status == Job.Status.DRAFT


def test_csrf_enforced(owner, draft):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    assert client.post(reverse("jobs:submit", args=[draft.pk])).status_code == 403
