"""Issue 15: the career content in Spanish under /es/, with the English page's facts.

The seeded Spanish pages are translations of the English ones (Wagtail's localisation with
simple_translation); a state page's facts come from the English page and the state rules, a
guide keeps the English guide's numbers and live-jobs searches; heads and the sitemap name each
page's real language versions; counsellors translate through the same moderation workflow.
"""

import re
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowPage, WorkflowState

from cms import demo, demo_content_es
from cms.demo_spanish import seed_spanish
from cms.models import (
    GuideIndexPage,
    GuidePage,
    StateRequirementsIndexPage,
    StateRequirementsPage,
)
from tests.html import find, find_all, hrefs, section, text

from .admin_forms import guide_form

pytestmark = pytest.mark.django_db

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
TEXAS_GUIDE = "state-registration-licensure-and-certification-explained"


@pytest.fixture
def spanish():
    return Locale.objects.get(language_code="es")


@pytest.fixture
def seeded_site():
    """The demo seed's CMS step: English pages, state rules, and their Spanish translations."""
    demo.seed(size=0, rng=None, out=None)


def alternates(response) -> dict[str, str]:
    links = find_all(response, '//head/link[@rel="alternate"][@hreflang]')
    return {link.get("hreflang"): link.get("href") for link in links}


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def numbers(value: str) -> list[str]:
    return sorted(NUMBER.findall(value))


# --- The Spanish tree ----------------------------------------------------------------------


def test_spanish_home_is_the_english_home_translated(client, home, spanish):
    response = client.get("/es/")
    assert response.status_code == 200
    assert find(response, "/html").get("lang") == "es"
    assert text(find(response, "//h1")) == demo_content_es.HOME["hero_heading"]
    assert text(find(response, "//label[@for='home-q']")) == "Palabras clave"
    spanish_home = home.get_translation(spanish)
    assert spanish_home.specific.hero_heading != home.hero_heading
    links = {lang: path_of(url) for lang, url in alternates(response).items()}
    assert links == {"en": "/", "es": "/es/", "x-default": "/"}
    assert path_of(find(response, '//link[@rel="canonical"]').get("href")) == "/es/"


def test_seed_translates_every_section_state_page_and_guide_under_the_same_workflow(
    seeded_site, spanish
):
    english = Locale.get_default()
    for model in (GuideIndexPage, GuidePage, StateRequirementsPage):
        originals = model.objects.filter(locale=english)
        translated = model.objects.filter(locale=spanish).live()
        assert originals.exists()
        assert sorted(page.translation_key for page in originals) == sorted(
            page.translation_key for page in translated
        )
        assert sorted(originals.values_list("slug", flat=True)) == sorted(
            translated.values_list("slug", flat=True)
        )
    demo.seed(size=0, rng=None, out=None)  # idempotent
    assert GuidePage.objects.filter(locale=spanish).count() == len(demo_content_es.GUIDES)

    # The Spanish sections are reviewed like the English ones (cms.translation_governance).
    for model in (GuideIndexPage, StateRequirementsIndexPage):
        english_section = model.objects.get(locale=english)
        translated = english_section.get_translation(spanish)
        assert WorkflowPage.objects.get(page=translated).workflow.name == "Counsellor review"
        assert translated.get_workflow() == english_section.get_workflow()


# --- Same facts in both languages ----------------------------------------------------------


def tier_facts(response) -> list[tuple]:
    """Per tier: every number in its facts and every link (the facts, not the words)."""
    tiers = find_all(section(response, "tiers-heading"), "./section")
    return [(numbers(text(find(tier, "./dl"))), hrefs(find(tier, "./dl"))) for tier in tiers]


def english_marked(response) -> list[str]:
    """The tier titles marked as English (the rules' own words, stored in English)."""
    return find_all(section(response, "tiers-heading"), './section/h3/span[@lang="en"]/text()')


