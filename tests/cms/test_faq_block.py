"""FAQ items: a question in a native <summary> with a drawn chevron that turns when open."""

import pytest
from playwright.sync_api import expect

from tests.html import find_all, text

pytestmark = pytest.mark.django_db

FAQ = {
    "heading": "Questions",
    "items": [
        {"question": "Do PTCB and NHA both award a CPhT?", "answer": "<p>Yes, both do.</p>"},
        {"question": "Does Texas need registration?", "answer": "<p>Yes.</p>"},
    ],
}


def test_each_question_is_the_summary_of_its_own_details(client, make_guide):
    guide = make_guide("PTCB or NHA", blocks=[("faq", FAQ)])
    items = find_all(client.get(guide.url), '//section[@class="faq"]/details[@class="faq__item"]')
    assert [text(item.xpath("./summary")[0]) for item in items] == [
        "Do PTCB and NHA both award a CPhT?",
        "Does Texas need registration?",
    ]
    # Closed until asked; the answer is the details' content, not a sibling.
    assert all(item.get("open") is None for item in items)
    assert text(items[0].xpath('./div[contains(@class, "faq__answer")]')[0]) == "Yes, both do."


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_chevron_shows_open_and_closed_and_the_keyboard_opens_it(
    page, live_server, make_guide, axe_check
):
    guide = make_guide("PTCB or NHA", blocks=[("faq", FAQ)])
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{live_server.url}{guide.url}")
    question = page.locator(".faq__question").first
    answer = page.get_by_text("Yes, both do.")

    def chevron():
        return question.evaluate("el => getComputedStyle(el, '::after').transform")

    closed = chevron()
    marker = question.evaluate("el => getComputedStyle(el).listStyleType")
    assert marker == "none"  # the browser's triangle is replaced by the chevron
    assert question.evaluate("el => getComputedStyle(el, '::after').backgroundImage") != "none"
    expect(answer).to_be_hidden()

    question.focus()
    page.keyboard.press("Enter")
    expect(answer).to_be_visible()
    page.wait_for_timeout(250)  # the turn takes .15s
    assert chevron() != closed
    axe_check(page, "on a guide with an open FAQ item")

    page.keyboard.press("Space")
    expect(answer).to_be_hidden()
