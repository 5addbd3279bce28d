"""/es/jobs/ in Spanish: facet titles, the tile map's legend and tiles, the results heading, the
zero-result help and the filter panel, each read inside its own element (the header and the
footer hold words of their own)."""

import pytest
from django.core.cache import cache

from jobs.factories import PublishedJobFactory
from tests.html import find, find_all, text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _jobs(settings):
    settings.ELASTICSEARCH_URL = ""  # the database engine: no index to build
    cache.clear()
    PublishedJobFactory(title="Pharmacy Technician", state="TX", pay_min=20, pay_max=24)
    PublishedJobFactory(title="IV Room Technician", state="OH", pay_min=22, pay_max=25)


def legends(response) -> list[str]:
    return [text(e) for e in find_all(response, '//details[@id="search-filters"]//legend')]


def test_a_search_in_spanish_has_spanish_facets_map_and_heading(client):
    response = client.get("/es/jobs/", {"q": "technician"})
    assert response.status_code == 200
    titles = legends(response)
    for spanish in ["Entorno de práctica", "Estado", "Tipo de empleo", "Publicado"]:
        assert spanish in titles, titles
    assert "Practice setting" not in titles and "State" not in titles
    assert text(find(response, '//*[@id="tile-map-caption"]')) == (
        "Empleos que coinciden, por estado. Seleccione un estado para ver solo sus empleos."
    )
    texas = find(response, '//figure[@class="tile-map"]//a[.//text()="TX"]')
    assert texas.get("aria-label") == "Texas: 1 empleo"
    assert text(find(response, '//*[@id="results-heading"]')) == "2 empleos"
    assert text(find(response, '//details[@id="search-filters"]/summary')) == "Filtros"
    sort_labels = [text(o) for o in find_all(response, '//select[@id="id_sort"]/option')]
    assert sort_labels[0] == "Más relevantes"


def test_filters_in_spanish(client):
    response = client.get("/es/jobs/", {"state": "TX", "min_pay": "20"})
    assert text(find(response, '//details[@id="search-filters"]/summary')) == "Filtros (2)"
    titles = legends(response)
    assert "Pago" in titles and "Estado" in titles, titles
    any_pay = find(response, '//label[@for="f-min_pay-any"]')
    assert text(any_pay) == "Cualquier pago"
    band = find(response, '//label[@for="f-min_pay-20"]')
    assert text(band).startswith("$20+ por hora")
    ohio = find(response, '//figure[@class="tile-map"]//a[.//text()="OH"]')
    assert ohio.get("aria-label") == "Ohio: 1 empleo"
    assert ohio.get("href") == "?state=OH&min_pay=20"  # the search in Ohio, pay band kept


def test_zero_results_in_spanish(client):
    no_words = client.get("/es/jobs/", {"q": "zzzzqqqq"})
    help_text = text(find(no_words, '//div[@class="search-empty"]'))
    assert help_text.startswith("Ningún empleo coincide con estas palabras."), help_text
    assert text(find(no_words, '//*[@id="results-heading"]')) == "0 empleos"
    no_filters = client.get("/es/jobs/", {"q": "technician", "state": "FL"})
    help_text = text(find(no_filters, '//div[@class="search-empty"]'))
    assert help_text.startswith("Ningún empleo cumple todos estos filtros. Quite uno:"), help_text
    assert text(find(no_filters, '//ul[@class="search-relax"]/li/a')) == "Estado"


def test_the_same_search_in_english_is_in_english(client):
    """The fragments are kept per language: Spanish first does not leak into English."""
    client.get("/es/jobs/", {"q": "technician"})
    response = client.get("/jobs/", {"q": "technician"})
    assert "Practice setting" in legends(response)
    texas = find(response, '//figure[@class="tile-map"]//a[.//text()="TX"]')
    assert texas.get("aria-label") == "Texas: 1 job"


def test_credential_names_keep_their_official_english_and_say_so(client):
    response = client.get("/es/jobs/")
    cpht = find(response, '//label[@for="f-have-ptcb-cpht"]/span')
    assert cpht.get("lang") == "en" and text(cpht) == "PTCB CPhT"
    # Labels the site words itself are Spanish, with no lang of their own.
    texas = find(response, '//label[@for="f-state-TX"]')
    assert texas.xpath(".//@lang") == []


def test_a_credential_facet_option_is_marked_english_and_a_setting_is_not():
    from lxml import html as lxml_html

    from search.fragments import facets_html

    facet = {"param": "requires", "title": "Requisitos", "multiple": True}
    options = [
        {"value": "ptcb-billing", "label": "PTCB Billing and Reimbursement certificate",
         "count": 3, "checked": False},
        {"value": "national-certification", "label": "Certificación nacional", "count": 5,
         "checked": False},
    ]  # fmt: skip
    tree = lxml_html.fromstring(facets_html([{**facet, "options": options}], any_pay=False))
    billing = tree.xpath('//label[@for="f-requires-ptcb-billing"]/span[@lang="en"]')
    assert [text(e) for e in billing] == ["PTCB Billing and Reimbursement certificate"]
    assert tree.xpath('//label[@for="f-requires-national-certification"]//@lang') == []


def test_a_state_facet_and_its_tile_carry_the_spanish_name(client):
    PublishedJobFactory(title="Hospital Technician", state="NY", setting="hospital-health-system")
    response = client.get("/es/jobs/", {"state": "NY"})
    new_york = find(response, '//label[@for="f-state-NY"]')
    assert text(new_york) == "Nueva York (1)" and new_york.xpath(".//@lang") == []
    tile = find(response, '//figure[@class="tile-map"]//a[.//text()="NY"]')
    assert tile.get("aria-label") == "Nueva York: 1 empleo"
    assert text(find(tile, "./title")) == "Nueva York: 1 empleo"
    # The same search in English, after the Spanish one (the fragments are kept per language).
    english = client.get("/jobs/", {"state": "NY"})
    assert text(find(english, '//label[@for="f-state-NY"]')) == "New York (1)"
    tile = find(english, '//figure[@class="tile-map"]//a[.//text()="NY"]')
    assert tile.get("aria-label") == "New York: 1 job"