def test_spanish_texas_page_shows_the_english_facts_in_spanish(seeded_site, client, make_job):
    job = make_job("Hospital Technician", state="TX")
    english = client.get("/states/tx/")
    spanish = client.get("/es/states/tx/")
    assert english.status_code == spanish.status_code == 200
    assert text(find(spanish, "//h1")) == demo_content_es.STATE_PAGES["TX"]["title"]
    assert text(find(spanish, '//h2[@id="tiers-heading"]')) == "Niveles de credencial"

    # The rules: the same numbers (months, CE hours, citations, dates) and links, tier by tier.
    facts = tier_facts(spanish)
    assert facts == tier_facts(english)
    assert "24" in facts[0][0] and "20" in facts[1][0]  # 24 months as a trainee; 20 CE hours
    assert "hasta 24 meses, no renovable" in text(section(spanish, "tiers-heading"))
    assert english_marked(spanish) == [
        "Pharmacy technician trainee",
        "Registered pharmacy technician",
    ]
    assert english_marked(english) == []

    # Sources, the verified date and the board: identical.
    source_box = '//aside[@aria-labelledby="sources-heading"]'
    assert hrefs(find(spanish, source_box)) == hrefs(find(english, source_box))
    assert hrefs(find(spanish, source_box))[-1] == "https://www.pharmacy.texas.gov/"
    times = f"{source_box}//time/@datetime"
    assert find_all(spanish, times) == find_all(english, times) == ["2026-03-02"]
    assert "Verificado el 2 de marzo de 2026." in text(find(spanish, source_box))

    # Live jobs, linked in Spanish.
    jobs = section(spanish, "jobs-heading")
    assert text(find(jobs, "./h2")) == "Empleos disponibles en Texas"
    assert any(href.startswith(f"/es/jobs/{job.pk}/") for href in hrefs(jobs))
    assert all(href.startswith("/es/jobs/") for href in hrefs(jobs))


def body_numbers(page) -> list[str]:
    content = page.body.stream_block.get_searchable_content(page.body)
    return sorted(set(NUMBER.findall(" ".join(content))))


def live_job_searches(page) -> list[tuple]:
    return [
        (block.value["state"], block.value["setting"], block.value["requires"])
        for block in page.body
        if block.block_type == "live_jobs"
    ]


def test_spanish_guides_keep_the_english_numbers_and_job_searches(seeded_site, spanish):
    for english in GuidePage.objects.filter(locale=Locale.get_default()):
        translated = english.get_translation(spanish).specific
        assert translated.title != english.title
        assert body_numbers(translated) == body_numbers(english), english.slug
        assert live_job_searches(translated) == live_job_searches(english), english.slug
        assert [block.block_type for block in translated.body] == [
            block.block_type for block in english.body
        ]


def test_spanish_guide_lists_live_jobs_with_spanish_links_and_labels(seeded_site, client, make_job):
    make_job("Hospital Technician", state="TX")
    response = client.get(f"/es/guides/{TEXAS_GUIDE}/")
    assert response.status_code == 200
    assert text(find(response, "//h1")) == demo_content_es.GUIDES[TEXAS_GUIDE]["title"]
    block = find(response, '//section[contains(@class, "live-jobs")]')
    assert text(find(block, "./h2")) == "Empleos en Texas"
    assert text(find(block, './p[@class="muted"]')) == "1 empleo disponible coincide hoy."
    links = hrefs(block)
    assert links and all(link.startswith("/es/jobs/") for link in links)
    assert links[-1] == "/es/jobs/?state=TX"
    assert "Ver todos los empleos que coinciden" in text(block)
    byline = text(find(response, '//p[contains(@class, "byline")]'))
    assert byline.startswith("Por Priya Natarajan, CPhT, CPTEd · ")
    assert "Última revisión 2 de marzo de 2026" in byline


def test_english_pages_list_english_guides_only(seeded_site, client):
    english_titles = set(
        GuidePage.objects.filter(locale=Locale.get_default()).values_list("title", flat=True)
    )
    spanish_titles = {guide["title"] for guide in demo_content_es.GUIDES.values()}
    listed = set(find_all(client.get("/guides/"), "//main//li/h2/a/text()"))
    assert listed == english_titles
    assert set(find_all(client.get("/es/guides/"), "//main//li/h2/a/text()")) == spanish_titles
    latest = '//section[@aria-labelledby="latest-guides"]//li//a/text()'
    assert set(find_all(client.get("/"), latest)) <= english_titles
    assert set(find_all(client.get("/es/"), latest)) <= spanish_titles


