"""Every main page of every role at 390 px: no horizontal scroll; axe at 390 px and 1280 px.

One browser context per role walks that role's pages (tests/pages.py, the same list the
aria-describedby test uses), including an application whose cover letter is one 3,000-letter
word. Failures are gathered over all pages so one run names every page that overflows.
"""

import pytest
from django.urls import reverse

from tests.browser.steps import sign_in
from tests.pages import PAGES_BY_ROLE, build_world, user_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

WIDTH = """() => {
  const root = document.documentElement;
  const name = (el) => el.tagName.toLowerCase()
    + (el.className ? "." + String(el.className).split(" ")[0] : "");
  const wide = [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .filter((el) => !el.closest(".visually-hidden, .skip-link"))
    .slice(0, 3)
    .map((el) => name(el) + " " + Math.round(el.getBoundingClientRect().right) + "px");
  // A box that scrolls sideways hides what is beyond its edge (a table's Edit/Delete links).
  const hiding = [...document.querySelectorAll("main *")]
    .filter((el) => ["auto", "scroll", "hidden"].includes(getComputedStyle(el).overflowX))
    .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
    .slice(0, 3)
    .map((el) => name(el) + " " + el.scrollWidth + "px in " + el.clientWidth + "px");
  return {scroll: root.scrollWidth, inner: window.innerWidth, wide: wide, hiding: hiding};
}"""


def too_wide(page) -> str:
    measured = page.evaluate(WIDTH)
    found = []
    if measured["scroll"] > measured["inner"]:
        found.append(f"{measured['scroll']} px wide ({', '.join(measured['wide'])})")
    if measured["hiding"]:
        found.append(f"scrolls sideways inside: {', '.join(measured['hiding'])}")
    return "; ".join(found)


def axe_violations(axe_check, page, where) -> str:
    try:
        axe_check(page, where)
    except AssertionError as failure:
        return str(failure)
    return ""


@pytest.mark.parametrize("role", list(PAGES_BY_ROLE))
def test_every_page_of_the_role_fits_a_phone_and_passes_axe(role, browser, live_server, axe_check):
    world = build_world()
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    user = user_of(world, role)
    if user:
        sign_in(page, live_server.url, user.email)
        page.wait_for_url(lambda url: reverse("account_login") not in url)
    problems = []
    try:
        for url in PAGES_BY_ROLE[role](world):
            page.set_viewport_size(PHONE)
            response = page.goto(f"{live_server.url}{url}")
            assert response.status == 200, f"{url}: {response.status}"
            assert page.url == f"{live_server.url}{url}", f"{url} went to {page.url}"
            if wide := too_wide(page):
                problems.append(f"{url} at 390 px: {wide}")
            if found := axe_violations(axe_check, page, f"on {url} at 390 px"):
                problems.append(found)
            page.set_viewport_size(DESKTOP)
            if found := axe_violations(axe_check, page, f"on {url} at 1280 px"):
                problems.append(found)
    finally:
        context.close()
    assert not problems, f"{role}:\n" + "\n".join(problems)
