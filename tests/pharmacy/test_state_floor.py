"""Issue 12: the state's law is a floor no posting can lower, for every seeded state."""

from datetime import date

import pytest
from django.urls import reverse

from applications.matching import match_for_user
from candidates.factories import CandidateProfileFactory
from jobs.factories import PublishedJobFactory
from jobs.forms import JobForm
from jobs.models import Job
from jobs.state_policy import raise_jobs_to_state_floor, state_policy_default
from pharmacy.eligibility import StatePolicy, Verdict
from pharmacy.models import StateRule
from pharmacy.pay import pay_laws_for
from pharmacy.state_law import law_from_rules, state_law
from tests.jobs.forms_data import job_post

pytestmark = pytest.mark.django_db

REQUIRED, TRAINEES, NONE = (
    StatePolicy.REQUIRED,
    StatePolicy.TRAINEE_ACCEPTED,
    StatePolicy.NOT_REQUIRED,
)
HOSPITAL, RETAIL, MAIL = "hospital-health-system", "community-retail", "mail-order-central-fill"

FLOOR_CASES = [
    # id, state, setting, floor, policies a posting may choose, pre-fill
    ("texas-retail", "TX", RETAIL, TRAINEES, {REQUIRED, TRAINEES}, REQUIRED),
    ("texas-hospital", "TX", HOSPITAL, TRAINEES, {REQUIRED, TRAINEES}, REQUIRED),
    ("california", "CA", RETAIL, REQUIRED, {REQUIRED}, REQUIRED),
    ("ohio", "OH", RETAIL, TRAINEES, {REQUIRED, TRAINEES}, REQUIRED),
    ("new-york-retail", "NY", RETAIL, NONE, {REQUIRED, NONE}, NONE),
    ("new-york-mail-order", "NY", MAIL, NONE, {REQUIRED, NONE}, NONE),
    ("new-york-hospital", "NY", HOSPITAL, REQUIRED, {REQUIRED}, REQUIRED),
    ("washington", "WA", RETAIL, REQUIRED, {REQUIRED}, REQUIRED),
    ("pennsylvania", "PA", RETAIL, TRAINEES, {REQUIRED, TRAINEES}, REQUIRED),
    ("florida-unreviewed", "FL", RETAIL, None, {REQUIRED, TRAINEES, NONE}, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("state", "setting", "floor", "allowed", "prefill"),
    [pytest.param(*case[1:], id=case[0]) for case in FLOOR_CASES],
)
def test_every_seeded_state_has_its_floor(
    seeded_state_rules, state, setting, floor, allowed, prefill
):
    law = state_law(state, setting)
    assert law.floor == floor
    assert set(law.allowed_policies()) == allowed
    assert law.confirmed is (floor is not None)
    assert state_policy_default(state, setting) == prefill


def test_new_york_prefill_waits_for_the_setting(seeded_state_rules):
    assert state_policy_default("NY") is None
    assert state_law("NY").depends_on_setting


def test_pennsylvania_floor_starts_on_june_28_2026(seeded_state_rules):
    rules = StateRule.objects.filter(state="PA")
    assert law_from_rules("PA", rules, setting=RETAIL, on=date(2026, 6, 27)).floor is NONE
    assert law_from_rules("PA", rules, setting=RETAIL, on=date(2026, 6, 28)).floor is TRAINEES


def test_an_unconfirmed_rule_is_no_floor(seeded_state_rules):
    StateRule.objects.filter(state="TX").update(confidence="probable")
    law = state_law("TX", RETAIL)
    assert law.floor is None and not law.confirmed and law.known


@pytest.mark.parametrize(
    ("state", "setting", "posted", "shown"),
    [
        pytest.param("TX", RETAIL, NONE, TRAINEES, id="texas-requiring-nothing"),
        pytest.param("OH", RETAIL, NONE, TRAINEES, id="ohio-requiring-nothing"),
        pytest.param("CA", RETAIL, TRAINEES, REQUIRED, id="california-trainees"),
        pytest.param("NY", RETAIL, TRAINEES, REQUIRED, id="new-york-has-no-trainees"),
        pytest.param("NY", HOSPITAL, NONE, REQUIRED, id="new-york-hospital"),
        pytest.param("NY", RETAIL, NONE, NONE, id="new-york-retail-unchanged"),
        pytest.param("TX", RETAIL, REQUIRED, REQUIRED, id="above-the-floor-unchanged"),
    ],
)
def test_a_job_below_the_floor_is_shown_at_it_and_flagged(
    seeded_state_rules, organisation, state, setting, posted, shown
):
    job = PublishedJobFactory(
        organisation=organisation, state=state, setting=setting, zip_code="", city="",
        workplace=Job.Workplace.REMOTE, state_credential=posted, requirements=[],
    )  # fmt: skip
    job.refresh_from_db()
    assert job.state_credential == shown
    assert job.is_below_state_floor is (posted != shown)
    assert job.state_floor_raised_from == ("" if posted == shown else posted)


def test_texas_job_requiring_nothing_never_says_you_meet_everything(
    seeded_state_rules, organisation
):
    job = PublishedJobFactory(organisation=organisation, state_credential=NONE, requirements=[])
    nobody = CandidateProfileFactory()
    match = match_for_user(nobody.user, job)
    assert match.verdict is Verdict.NOT_ELIGIBLE
    assert match.rows[0].explanation == "Requires a Texas technician or trainee credential"
    assert match.rows[0].help_links[0].text == "How to get a Texas credential"


def test_existing_jobs_are_raised_when_a_rule_is_confirmed_later(organisation):
    job = PublishedJobFactory(organisation=organisation, state_credential=NONE, requirements=[])
    assert job.state_credential == NONE  # no rule yet
    from cms.demo import _seed_rules

    _seed_rules()
    assert raise_jobs_to_state_floor(Job.objects.all()) == 1
    job.refresh_from_db()
    assert (job.state_credential, job.state_floor_raised_from) == (TRAINEES, NONE)


def test_saving_a_rule_raises_the_states_open_jobs_after_commit(
    organisation, django_capture_on_commit_callbacks
):
    job = PublishedJobFactory(organisation=organisation, state_credential=NONE, requirements=[])
    # New York's licence does not reach a retail pharmacy: that job stays as posted.
    elsewhere = PublishedJobFactory(
        organisation=organisation, state="NY", state_credential=NONE, requirements=[]
    )
    from cms.demo import _seed_rules

    with django_capture_on_commit_callbacks(execute=True):
        _seed_rules()  # what a counsellor's edit in the admin does: StateRule rows saved
    job.refresh_from_db()
    elsewhere.refresh_from_db()
    assert (job.state_credential, job.state_floor_raised_from) == (TRAINEES, NONE)
    assert (elsewhere.state_credential, elsewhere.state_floor_raised_from) == (NONE, "")


def test_the_data_migration_raises_and_flags_existing_jobs(seeded_state_rules, organisation):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("jobs.migrations.0007_jobs_raised_to_state_floor")
    job = PublishedJobFactory(organisation=organisation, requirements=[])
    Job.objects.filter(pk=job.pk).update(state_credential=NONE)  # as stored before issue 12
    migration.forwards(apps, None)
    job.refresh_from_db()
    assert job.state_credential == TRAINEES and job.is_below_state_floor
    assert job.needs_index_sync


# The posting form -----------------------------------------------------------------------------


def _form(organisation, **overrides):
    data = job_post(**overrides)
    return JobForm(data=data, instance=Job(organisation=organisation))


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        pytest.param({"state_credential": "not-required"}, "Texas law", id="texas-nothing"),
        pytest.param(
            {"state": "NY", "zip_code": "10001", "setting": HOSPITAL,
             "state_credential": "not-required"},
            "New York law", id="new-york-hospital-nothing",
        ),
        pytest.param(
            {"state": "NY", "zip_code": "10001", "state_credential": "trainee-accepted"},
            "New York issues no trainee credential", id="new-york-trainees",
        ),
        pytest.param(
            {"state": "CA", "zip_code": "94103", "state_credential": "trainee-accepted"},
            "California issues no trainee credential", id="california-trainees",
        ),
    ],
)  # fmt: skip
def test_the_form_refuses_a_posting_below_the_floor(
    seeded_state_rules, organisation, overrides, error
):
    form = _form(organisation, **overrides)
    assert not form.is_valid()
    assert error in " ".join(form.errors["state_credential"])


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({}, id="texas-required"),
        pytest.param({"state_credential": "trainee-accepted"}, id="texas-trainees"),
        pytest.param(
            {"state": "NY", "zip_code": "10001", "state_credential": "not-required"},
            id="new-york-retail-nothing",
        ),
    ],
)
def test_the_form_accepts_the_floor_and_above(seeded_state_rules, organisation, overrides):
    form = _form(organisation, **overrides)
    assert form.is_valid(), form.errors


