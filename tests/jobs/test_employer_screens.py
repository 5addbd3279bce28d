"""Issue 14, employer screens: the job form in sections, labelled rows, the collapsed state
pickers, screening questions in the preview, actions only where they apply, and the
moderator's take-down asked twice."""

import pytest
from django.urls import reverse

from jobs.factories import (
    ClosedJobFactory,
    DraftJobFactory,
    PendingJobFactory,
    PublishedJobFactory,
)
from jobs.models import Job, JobActionRefused, ScreeningQuestion
from pharmacy.states import US_STATES
from tests.html import find, find_all, text
from tests.jobs.forms_data import job_post, management

pytestmark = pytest.mark.django_db


def form_page(client, owner, url=None):
    client.force_login(owner)
    return client.get(url or reverse("jobs:create") + "?state=TX")


def test_job_form_is_in_sections_with_legends(client, owner):
    page = form_page(client, owner)
    legends = [
        text(legend) for legend in find_all(page, "//fieldset[@class='form-section']/legend")
    ]
    assert legends == [
        "The job",
        "Place and remote work",
        "Pay and benefits",
        "Schedule",
        "Requirements",
        "Screening questions (optional)",
        "How to apply",
    ]
    # Every field of the form is inside one section.
    form = page.context["form"]
    for name in form.fields:
        assert find_all(page, f"//fieldset[@class='form-section']//*[@name='{name}']"), name


def test_state_pickers_are_collapsed_with_every_state_choice(client, owner):
    page = form_page(client, owner)
    pickers = find_all(page, "//details[@data-state-picker]")
    assert len(pickers) == 2
    remote = pickers[0]
    assert remote.get("open") is None  # collapsed
    assert len(find_all(remote, ".//input[@name='remote_states']")) == len(US_STATES)
    assert find(remote, ".//input[@name='remote_all_states']") is not None
    assert "(None chosen)" in text(find(remote, "./summary"))
    # The filter box is there for the script, hidden without it.
    assert (
        find(remote, ".//div[contains(@class, 'state-picker__filter')]").get("hidden") is not None
    )


def test_every_state_choice_saves_all_states(client, owner, organisation):
    client.force_login(owner)
    data = job_post(workplace="remote", remote_all_states="on", pay_min="18", pay_max="23")
    response = client.post(reverse("jobs:create"), data)
    assert response.status_code == 302, response.context["form"].errors
    job = Job.objects.get(organisation=organisation)
    assert sorted(job.remote_states) == sorted(code for code, _name in US_STATES)
    page = client.get(reverse("jobs:edit", args=[job.pk]))
    assert find(page, "//input[@name='remote_all_states']").get("checked") is not None
    summary = find_all(page, "//details[@data-state-picker]/summary")[0]
    assert f"({len(US_STATES)} states)" in text(summary)


def test_empty_extra_rows_are_not_marked_required_and_rows_say_what_they_are(client, owner):
    page = form_page(client, owner)
    rows = find_all(page, "//fieldset[contains(@class, 'formset-row')]")
    legends = [text(find(row, "./legend")) for row in rows]
    assert legends == [
        "Requirement 1",
        "Requirement 2",
        "Requirement 3",
        "Question 1",
        "Question 2",
    ]
    for row in rows:
        assert "(required)" not in text(row)


def test_a_filled_row_is_labelled_by_its_credential_and_checked(client, owner, organisation):
    client.force_login(owner)
    job = DraftJobFactory(organisation=organisation, requirements=[("ptcb-cpht", "required", None)])
    page = client.get(reverse("jobs:edit", args=[job.pk]))
    legends = find_all(page, "//fieldset[contains(@class, 'formset-row')]/legend")
    assert [text(legend) for legend in legends[:2]] == [
        "PTCB Certified Pharmacy Technician (CPhT)",
        "Requirement 2",
    ]
    # A half-filled extra row is an error on the missing field, and nothing is saved.
    data = job_post(
        **management("requirements", total=1),
        **{
            "requirements-0-code": "",
            "requirements-0-level": "required",
            "requirements-0-within_days": "30",
        },
    )
    data.pop("requirements-1-code")
    data.pop("requirements-1-level")
    data.pop("requirements-1-within_days")
    before = Job.objects.count()
    response = client.post(reverse("jobs:create"), data)
    assert response.status_code == 200
    assert response.context["requirement_formset"].forms[0].errors["code"]
    assert Job.objects.count() == before


