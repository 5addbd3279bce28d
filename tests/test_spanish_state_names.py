"""Issue 15: a Spanish page names a state in Spanish ("Nueva York"); what machines read keeps
the canonical English name ("New York"): the job's JSON-LD and the search index's text, even
when written during a Spanish request.

Each check reads the element it is about (a requirement, the state-law note, a form's options),
never the whole page.
"""

import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from accounts.factories import JobSeekerFactory
from candidates.factories import CandidateProfileFactory
from cms import demo_content_es
from jobs.factories import PublishedJobFactory
from search import job_text
from search.models import JobText
from tests.html import find, find_all, parse, text

pytestmark = pytest.mark.django_db

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def jsonld_of(response) -> dict:
    (block,) = JSONLD.findall(response.content.decode())
    return json.loads(block)


def requirements(page) -> list[str]:
    return [text(item) for item in find_all(page, "//ul[contains(@class, 'requirement-list')]/li")]


def test_a_spanish_job_page_says_nueva_york_and_its_json_ld_says_new_york(
    client, seeded_state_rules
):
    job = PublishedJobFactory(state="NY", setting="hospital-health-system")
    response = client.get("/es" + job.get_absolute_url())
    assert response.status_code == 200
    listed = requirements(parse(response))
    assert any(
        "Credencial de técnico de farmacia de Nueva York" in item
        and item.endswith("— lo que exige Nueva York")
        for item in listed
    ), listed
    assert not any("New York" in item for item in listed), listed

    data = jsonld_of(response)
    (new_york,) = [q for q in data["qualifications"] if "validIn" in q]
    assert new_york["validIn"] == {"@type": "State", "name": "New York"}
    assert new_york["name"] == "New York Registered pharmacy technician"


def test_the_spanish_job_page_says_where_the_rule_applies_in_spanish(client, seeded_state_rules):
    job = PublishedJobFactory(state="NY", setting="community-retail")
    path = job.get_absolute_url()  # in English: a Spanish request leaves Spanish active here
    page = parse(client.get("/es" + path))
    note = text(find(page, "//p[@class='state-law-note']"))
    assert note.startswith(f"Nueva York: {demo_content_es.NY_SCOPE}"), note
    english = parse(client.get(path))
    assert text(find(english, "//p[@class='state-law-note']")).startswith(
        "New York: Needed only in facilities licensed under Article 28"
    )


def test_the_index_text_stays_english_when_written_during_a_spanish_request():
    job = PublishedJobFactory(state="NY", title="Pharmacy Technician")
    JobText.objects.filter(job=job).delete()
    with translation.override("es"):
        job.refresh_from_db()
        shown = job.get_state_display()
        job_text.sync([job.pk])
    assert shown == "Nueva York"  # what the same request shows
    facts = JobText.objects.get(job=job).facts.split()
    assert "york" in facts and "nueva" not in facts


def test_the_spanish_home_lists_the_states_by_their_spanish_names(client):
    page = parse(client.get("/es/"))
    options = {o.get("value"): text(o) for o in find_all(page, "//select[@id='home-state']/option")}
    assert options["NY"] == "Nueva York" and options["PA"] == "Pensilvania"
    english = parse(client.get("/"))
    assert text(find(english, "//select[@id='home-state']/option[@value='NY']")) == "New York"


def test_the_candidate_profile_form_offers_the_states_in_spanish(client):
    user = JobSeekerFactory(language="es")
    CandidateProfileFactory(user=user)
    client.force_login(user)
    with translation.override("es"):
        path = reverse("candidates:profile_edit")
    page = parse(client.get(path))
    state = {o.get("value"): text(o) for o in find_all(page, "//select[@name='state']/option")}
    assert state["NC"] == "Carolina del Norte" and state["HI"] == "Hawái"
    work_states = {
        box.get("value"): text(box.getparent())
        for box in find_all(page, "//input[@name='work_states']")
    }
    assert work_states["WV"] == "Virginia Occidental"
