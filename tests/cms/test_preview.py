"""Preview and "view draft" for every page type with unpublished changes, tags and related
guides, as the counsellor who wrote them and as the moderator who approves them."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from .admin_forms import guide_form, state_page_form

pytestmark = pytest.mark.django_db


def view_draft(client, page):
    return client.get(reverse("wagtailadmin_pages:view_draft", args=(page.pk,)))


def preview(client, page, data):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    posted = client.post(url, data)
    assert posted.status_code == 200 and posted.json()["is_valid"], posted.content[:2000]
    return client.get(url)


def draft(page, **changes):
    """Unpublished changes on a live page: a newer revision, not published."""
    page = page.specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision()
    page.refresh_from_db()
    assert page.has_unpublished_changes
    return page


@pytest.fixture
def guide_with_draft(make_guide):
    """A live guide, a related live guide (shared tag), and a draft that adds a tag."""
    make_guide("Sterile compounding careers", tags=["careers"])
    guide = make_guide("Hospital jobs in Texas", tags=["careers"])
    guide = draft(guide, title="Hospital jobs in Texas (revised)")
    revision = guide.latest_revision.as_object()
    revision.tags.add("hospitals")  # an in-memory tag not yet in the tag table
    revision.save_revision()
    return guide


def home_form(home):
    return nested_form_data(
        {
            "title": "RxTech Careers (draft)",
            "slug": home.slug,
            "hero_heading": "Draft hero heading",
            "hero_text": "",
            "employer_heading": "Hiring?",
            "employer_text": "",
            "featured_jobs": inline_formset([]),
        }
    )


def index_form(page, title):
    return nested_form_data({"title": title, "slug": page.slug, "intro": "Draft intro."})


@pytest.fixture(params=["counsellor", "moderator"])
def editor(request, client):
    person = request.getfixturevalue(request.param)
    client.force_login(person)
    return person


def test_guide_with_a_draft_tags_and_related_guides_views_as_draft(
    client, editor, guide_with_draft
):
    response = view_draft(client, guide_with_draft)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hospital jobs in Texas (revised)" in html
    assert "Sterile compounding careers" in html  # the related guide, by the shared tag
    assert "?tag=hospitals" in html  # the draft's own, unsaved tag


def test_guide_with_a_draft_previews_from_the_editor(client, editor, guide_with_draft):
    data = guide_form("Hospital jobs in Texas (preview)", slug=guide_with_draft.slug)
    response = preview(client, guide_with_draft, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hospital jobs in Texas (preview)" in html
    assert "Sterile compounding careers" in html


def test_sections_and_state_pages_with_drafts_preview_and_view_as_draft(
    client, editor, guides_index, states_index, texas_page
):
    pages = [
        (draft(guides_index, title="Guides (draft)"), index_form(guides_index, "Guides (preview)")),
        (draft(states_index, title="States (draft)"), index_form(states_index, "States (preview)")),
        (
            draft(texas_page, title="Texas (draft)"),
            state_page_form(title="Texas (preview)", slug="tx", body=streamfield([])),
        ),
    ]
    for page, form in pages:
        response = view_draft(client, page)
        assert response.status_code == 200, page
        assert page.get_latest_revision().content["title"] in response.content.decode()
        response = preview(client, page, form)
        assert response.status_code == 200, page
        assert form["title"] in response.content.decode()


def test_moderator_previews_and_views_the_home_page_draft(client, moderator, home):
    client.force_login(moderator)
    home = draft(home, hero_heading="Draft hero heading")
    response = view_draft(client, home)
    assert response.status_code == 200 and "Draft hero heading" in response.content.decode()
    response = preview(client, home, home_form(home))
    assert response.status_code == 200 and "Draft hero heading" in response.content.decode()
