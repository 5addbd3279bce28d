"""Public pages: home, guides, state pages and the tile map."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from cms.models import HomePageFeaturedJob
from jobs.models import Job

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def of_type(html, kind):
    return [data for data in json_ld(html) if data.get("@type") == kind]


def test_home_page_counts_open_jobs_by_setting(client, make_job):
    make_job()
    make_job()
    make_job(setting="long-term-care")
    make_job(status=Job.Status.CLOSED)
    make_job(expires_in=-timedelta(days=1))
    html = client.get("/").content.decode()
    assert re.search(r"Hospital / health system\s*<span class=\"badge\">2 open", html)
    assert re.search(r"Long-term care\s*<span class=\"badge\">1 open", html)
    assert 'action="/jobs/"' in html and 'name="setting"' in html and 'name="state"' in html
    assert 'href="/employers/"' in html


def test_home_page_shows_editors_featured_jobs_else_the_newest(client, home, make_job):
    newest = make_job("Newest")
    picked = make_job("Picked")
    picked.published_at = timezone.now() - timedelta(days=10)
    picked.save()
    assert newest.title in client.get("/").content.decode()

    HomePageFeaturedJob.objects.create(page=home, job=picked, sort_order=0)
    html = client.get("/").content.decode()
    featured = html.split('id="featured"')[1].split("</section>")[0]
    assert picked.title in featured
    assert newest.title not in featured


def test_home_page_lists_latest_guides(client, make_guide):
    make_guide("PTCB or NHA")
    make_guide("Unpublished draft", live=False)
    html = client.get("/").content.decode()
    assert "PTCB or NHA" in html
    assert "Unpublished draft" not in html


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
    assert '<link rel="canonical" href="http://localhost/guides/ptcb-or-nha/">' in html
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
    html = client.get(other.url).content.decode()
    related = html.split('id="related"')[1]
    assert "Renewals" in related and "Unrelated" not in related


def test_guide_index_filters_by_tag(client, make_guide):
    make_guide("Renewals", tags=["renewal"])
    make_guide("Careers", tags=["careers"])
    html = client.get("/guides/?tag=renewal").content.decode()
    assert "Renewals" in html and ">Careers<" not in html


def test_state_page_shows_tiers_source_verified_date_and_jobs(client, texas_page, make_job):
    job = make_job("Texas Hospital Tech")
    make_job("Closed Texas", status=Job.Status.CLOSED)
    make_job("California Tech", state="CA")
    response = client.get("/states/tx/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Pharmacy technician trainee" in html and "Registered pharmacy technician" in html
    assert "Pharmacy technician trainee → Registered pharmacy technician" in html
    assert 'href="https://www.pharmacy.texas.gov/"' in html and "22 TAC §297.8" in html
    assert 'Verified on <time datetime="2026-03-02">March 2, 2026</time>' in html
    assert "Not confirmed" in html  # Texas minimum age is unconfirmed
    assert "PTCB PTCE, NHA ExCPT" in html
    assert "1 open job in Texas" in html
    assert job.title in html and "Closed Texas" not in html and "California Tech" not in html
    assert 'href="/jobs/?state=TX"' in html
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