# --- hreflang: head and sitemap ------------------------------------------------------------


def test_heads_pair_each_english_page_with_its_spanish_version(seeded_site, client):
    for path in ("/guides/", f"/guides/{TEXAS_GUIDE}/", "/states/", "/states/tx/"):
        english, spanish = client.get(path), client.get(f"/es{path}")
        expected = {"en": path, "es": f"/es{path}", "x-default": path}
        for response in (english, spanish):
            assert {lang: path_of(url) for lang, url in alternates(response).items()} == expected
        assert path_of(find(spanish, '//link[@rel="canonical"]').get("href")) == f"/es{path}"
        assert find(spanish, '//meta[@property="og:url"]').get("content").endswith(f"/es{path}")
        assert find(spanish, '//meta[@property="og:locale"]').get("content") == "es_US"


def test_an_untranslated_page_names_only_itself(client, make_guide):
    guide = make_guide("Only in English")
    links = {lang: path_of(url) for lang, url in alternates(client.get(guide.url)).items()}
    assert links == {"en": guide.url, "x-default": guide.url}
    assert client.get(f"/es{guide.url}").status_code == 404


def test_sitemap_lists_both_languages_with_reciprocal_alternates(seeded_site, client):
    response = client.get("/sitemap-pages.xml")
    entries = {}
    for url in ElementTree.fromstring(response.content).iter(f"{{{SITEMAP}}}url"):
        links = url.iter(f"{{{XHTML}}}link")
        entries[path_of(url.findtext(f"{{{SITEMAP}}}loc"))] = {
            link.get("hreflang"): path_of(link.get("href")) for link in links
        }
    english = [loc for loc in entries if not loc.startswith("/es/")]
    assert {"/", "/guides/", "/states/tx/", f"/guides/{TEXAS_GUIDE}/"} <= set(english)
    assert len(entries) == 2 * len(english)
    for loc in english:
        spanish = f"/es{loc}"
        assert entries[loc] == {"en": loc, "es": spanish, "x-default": loc}, loc
        assert entries[spanish] == entries[loc], spanish


# --- Counsellors translate through the same workflow ---------------------------------------


