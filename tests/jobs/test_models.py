from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from employers.factories import OrganisationFactory, RejectedOrganisationFactory
from jobs.factories import (
    ClosedJobFactory,
    DraftJobFactory,
    ExpiredJobFactory,
    PendingJobFactory,
    PublishedJobFactory,
)
from jobs.models import Job, JobActionRefused, JobRequirement, ScreeningQuestion
from jobs.models.job import UNVERIFIED_PENDING_LIMIT

pytestmark = pytest.mark.django_db


def errors_of(job):
    with pytest.raises(ValidationError) as caught:
        job.full_clean()
    return caught.value.message_dict


# Validation -----------------------------------------------------------------------------


def test_pay_min_above_max(draft):
    draft.pay_min, draft.pay_max = Decimal("25"), Decimal("20")
    assert "maximum pay must be at least" in errors_of(draft)["pay_max"][0]


def test_nonexistent_zip(draft):
    draft.zip_code = "00000"
    assert "can't find ZIP code 00000" in errors_of(draft)["zip_code"][0]


def test_zip_in_another_state(draft):
    draft.state, draft.zip_code = "TX", "94103"
    assert "94103 is in CA, not TX" in errors_of(draft)["zip_code"][0]


def test_zip_fills_city_and_coordinates(organisation):
    job = DraftJobFactory.build(organisation=organisation, state="OH", zip_code="43215", city="")
    job.full_clean()
    assert job.city == "Columbus"
    assert job.latitude == pytest.approx(39.97, abs=0.1)
    assert job.longitude == pytest.approx(-83.0, abs=0.1)


def test_onsite_needs_zip(draft):
    draft.zip_code = ""
    assert "zip_code" in errors_of(draft)


def test_remote_needs_no_zip_and_defaults_remote_states(draft):
    draft.workplace, draft.zip_code, draft.remote_states = Job.Workplace.REMOTE, "", []
    draft.full_clean()
    assert draft.remote_states == ["TX"]
    assert draft.latitude is None


def test_expiry_in_the_past(draft):
    draft.closing_date = timezone.localdate() - timedelta(days=1)
    assert "in the past" in errors_of(draft)["closing_date"][0]


def test_employment_types_required(draft):
    draft.employment_types = []
    assert "employment_types" in errors_of(draft)


def test_save_sanitises_description(draft):
    draft.description = (
        '<p onclick="steal()">Hi<script>alert(1)</script><style>p{}</style></p>'
        '<a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>'
        '<iframe src="https://evil.example"></iframe><strong>ok</strong>'
    )
    draft.save()
    draft.refresh_from_db()
    for bad in ("script", "alert", "onclick", "onerror", "javascript:", "style", "iframe", "img"):
        assert bad not in draft.description
    assert "<strong>ok</strong>" in draft.description
    assert "<p>Hi</p>" in draft.description


def test_save_stores_hourly_pay(draft):
    draft.pay_min, draft.pay_max, draft.pay_unit = Decimal("41600"), Decimal("52000"), "year"
    draft.save()
    draft.refresh_from_db()
    assert draft.pay_min_hourly == Decimal("20.00")
    assert draft.pay_max_hourly == Decimal("25.00")


# Lifecycle -------------------------------------------------------------------------------


def test_submit_publishes_when_verified(draft, settings):
    draft.submit()
    draft.refresh_from_db()
    assert draft.status == Job.Status.PUBLISHED
    assert draft.published_at is not None
    days = (draft.expires_at - draft.published_at).days
    assert days == settings.JOB_EXPIRY_DAYS


def test_submit_pending_when_unverified(unverified_organisation):
    job = DraftJobFactory(organisation=unverified_organisation)
    job.submit()
    assert job.status == Job.Status.PENDING_REVIEW
    assert job.hold_reasons == []
    assert job not in Job.objects.visible()


def test_scam_signals_hold_even_verified(draft):
    draft.description = "<p>A $99 training fee is due. Text us on WhatsApp: 555 0100.</p>"
    draft.save()
    draft.submit()
    assert draft.status == Job.Status.PENDING_REVIEW
    codes = [reason["code"] for reason in draft.hold_reasons]
    assert "fee" in codes and "chat-interview" in codes


