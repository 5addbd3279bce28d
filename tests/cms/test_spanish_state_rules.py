"""Issue 15: a Spanish state page shows the state rules' own words in Spanish and the state by
its Spanish name; a rule written only in English shows its English text, marked lang="en".

Each check reads one tier's own element (its <dl>, its notes paragraph) or a heading, never the
whole page: the English official titles (lang="en") sit in the same sections.
"""

import pytest

from cms import demo, demo_content, demo_content_es
from cms.demo_spanish import seed_spanish
from pharmacy.models import StateRule
from pharmacy.rule_text import RuleText
from tests.html import find, find_all, section, text

from .admin_forms import state_rule_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded_site():
    demo.seed(size=0, rng=None, out=None)


def tier(response, number: int):
    """The ``number``-th tier's card (1 is the entry tier)."""
    return find_all(section(response, "tiers-heading"), "./section")[number - 1]


def fact(card, term: str):
    """The <dd> of the tier's fact named ``term``."""
    return find(card, f'./dl/dt[normalize-space()="{term}"]/following-sibling::dd[1]')


def notes(card):
    return find(card, "./p")


def test_the_spanish_new_york_page_shows_the_rules_words_in_spanish(seeded_site, client):
    spanish, english = client.get("/es/states/ny/"), client.get("/states/ny/")
    assert spanish.status_code == english.status_code == 200

    card = tier(spanish, 1)
    where = fact(card, "Dónde se aplica la regla")
    assert text(where) == demo_content_es.NY_SCOPE
    assert text(fact(card, "Estudios")) == "Diploma de preparatoria (high school)"
    assert text(notes(card)) == "Nueva York no tiene nivel de aprendiz."
    # In the page's language: nothing marked, but the official title stays English.
    assert find_all(card, "./dl//*[@lang]") == [] and notes(card).get("lang") is None
    assert find(card, "./h3/span[@lang='en']").text == "Registered pharmacy technician"
    # The state by its Spanish name.
    assert text(find(spanish, '//h2[@id="jobs-heading"]')) == "Empleos disponibles en Nueva York"

    # The English page is unchanged.
    card = tier(english, 1)
    assert text(fact(card, "Where the rule applies")) == " ".join(demo_content.NY_SCOPE.split())
    assert text(notes(card)) == "New York has no trainee tier."
    assert find_all(card, ".//*[@lang]") == []
    assert text(find(english, '//h2[@id="jobs-heading"]')) == "Open jobs in New York"


def test_spanish_ce_topics_read_inside_the_spanish_sentence(seeded_site, client):
    card = tier(client.get("/es/states/tx/"), 2)
    continuing = fact(card, "Educación continua")
    assert text(continuing).startswith(
        "20 horas por renovación, que incluyen 1 hora de legislación farmacéutica de Texas y "
        "un curso sobre trata de personas"
    )
    assert find_all(continuing, ".//*[@lang]") == []


def test_a_rule_written_only_in_english_shows_its_english_marked_as_english(
    client, home, guides_index, states_index, texas_page, texas_rules
):
    trainee, registered = texas_rules
    trainee.education = "High-school diploma or GED"
    trainee.education_es = "Diploma de preparatoria (high school) o GED"
    trainee.notes = "Trainee registration cannot be renewed."  # no Spanish yet
    trainee.save()
    registered.ce_topics = "1 hour of Texas pharmacy law"  # no Spanish yet
    registered.save()
    seed_spanish(home, guides_index, states_index)  # the Spanish Texas page

    spanish = client.get("/es/states/tx/")
    card = tier(spanish, 1)
    assert text(fact(card, "Estudios")) == "Diploma de preparatoria (high school) o GED"
    assert find_all(fact(card, "Estudios"), ".//*[@lang]") == []
    assert notes(card).get("lang") == "en"
    assert text(notes(card)) == "Trainee registration cannot be renewed."
    continuing = fact(tier(spanish, 2), "Educación continua")
    (topics,) = find_all(continuing, ".//span[@lang='en']")
    assert text(topics) == "1 hour of Texas pharmacy law"
    assert text(continuing).startswith("20 horas por renovación, que incluyen 1 hour of")

    english = client.get("/states/tx/")
    assert notes(tier(english, 1)).get("lang") is None
    assert text(fact(tier(english, 1), "Education")) == "High-school diploma or GED"
    assert find_all(section(english, "tiers-heading"), ".//*[@lang]") == []


def test_the_states_map_names_the_states_in_spanish(seeded_site, client):
    reviewed = '//section[@aria-labelledby="reviewed-heading"]//li/a'
    spanish = [text(link) for link in find_all(client.get("/es/states/"), reviewed)]
    assert "Nueva York" in spanish and "Pensilvania" in spanish and "Texas" in spanish
    assert "New York" not in spanish
    english = [text(link) for link in find_all(client.get("/states/"), reviewed)]
    assert "New York" in english and "Pennsylvania" in english
    ny_tile = '//ul[@class="tile-map"]/li/a[span[@class="tile__code"]="NY"]'
    assert find(client.get("/es/states/"), ny_tile).get("aria-label").startswith("Nueva York: ")


def test_a_counsellor_writes_a_rules_spanish_words_in_the_snippet_form(client, counsellor):
    client.force_login(counsellor)
    form = state_rule_form(
        notes="Renews every 2 years.", notes_es="Se renueva cada 2 años.", education_es=""
    )
    response = client.post("/admin/snippets/pharmacy/staterule/add/", form)
    assert response.status_code == 302
    rule = StateRule.objects.get(state="TX", tier_order=3)
    assert (rule.notes_es, rule.education_es) == ("Se renueva cada 2 años.", "")
    assert rule.text("notes", "es") == RuleText("Se renueva cada 2 años.")
    edit = client.get(f"/admin/snippets/pharmacy/staterule/edit/{rule.pk}/")
    for name in ("education_es", "ce_topics_es", "practice_limits_es", "notes_es"):
        assert find_all(edit, f'//*[@name="{name}"]'), name
