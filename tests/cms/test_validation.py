"""Bad input in the Wagtail editor: clear errors, nothing saved or published."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from cms.models import GuidePage, StateRequirementsPage
from pharmacy.models import StateRule

from .admin_forms import guide_form, state_page_form, state_rule_form

pytestmark = pytest.mark.django_db


def tomorrow() -> str:
    """Worked out when the test runs: a value fixed at import goes stale at local midnight."""
    return (timezone.localdate() + timedelta(days=1)).isoformat()


def add_url(parent, model):
    return reverse("wagtailadmin_pages:add", args=("cms", model, parent.pk))


def test_moderator_publishing_a_guide_with_an_empty_heading_sees_an_error(
    client, moderator, guides_index
):
    client.force_login(moderator)
    response = client.post(
        add_url(guides_index, "guidepage"), guide_form(heading="", **{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not GuidePage.objects.live().exists()


def test_guide_with_an_unknown_state_in_live_jobs_is_refused(client, moderator, guides_index):
    client.force_login(moderator)
    form = guide_form(live_jobs={"state": ["ZZ"]}, **{"action-publish": "1"})
    response = client.post(add_url(guides_index, "guidepage"), form)
    assert response.status_code == 200
    assert "Unknown state" in response.content.decode()
    assert not GuidePage.objects.exists()


def test_guide_with_an_unknown_setting_in_live_jobs_is_refused(client, counsellor, guides_index):
    client.force_login(counsellor)
    form = guide_form(live_jobs={"setting": ["spaceship"]}, **{"action-submit": "1"})
    response = client.post(add_url(guides_index, "guidepage"), form)
    assert response.status_code == 200
    assert "Unknown setting" in response.content.decode()
    assert not GuidePage.objects.exists()


def test_guide_last_reviewed_in_the_future_is_refused(client, moderator, guides_index):
    client.force_login(moderator)
    form = guide_form(last_reviewed=tomorrow(), **{"action-publish": "1"})
    response = client.post(add_url(guides_index, "guidepage"), form)
    assert "cannot be in the future" in response.content.decode()
    assert not GuidePage.objects.exists()


def test_state_rule_with_a_malformed_source_url_is_refused(client, counsellor):
    client.force_login(counsellor)
    response = client.post(
        "/admin/snippets/pharmacy/staterule/add/", state_rule_form(source_url="pharmacy texas")
    )
    assert response.status_code == 200
    assert "Enter a valid URL" in response.content.decode()
    assert not StateRule.objects.exists()


def test_state_rule_verified_in_the_future_is_refused(client, counsellor):
    client.force_login(counsellor)
    response = client.post(
        "/admin/snippets/pharmacy/staterule/add/", state_rule_form(verified_on=tomorrow())
    )
    assert response.status_code == 200
    assert "cannot be in the future" in response.content.decode()
    assert not StateRule.objects.exists()


def test_state_rule_model_refuses_a_future_date():
    rule = StateRule(
        state="TX",
        official_title="x",
        credential_type="registration",
        source_url="https://www.pharmacy.texas.gov/",
        verified_on=timezone.localdate() + timedelta(days=1),
    )
    with pytest.raises(ValidationError) as excinfo:
        rule.full_clean()
    assert "verified_on" in excinfo.value.message_dict


def test_state_page_with_a_malformed_board_url_is_refused(client, moderator, states_index):
    client.force_login(moderator)
    response = client.post(
        add_url(states_index, "staterequirementspage"),
        state_page_form(board_url="not a url", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "Enter a valid URL" in response.content.decode()
    assert not StateRequirementsPage.objects.exists()


def test_state_page_slug_is_the_lowercase_state_code(client, moderator, states_index):
    client.force_login(moderator)
    response = client.post(
        add_url(states_index, "staterequirementspage"),
        state_page_form(state="OH", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    page = StateRequirementsPage.objects.get()
    assert page.slug == "oh" and page.live
    assert page.url == "/states/oh/"


def test_a_state_has_only_one_page(client, moderator, texas_page):
    client.force_login(moderator)
    response = client.post(
        add_url(texas_page.get_parent(), "staterequirementspage"),
        state_page_form(state="TX", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    assert StateRequirementsPage.objects.count() == 1


def test_state_page_model_refuses_a_slug_that_is_not_the_state(states_index):
    page = StateRequirementsPage(title="Texas", slug="texas", state="TX")
    with pytest.raises(ValidationError) as excinfo:
        states_index.add_child(instance=page)
    assert "slug" in excinfo.value.message_dict