def test_explicit_closing_date_sets_expiry(draft):
    closing = timezone.localdate() + timedelta(days=10)
    draft.closing_date = closing
    draft.save()
    draft.submit()
    assert timezone.localtime(draft.expires_at).date() == closing


def test_only_a_draft_can_be_submitted(published):
    with pytest.raises(JobActionRefused):
        published.submit()


def test_mark_filled_and_expire(organisation):
    job = PublishedJobFactory(organisation=organisation)
    job.mark_filled()
    assert job.status == Job.Status.CLOSED and job.closed_at
    with pytest.raises(JobActionRefused):
        job.expire()
    other = PublishedJobFactory(organisation=organisation)
    other.expire()
    assert other.status == Job.Status.EXPIRED


def test_renew_relists_with_new_expiry(organisation):
    job = ExpiredJobFactory(organisation=organisation)
    job.renew()
    assert job.status == Job.Status.PUBLISHED
    assert job.expires_at > timezone.now() + timedelta(days=29)


def test_renew_refused_for_draft(draft):
    with pytest.raises(JobActionRefused):
        draft.renew()


def test_duplicate_copies_requirements_and_questions(organisation):
    job = PublishedJobFactory(
        organisation=organisation,
        requirements=[
            ("national-certification", "required", None),
            ("ptcb-cspt", "preferred", None),
        ],
        questions=[("Are you 18 or older?", "yes_no", "no")],
    )
    copy = job.duplicate()
    assert copy.pk != job.pk
    assert copy.status == Job.Status.DRAFT
    assert copy.published_at is None and copy.view_count == 0
    assert sorted(copy.requirements.values_list("code", flat=True)) == [
        "national-certification",
        "ptcb-cspt",
    ]
    assert copy.screening_questions.get().knockout_answer == "no"
    assert JobRequirement.objects.filter(job=job).count() == 2  # original untouched
    assert ScreeningQuestion.objects.filter(job=job).count() == 1


def test_closed_job_not_editable():
    assert not ClosedJobFactory.build().is_editable
    assert ExpiredJobFactory.build().is_editable


# Limits --------------------------------------------------------------------------------


def test_unverified_pending_limit(unverified_organisation):
    PendingJobFactory.create_batch(UNVERIFIED_PENDING_LIMIT, organisation=unverified_organisation)
    job = DraftJobFactory(organisation=unverified_organisation)
    with pytest.raises(JobActionRefused, match="at most 3 jobs"):
        job.submit()
    job.refresh_from_db()
    assert job.status == Job.Status.DRAFT and job.submitted_at is None


def test_daily_posting_cap(organisation, settings):
    settings.JOB_DAILY_POSTING_CAP = 2
    for _ in range(2):
        DraftJobFactory(organisation=organisation).submit()
    job = DraftJobFactory(organisation=organisation)
    with pytest.raises(JobActionRefused, match="daily limit"):
        job.submit()
    # Yesterday's postings don't count.
    Job.objects.filter(organisation=organisation).update(
        submitted_at=timezone.now() - timedelta(days=2)
    )
    job.submit()
    assert job.status == Job.Status.PUBLISHED


# visible() -----------------------------------------------------------------------------


def test_visible_is_the_one_definition_of_public(organisation):
    live = PublishedJobFactory(organisation=organisation)
    DraftJobFactory(organisation=organisation)
    PendingJobFactory(organisation=organisation)
    ClosedJobFactory(organisation=organisation)
    ExpiredJobFactory(organisation=organisation)
    PublishedJobFactory(organisation=organisation, expires_at=timezone.now() - timedelta(1))
    PublishedJobFactory(organisation=organisation, hidden_by_reports=True)
    PublishedJobFactory(organisation=RejectedOrganisationFactory())
    assert list(Job.objects.visible()) == [live]
    assert live.is_visible


def test_visible_includes_every_verified_orgs_live_jobs():
    jobs = [PublishedJobFactory(organisation=OrganisationFactory()) for _ in range(3)]
    assert set(Job.objects.visible()) == set(jobs)
