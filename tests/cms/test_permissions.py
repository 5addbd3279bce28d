"""Counsellors write in their two sections; moderators approve; nobody else gets in."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from accounts.factories import StaffFactory
from cms.models import GuidePage
from pharmacy.models import StateRule

from .admin_forms import guide_form, state_rule_form

pytestmark = pytest.mark.django_db


def add_url(parent, model="guidepage"):
    return reverse("wagtailadmin_pages:add", args=("cms", model, parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


DENIED = "Sorry, you do not have permission to access this area."


def is_refused(response):
    """Wagtail's "permission denied": a redirect to the dashboard carrying its error message.

    (Wagtail answers 403 only to XMLHttpRequest; a page request is always redirected.)
    """
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    return (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
        and DENIED in messages
    )


# --- Counsellors -----------------------------------------------------------------------------


def test_counsellor_reaches_the_wagtail_dashboard(client, counsellor):
    client.force_login(counsellor)
    assert client.get("/admin/").status_code == 200


def test_counsellor_is_refused_by_the_django_admin(client, counsellor):
    client.force_login(counsellor)
    for url in (
        "/django-admin/",
        "/django-admin/jobs/job/",
        "/django-admin/accounts/user/",
        "/django-admin/employers/organisation/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == f"/django-admin/login/?next={url}"


@pytest.mark.parametrize(
    "url",
    [
        "/admin/users/",
        "/admin/groups/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/sites/",
    ],
)
def test_counsellor_cannot_open_admin_areas_outside_content(client, counsellor, url):
    client.force_login(StaffFactory(is_superuser=True))
    assert client.get(url).status_code == 200  # the area exists: a refusal below means something
    client.force_login(counsellor)
    assert is_refused(client.get(url))


def test_counsellor_cannot_edit_or_add_under_the_home_page(client, counsellor, home):
    client.force_login(counsellor)
    assert is_refused(client.get(edit_url(home)))
    assert is_refused(client.get(add_url(home)))
    assert is_refused(client.get(add_url(home, "guideindexpage")))


def test_counsellor_submitting_a_page_outside_their_sections_publishes_nothing(
    client, counsellor, home
):
    client.force_login(counsellor)
    before = Page.objects.count()
    response = client.post(add_url(home), guide_form(**{"action-submit": "Submit"}))
    assert is_refused(response)
    edit = client.post(
        edit_url(home), {"title": "Hacked", "slug": "home", "action-publish": "Publish"}
    )
    assert is_refused(edit)
    assert Page.objects.count() == before
    home.refresh_from_db()
    assert home.title != "Hacked"
    assert not GuidePage.objects.exists()


def test_counsellor_saves_a_draft_and_submits_but_cannot_publish(client, counsellor, guides_index):
    client.force_login(counsellor)
    response = client.post(add_url(guides_index), guide_form(**{"action-publish": "Publish"}))
    guide = GuidePage.objects.get()
    assert response.status_code == 302 and response["Location"] == edit_url(guide)
    assert not guide.live  # the publish action is ignored without publish permission
    assert not WorkflowState.objects.filter(object_id=str(guide.pk)).exists()

    response = client.post(
        edit_url(guide), guide_form(**{"action-submit": "Submit for moderation"})
    )
    assert response.status_code == 302  # back to the section's page listing
    assert response["Location"] == reverse("wagtailadmin_explore", args=(guides_index.pk,))
    guide.refresh_from_db()
    assert not guide.live
    state = WorkflowState.objects.get(object_id=str(guide.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Counsellor review"


def test_counsellor_can_edit_pages_in_the_states_section(client, counsellor, texas_page):
    client.force_login(counsellor)
    assert client.get(edit_url(texas_page)).status_code == 200
    assert client.get(add_url(texas_page.get_parent(), "staterequirementspage")).status_code == 200


def test_counsellor_edits_state_rules_but_cannot_delete_them(client, counsellor, texas_rules):
    client.force_login(counsellor)
    assert client.get("/admin/snippets/pharmacy/staterule/").status_code == 200
    assert client.get("/admin/snippets/pharmacy/staterule/add/").status_code == 200
    response = client.post("/admin/snippets/pharmacy/staterule/add/", state_rule_form())
    assert response.status_code == 302
    assert response["Location"] == "/admin/snippets/pharmacy/staterule/"
    assert StateRule.objects.filter(state="TX", tier_order=3).exists()
    rule = texas_rules[0]
    delete_url = f"/admin/snippets/pharmacy/staterule/delete/{rule.pk}/"
    assert is_refused(client.get(delete_url))
    assert is_refused(client.post(delete_url))
    assert StateRule.objects.filter(state="TX").count() == len(texas_rules) + 1


def test_people_without_a_group_cannot_edit_state_rules(client, django_user_model):
    from accounts.factories import JobSeekerFactory

    client.force_login(JobSeekerFactory())
    response = client.get("/admin/snippets/pharmacy/staterule/")
    # No Wagtail admin access at all: sent to sign in, not to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/snippets/pharmacy/staterule/"
    response = client.post("/admin/snippets/pharmacy/staterule/add/", state_rule_form())
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not StateRule.objects.exists()


# --- Moderators ------------------------------------------------------------------------------


def submitted_guide(client, counsellor, guides_index):
    client.force_login(counsellor)
    client.post(add_url(guides_index), guide_form())
    guide = GuidePage.objects.get()
    client.post(edit_url(guide), guide_form(**{"action-submit": "Submit"}))
    client.logout()
    return guide, WorkflowState.objects.get(object_id=str(guide.pk))


def workflow_action_url(guide, workflow_state, action):
    task_state = workflow_state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(guide.pk, action, task_state.pk))


def test_moderator_approves_and_the_guide_goes_live(client, counsellor, moderator, guides_index):
    guide, state = submitted_guide(client, counsellor, guides_index)
    client.force_login(moderator)
    response = client.post(
        workflow_action_url(guide, state, "approve"), {"comment": "Facts check out."}
    )
    assert response.status_code == 302 and response["Location"] == edit_url(guide)
    guide.refresh_from_db()
    assert guide.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert client.get(guide.url).status_code == 200
    live_jobs = [block.value for block in guide.body if block.block_type == "live_jobs"]
    assert live_jobs[0]["state"] == ["TX"]
    assert live_jobs[0]["setting"] == ["hospital-health-system"]


def test_moderator_rejects_with_a_comment(client, counsellor, moderator, guides_index):
    guide, state = submitted_guide(client, counsellor, guides_index)
    client.force_login(moderator)
    client.post(workflow_action_url(guide, state, "reject"), {"comment": "Cite the BLS figures."})
    guide.refresh_from_db()
    assert not guide.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = state.task_states.get()
    assert task_state.comment == "Cite the BLS figures."


def test_counsellor_cannot_approve_their_own_guide(client, counsellor, guides_index):
    guide, state = submitted_guide(client, counsellor, guides_index)
    client.force_login(counsellor)
    response = client.post(workflow_action_url(guide, state, "approve"), {"comment": "Me"})
    assert is_refused(response)
    guide.refresh_from_db()
    assert not guide.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.status == state.current_task_state.STATUS_IN_PROGRESS


def test_moderator_can_publish_anywhere_and_lock(client, moderator, home):
    client.force_login(moderator)
    assert client.get(edit_url(home)).status_code == 200
    response = client.post(reverse("wagtailadmin_pages:lock", args=(home.pk,)))
    assert response.status_code == 302
    home.refresh_from_db()
    assert home.locked and home.locked_by == moderator


def test_counsellor_cannot_save_a_page_a_moderator_locked(
    client, counsellor, moderator, make_guide
):
    guide = make_guide(live=False)
    guide.locked, guide.locked_by = True, moderator
    guide.save()
    revisions = guide.revisions.count()
    client.force_login(counsellor)
    response = client.post(
        edit_url(guide), guide_form(title="Changed while locked", slug=guide.slug)
    )
    assert response.status_code == 200  # the edit form again, with the lock's error
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == ["The page could not be saved as it is locked."]
    guide.refresh_from_db()
    assert guide.revisions.count() == revisions
    assert guide.get_latest_revision_as_object().title != "Changed while locked"