def test_the_form_disables_what_the_law_rules_out(seeded_state_rules, owner, client):
    client.force_login(owner)
    form = client.get(reverse("jobs:create"), {"state": "TX"}).context["form"]
    assert form.initial["state_credential"] == "required"
    html = str(form["state_credential"])
    assert 'value="not-required"' in html and "disabled" in html
    assert "22 TAC §297.3" in form.state_law_note


# Pay transparency -----------------------------------------------------------------------------


def test_pay_transparency_table_is_sourced_and_dated():
    laws = pay_laws_for(["CA", "CO", "WA", "NY", "IL", "TX"], on=date(2026, 12, 1))
    assert [law.state for law in laws] == ["CA", "CO", "IL", "NY", "WA"]
    assert all(law.source_url.startswith("https://") and law.checked_on for law in laws)
    assert pay_laws_for(["IL"], on=date(2024, 12, 31)) == []


@pytest.mark.parametrize(
    ("overrides", "needs_pay"),
    [
        pytest.param({"state": "CA", "zip_code": "94103"}, True, id="california"),
        pytest.param({"state": "TX"}, False, id="texas"),
        pytest.param(
            {"workplace": "remote", "zip_code": "", "remote_states": ["TX", "WA"]},
            True,
            id="remote-open-to-washington",
        ),
    ],
)
def test_the_form_requires_a_pay_range_where_the_law_does(
    seeded_state_rules, organisation, overrides, needs_pay
):
    form = _form(organisation, pay_min="", pay_max="", **overrides)
    form.is_valid()
    assert ("pay_min" in form.errors) is needs_pay
    if needs_pay:
        assert "requires the minimum and maximum pay" in form.errors["pay_min"][0]


def test_the_job_page_says_why_the_pay_range_is_shown(client, seeded_state_rules, organisation):
    job = PublishedJobFactory(
        organisation=organisation, state="CA", zip_code="94103", city="San Francisco",
        requirements=[], pay_min="22.00", pay_max="28.00",
    )  # fmt: skip
    page = client.get(job.get_absolute_url()).content.decode()
    assert "state law requires it in job postings (California: California Labor Code §432.3)" in (
        page
    )
    assert "Read the rule" in page