def test_preview_shows_the_screening_questions(client, owner, organisation):
    job = DraftJobFactory(organisation=organisation)
    ScreeningQuestion.objects.create(
        job=job, text="Can you work Saturdays?", kind="yes_no", knockout_answer="no"
    )
    client.force_login(owner)
    page = client.get(reverse("jobs:preview", args=[job.pk]))
    questions = text(find(page, "//section[@aria-labelledby='preview-questions-heading']"))
    assert "Can you work Saturdays?" in questions
    assert "answering “No” screens them out" in questions
    # Not on the public page.
    job.status = Job.Status.PUBLISHED
    job.save()
    client.logout()
    assert "preview-questions-heading" not in client.get(job.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("factory", "fillable"),
    [
        (DraftJobFactory, False),
        (PendingJobFactory, False),
        (PublishedJobFactory, True),
        (ClosedJobFactory, False),
    ],
)
def test_mark_filled_is_offered_only_where_it_applies(
    client, owner, organisation, factory, fillable
):
    job = factory(organisation=organisation, title="Weekend tech")
    assert job.can_be_marked_filled is fillable
    client.force_login(owner)
    page = client.get(reverse("jobs:preview", args=[job.pk]))
    buttons = find_all(page, "//form[contains(@action, '/fill/')]")
    assert bool(buttons) is fillable


def test_a_job_in_review_cannot_be_marked_filled(client, owner, organisation):
    job = PendingJobFactory(organisation=organisation)
    with pytest.raises(JobActionRefused):
        job.mark_filled()
    taken_down = PublishedJobFactory(organisation=organisation)
    taken_down.take_down(reason="Fee")
    assert not taken_down.can_be_marked_filled and not taken_down.can_be_duplicated
    expired = PublishedJobFactory(organisation=organisation)
    expired.expire()
    assert expired.can_be_marked_filled and expired.can_be_renewed


# The moderator's take-down: asked twice --------------------------------------------------------


def test_take_down_asks_for_confirmation_first(client, moderator, published):
    client.force_login(moderator)
    url = reverse("jobs:mod_reject", args=[published.pk])
    response = client.post(url, {"reason": "Asks for a fee", "next": "job"})
    assert response.status_code == 200
    published.refresh_from_db()
    assert published.status == Job.Status.PUBLISHED
    form = find(response, f"//form[@action='{url}']")
    assert find(form, ".//input[@name='confirm']").get("value") == "yes"
    assert text(find(form, ".//textarea[@name='reason']")) == "Asks for a fee"
    response = client.post(url, {"reason": "Asks for a fee", "confirm": "yes", "next": "job"})
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.status == Job.Status.TAKEN_DOWN


def test_take_down_confirmation_says_a_reason_is_needed(client, moderator, published):
    client.force_login(moderator)
    response = client.post(reverse("jobs:mod_reject", args=[published.pk]), {"reason": " "})
    assert response.status_code == 200
    assert find(response, "//ul[@id='takedown-confirm-reason_errors']") is not None


def test_take_down_is_never_a_get(client, moderator, published):
    client.force_login(moderator)
    assert client.get(reverse("jobs:mod_reject", args=[published.pk])).status_code == 405
    published.refresh_from_db()
    assert published.status == Job.Status.PUBLISHED


@pytest.mark.parametrize("who", ["seeker", "owner", "other_member"])
def test_take_down_confirmation_is_for_moderators_only(client, request, published, who):
    client.force_login(request.getfixturevalue(who))
    url = reverse("jobs:mod_reject", args=[published.pk])
    assert client.post(url, {"reason": "x"}).status_code == 403
    client.logout()
    assert client.post(url, {"reason": "x"}).status_code == 302  # to sign in
    published.refresh_from_db()
    assert published.status == Job.Status.PUBLISHED
