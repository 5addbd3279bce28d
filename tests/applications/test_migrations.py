"""Moving applications (from jobs) and state rules (from candidates) keeps every row.

The move changes only Django's picture of the models (``SeparateDatabaseAndState``): the
tables keep their names. This walks a PostgreSQL database back to the state before the move,
checks the rows through the old models, migrates forward and checks them through the new ones.
"""

import pytest
from django.apps import apps as live_apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from applications.models import Application, ApplicationEvent, SavedJob
from applications.services import application_move, application_note_add, application_submit
from pharmacy.models import StateRule

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

BEFORE_THE_MOVE = [
    ("jobs", "0002_application_applicationanswer_applicationevent_and_more"),
    ("candidates", "0002_candidateprofile_candidatecredential_and_more"),
    ("employers", "0004_reserved_slugs"),
    ("cms", "0004_sections_permissions_workflow"),
    ("applications", None),
    ("pharmacy", None),
]
MOVED = {
    ("jobs", "application"): ("applications", "application"),
    ("jobs", "applicationanswer"): ("applications", "applicationanswer"),
    ("jobs", "applicationevent"): ("applications", "applicationevent"),
    ("jobs", "applicationnote"): ("applications", "applicationnote"),
    ("jobs", "savedjob"): ("applications", "savedjob"),
    ("candidates", "staterule"): ("pharmacy", "staterule"),
}


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    nodes = [target for target in targets if target[1] is not None]
    return MigrationExecutor(connection).loader.project_state(nodes).apps


def _counts(apps) -> dict[tuple[str, str], int]:
    return {
        (app_label, model): apps.get_model(app_label, model).objects.count()
        for app_label, model in MOVED
    }


def _moved_counts(apps) -> dict[tuple[str, str], int]:
    return {old: apps.get_model(*new).objects.count() for old, new in MOVED.items()}


def test_applications_and_state_rules_survive_the_move(job, candidate, resume, member, capsys):
    from candidates.factories import CandidateProfileFactory
    from candidates.resumes import inspect
    from candidates.services import resume_add
    from tests.files import pdf_upload

    StateRule.objects.create(
        state="TX",
        tier_order=1,
        official_title="Registered pharmacy technician",
        credential_type="registration",
        source_url="https://www.pharmacy.texas.gov/",
    )
    application = application_submit(job=job, candidate=candidate, resume=resume)
    application_move(application=application, to=Application.Status.REVIEWING, by=member)
    application_note_add(application=application, author=member, text="Call references")
    second = CandidateProfileFactory().user
    application_submit(
        job=job,
        candidate=second,
        resume=resume_add(profile=second.candidate_profile, resume_file=inspect(pdf_upload())),
    )
    SavedJob.objects.create(user=candidate, job=job)
    question = job.screening_questions.create(text="Can you work weekends?")
    application.answers.create(question=question, question_text=question.text, answer="yes")

    before = {
        "application": Application.objects.count(),
        "events": ApplicationEvent.objects.count(),
        "statuses": sorted(Application.objects.values_list("pk", "status", "candidate_id")),
    }
    latest = [
        (node[0], node[1]) for node in MigrationExecutor(connection).loader.graph.leaf_nodes()
    ]

    old_apps = _migrate(BEFORE_THE_MOVE)
    # An old database has the content types under the old app labels.
    ContentType = live_apps.get_model("contenttypes", "ContentType")
    for (old_app, model), (new_app, _model) in MOVED.items():
        ContentType.objects.filter(app_label=new_app, model=model).update(app_label=old_app)
    rows_before = _counts(old_apps)
    assert old_apps.get_model("jobs", "Application").objects.count() == before["application"]

    new_apps = _migrate(latest)

    rows_after = _moved_counts(new_apps)
    assert rows_after == rows_before
    assert rows_before[("jobs", "application")] == 2
    assert rows_before[("jobs", "applicationevent")] == before["events"] >= 3
    assert rows_before[("jobs", "applicationnote")] == 1
    assert rows_before[("jobs", "applicationanswer")] == 1
    assert rows_before[("jobs", "savedjob")] == 1
    assert rows_before[("candidates", "staterule")] == 1
    assert (
        sorted(Application.objects.values_list("pk", "status", "candidate_id"))
        == (before["statuses"])
    )
    assert Application.objects.get(pk=application.pk).resume_id == resume.pk
    # The content types (and so permissions granted on them) followed the models.
    for (old_app, model), (new_app, _model) in MOVED.items():
        assert not ContentType.objects.filter(app_label=old_app, model=model).exists()
        assert ContentType.objects.filter(app_label=new_app, model=model).exists()
    counsellors = live_apps.get_model("auth", "Group").objects.get(name="Career counsellors")
    assert set(
        counsellors.permissions.filter(content_type__model="staterule").values_list(
            "content_type__app_label", "codename"
        )
    ) == {("pharmacy", "add_staterule"), ("pharmacy", "change_staterule")}
    with capsys.disabled():
        print(f"\nmigration test: rows before {rows_before} after {rows_after}")