def test_counsellor_translates_a_guide_and_a_moderator_approves_it(
    client, counsellor, moderator, home, guides_index, states_index, spanish, make_guide
):
    seed_spanish(home, guides_index, states_index)  # the Spanish sections
    guide = make_guide("Hospital jobs in Texas")
    client.force_login(counsellor)
    submit = reverse("simple_translation:submit_page_translation", args=(guide.pk,))
    listing = client.get(reverse("wagtailadmin_explore", args=(guides_index.pk,)))
    assert submit in listing.content.decode()  # the "Translate" button
    assert client.get(submit).status_code == 200
    response = client.post(submit, {"locales": [spanish.pk]})
    translated = guide.get_translation(spanish)
    edit = reverse("wagtailadmin_pages:edit", args=(translated.pk,))
    assert response.status_code == 302 and response["Location"] == edit
    assert not translated.live
    assert translated.get_parent().specific == guides_index.get_translation(spanish)

    form = guide_form(
        "Empleos de hospital en Texas",
        slug=translated.slug,
        heading="Por qué los hospitales",
        **{"action-submit": "Submit"},
    )
    assert client.post(edit, form).status_code == 302
    state = WorkflowState.objects.get(object_id=str(translated.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Counsellor review"
    translated.refresh_from_db()
    assert not translated.live
    assert client.get(f"/es{guide.url}").status_code == 404
    client.logout()

    client.force_login(moderator)
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(translated.pk, "approve", task_state.pk)
    )
    assert client.post(approve, {"comment": "Bien."}).status_code == 302
    client.logout()
    translated.refresh_from_db()
    assert translated.live
    response = client.get(f"/es{guide.url}")
    assert response.status_code == 200
    assert text(find(response, "//h1")) == "Empleos de hospital en Texas"
    assert path_of(alternates(client.get(guide.url))["es"]) == f"/es{guide.url}"


def test_people_who_may_not_translate_are_refused(client, make_guide, django_user_model):
    from accounts.factories import JobSeekerFactory

    guide = make_guide()
    client.force_login(JobSeekerFactory())
    submit = reverse("simple_translation:submit_page_translation", args=(guide.pk,))
    response = client.post(submit, {"locales": [Locale.objects.get(language_code="es").pk]})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not GuidePage.objects.filter(locale__language_code="es").exists()


# --- A state page per language ---------------------------------------------------------------


def test_a_translation_keeps_its_state_and_a_language_has_one_page_per_state(
    home, guides_index, states_index, texas_page, spanish
):
    from django.core.exceptions import ValidationError

    seed_spanish(home, guides_index, states_index)
    translated = texas_page.get_translation(spanish)
    assert translated.state == "TX" and translated.facts_page == texas_page
    translated.full_clean()
    translated.state, translated.slug = "CA", "ca"
    with pytest.raises(ValidationError, match="original page's state: TX"):
        translated.full_clean()
    twin = StateRequirementsPage(title="Texas again", slug="tx", state="TX")
    twin.path, twin.depth, twin.locale = "zzzz", texas_page.depth, texas_page.locale
    with pytest.raises(ValidationError, match="already has a page for Texas"):
        twin.clean()


def test_site_search_answers_with_pages_in_the_readers_language(
    client, home, guides_index, states_index, spanish, make_guide
):
    seed_spanish(home, guides_index, states_index)
    guide = make_guide("Texas hospital careers")
    translated = guide.copy_for_translation(spanish)
    translated.title = translated.draft_title = "Carreras en hospitales de Texas"
    translated.save_revision().publish()

    def results(path):
        response = client.get(path, {"q": "Texas"})
        return find_all(section(response, "guide-results"), ".//h3/a/text()")

    assert results("/search/") == ["Texas hospital careers"]
    assert results("/es/search/") == ["Carreras en hospitales de Texas"]


def test_the_spanish_home_migration_can_restore_it_with_the_live_models(client, home, spanish):
    """What tests/migration_data.py may call after a flush: cms 0008 again, idempotently."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("cms.migrations.0008_spanish_locale_and_home")
    home.get_translation(spanish).delete()
    assert not home.get_translations().exists()
    migration.forwards(apps, None)
    migration.forwards(apps, None)
    assert home.get_translations().count() == 1
    response = client.get("/es/")
    assert text(find(response, "//h1")) == demo_content_es.HOME["hero_heading"]


# --- The language switcher on Wagtail pages ------------------------------------------------


def switch(client, language, next_url):
    return client.post(reverse("language_set"), {"language": language, "next": next_url})


def test_switching_on_a_translated_guide_lands_on_its_translation(seeded_site, client, spanish):
    english = GuidePage.objects.get(slug=TEXAS_GUIDE, locale__language_code="en")
    translated = english.get_translation(spanish)
    response = switch(client, "es", english.url)
    assert response.status_code == 302
    assert response["Location"] == translated.url
    assert client.get(response["Location"]).status_code == 200
    back = switch(client, "en", translated.url)
    assert back["Location"] == english.url


def test_switching_on_an_untranslated_guide_lands_on_the_nearest_translated_section(
    seeded_site, client
):
    index = GuideIndexPage.objects.get(locale=Locale.get_default())
    guide = index.add_child(
        instance=GuidePage(title="Only in English", summary="A guide.", author_name="Priya")
    )
    assert client.get(f"/es{guide.url}").status_code == 404
    response = switch(client, "es", guide.url)
    assert response["Location"] == "/es/guides/"
    assert client.get(response["Location"]).status_code == 200


def test_switching_on_a_site_page_still_translates_its_path(seeded_site, client):
    assert switch(client, "es", "/jobs/?q=tech")["Location"] == "/es/jobs/?q=tech"
