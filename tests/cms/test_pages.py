"""Public pages: home, guides, state pages and the tile map."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from cms.models import HomePageFeaturedJob
from cms.site_url import site_root_url
from jobs.models import Job
from tests.html import find, find_all, hrefs, section, text, texts

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def of_type(html, kind):
    return [data for data in json_ld(html) if data.get("@type") == kind]


def card_titles(element) -> list[str]:
    """The titles of the cards listed inside ``element``."""
    return texts(find_all(element, './/li[contains(@class, "card")]//*[self::h2 or self::h3]'))


def test_home_page_counts_open_jobs_by_setting(client, make_job):
    make_job()
    make_job()
    make_job(setting="long-term-care")
    make_job(status=Job.Status.CLOSED)
    make_job(expires_in=-timedelta(days=1))
    page = client.get("/")
    by_setting = section(page, "by-setting")
    # Each row links its setting's search and carries the count in a badge.
    counts = {
        link.text.strip(): (link.get("href"), text(find(link, './span[@class="badge"]')))
        for link in find_all(by_setting, ".//li/a")
    }
    assert counts["Hospital / health system"] == (
        "/jobs/?setting=hospital-health-system",
        "2 open",
    )
    assert counts["Long-term care"] == ("/jobs/?setting=long-term-care", "1 open")
    search_form = find(page, '//form[@role="search"]')
    assert search_form.get("action") == "/jobs/"
    assert {field.get("name") for field in search_form.xpath(".//input|.//select")} == {
        "q",
        "state",
        "setting",
    }
    assert hrefs(section(page, "employers")) == ["/employers/"]


def test_home_page_shows_editors_featured_jobs_else_the_newest(client, home, make_job):
    newest = make_job("Newest")
    picked = make_job("Picked")
    picked.published_at = timezone.now() - timedelta(days=10)
    picked.save()
    assert card_titles(section(client.get("/"), "featured"))[0] == newest.title

    HomePageFeaturedJob.objects.create(page=home, job=picked, sort_order=0)
    assert card_titles(section(client.get("/"), "featured")) == [picked.title]


def test_home_page_lists_latest_guides(client, make_guide):
    make_guide("PTCB or NHA")
    make_guide("Unpublished draft", live=False)
    response = client.get("/")
    assert card_titles(section(response, "latest-guides")) == ["PTCB or NHA"]
    assert b"Unpublished draft" not in response.content


def test_guide_page_has_byline_reading_time_faq_and_breadcrumb_json_ld(client, make_guide):
    faq = {
        "heading": "FAQ",
        "items": [
            {
                "question": "Do PTCB and NHA both award a CPhT?",
                "answer": "<p>Yes, <b>both</b>.</p>",
            },
        ],
    }
    guide = make_guide("PTCB or NHA", blocks=[("faq", faq)])
    html = client.get(guide.url).content.decode()
    assert "By Priya Natarajan, CPhT, CPTEd" in html
    assert "1 min read" in html

    (faq_page,) = of_type(html, "FAQPage")
    question = faq_page["mainEntity"][0]
    assert question["name"] == "Do PTCB and NHA both award a CPhT?"
    assert question["acceptedAnswer"]["text"] == "Yes, both."

    (crumbs,) = of_type(html, "BreadcrumbList")
    names = [item["name"] for item in crumbs["itemListElement"]]
    assert names == ["Home", "Career guides", "PTCB or NHA"]
    assert crumbs["itemListElement"][-1]["item"].endswith(guide.url)
    canonical = f"{site_root_url()}/guides/ptcb-or-nha/"  # SITE_URL's host (cms 0006)
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert 'property="og:title" content="PTCB or NHA"' in html
    assert 'name="twitter:card"' in html


def test_json_ld_cannot_break_out_of_its_script(client, make_guide):
    faq = {
        "heading": "FAQ",
        "items": [{"question": "</script><script>alert(1)</script>", "answer": "<p>x</p>"}],
    }
    guide = make_guide("Sneaky", blocks=[("faq", faq)])
    html = client.get(guide.url).content.decode()
    assert "<script>alert(1)" not in html
    assert of_type(html, "FAQPage")[0]["mainEntity"][0]["name"].startswith("</script>")


def test_reading_time_grows_with_the_body(make_guide):
    words = " ".join(["technician"] * 900)
    guide = make_guide("Long read", blocks=[("paragraph", f"<p>{words}</p>")])
    assert guide.reading_minutes == 5


def test_related_guides_share_a_tag(client, make_guide):
    make_guide("Renewals", tags=["renewal"])
    other = make_guide("CE hours", tags=["renewal"])
    make_guide("Unrelated", tags=["careers"])
    assert card_titles(section(client.get(other.url), "related")) == ["Renewals"]


def test_guide_index_filters_by_tag(client, make_guide):
    make_guide("Renewals", tags=["renewal"])
    make_guide("Careers", tags=["careers"])
    assert card_titles(find(client.get("/guides/?tag=renewal"), "//main")) == ["Renewals"]


def test_state_page_shows_tiers_source_verified_date_and_jobs(client, texas_page, make_job):
    job = make_job("Texas Hospital Tech")
    make_job("Closed Texas", status=Job.Status.CLOSED)
    make_job("California Tech", state="CA")
    response = client.get("/states/tx/")
    html = response.content.decode()
    assert response.status_code == 200
    tiers = section(response, "tiers-heading")
    assert [heading.text.strip() for heading in find_all(tiers, "./section/h3")] == [
        "Pharmacy technician trainee",
        "Registered pharmacy technician",
    ]
    assert "Pharmacy technician trainee → Registered pharmacy technician" in text(tiers)

    def fact(tier, term):
        return text(find(tier, f'.//dt[.="{term}"]/following-sibling::dd[1]'))

    trainee, registered = find_all(tiers, "./section")
    assert fact(trainee, "Minimum age") == fact(registered, "Minimum age") == "Not confirmed"
    assert fact(registered, "Accepted exams") == "PTCB PTCE, NHA ExCPT"
    assert fact(trainee, "Accepted exams") == "Not stated"

    sources = find(response, '//aside[@aria-labelledby="sources-heading"]')
    (source,) = find_all(sources, ".//li/a")
    assert source.get("href") == "https://www.pharmacy.texas.gov/"
    assert text(source) == "22 TAC §297.3"
    verified = find(sources, ".//time")
    assert (verified.get("datetime"), text(verified)) == ("2026-03-02", "March 2, 2026")

    jobs = section(response, "jobs-heading")
    assert "1 open job in Texas" in text(jobs)
    assert card_titles(jobs) == [job.title]
    assert "Closed Texas" not in html and "California Tech" not in html
    assert "/jobs/?state=TX" in hrefs(jobs)
    assert of_type(html, "BreadcrumbList")


def test_state_page_without_verified_rules_says_not_reviewed(client, states_index):
    from cms.models import StateRequirementsPage

    page = StateRequirementsPage(title="Florida", slug="fl", state="FL")
    states_index.add_child(instance=page)
    html = client.get("/states/fl/").content.decode()
    assert "Not yet reviewed" in html
    assert "Verified on" not in html


def test_tile_map_links_reviewed_states_and_marks_the_rest(client, texas_page):
    html = client.get("/states/").content.decode()
    assert 'href="/states/tx/" aria-label="Texas: Registration"' in html
    assert "Alabama: not yet reviewed" in html
    assert 'href="/states/al/"' not in html
    assert html.count('<li class="tile tile--') == 52
    for label in ("Registration", "License", "State certification", "Mixed", "Not yet reviewed"):
        assert f"<dd>{label}" in html


def test_unpublished_guides_are_not_served(client, make_guide):
    guide = make_guide("Draft guide", live=False)
    assert client.get("/guides/draft-guide/").status_code == 404
    assert guide.pk


@pytest.mark.parametrize(
    ("state", "facts"),
    [
        pytest.param(
            "TX",
            [
                "https://www.law.cornell.edu/regulations/texas/22-Tex-Admin-Code-SS-297-3",
                "22 TAC §297.3",
                "22 TAC §297.8",  # the CE rule, cited for CE only
                "Needed to work",
            ],
            id="texas",
        ),
        pytest.param(
            "CA",
            ["PTCB PTCE, NHA ExCPT", "ACPE-accredited school of pharmacy", "sectionNum=4202"],
            id="california",
        ),
        pytest.param(
            "NY",
            ["Article 28", "need no state credential", "nysenate.gov/legislation/laws/EDN/6844"],
            id="new-york",
        ),
        pytest.param("OH", ["18 not confirmed", "codes.ohio.gov"], id="ohio"),
        pytest.param("PA", ["Pennsylvania State Board of Pharmacy", "June 28, 2026"], id="pa"),
        pytest.param("WA", ["WAC 246-945-205", "cite=246-945-205"], id="washington"),
    ],
)
def test_seeded_state_pages_show_the_corrected_facts(client, states_index, state, facts):
    """Issue 12: the six seeded states from DOMAIN.md, with deep links to the rule."""
    from cms import demo, demo_content
    from cms.models import StateRequirementsPage

    demo._seed_rules()
    page = StateRequirementsPage(slug=state.lower(), state=state, **demo_content.STATE_PAGES[state])
    states_index.add_child(instance=page)
    page.save_revision().publish()
    response = client.get(f"/states/{state.lower()}/")
    html = " ".join(response.content.decode().split())
    plain = text(find(response, "//main"))
    for fact in facts:
        assert fact in html or fact in plain, fact
    assert "may practise only in hospitals" not in plain
