"""Title highlights from the one analysis (search.highlight): what is marked, and only that."""

import pytest

from search import analysis
from search.highlight import one_edit, title_html


def marked(q: str, title: str) -> str:
    return str(title_html(title, analysis.query_clauses(q)))


@pytest.mark.parametrize(
    ("q", "title", "html"),
    [
        # synonyms and word forms: the word that made the job match is marked, its neighbours not
        ("tech ", "Pharmacy Technician", "Pharmacy <mark>Technician</mark>"),
        ("technicians", "Lead Pharmacy Technician", "Lead Pharmacy <mark>Technician</mark>"),
        (
            "técnico de farmacia",
            "Pharmacy Technician",
            "<mark>Pharmacy</mark> <mark>Technician</mark>",
        ),
        # a phrase marks each of its words, hyphenated or not
        (
            "central fill",
            "Central-Fill Technician II",
            "<mark>Central</mark>-<mark>Fill</mark> Technician II",
        ),
        # a state code in the keywords is the state
        ("TX", "Texas Retail Technician", "<mark>Texas</mark> Retail Technician"),
        # the word being typed is a prefix; a typo of a long word is one edit away
        ("compou", "Sterile Compounding Tech", "Sterile <mark>Compounding</mark> Tech"),
        ("hosptial", "Hospital Pharmacy Technician", "<mark>Hospital</mark> Pharmacy Technician"),
        # precision: a short word is never found inside another; stop words are not marked
        ("IV ", "IV Technician, Drive-Thru", "<mark>IV</mark> Technician, Drive-Thru"),
        ("jobs in ohio ", "Technician in Ohio", "Technician in <mark>Ohio</mark>"),
        ("retail ", "Pharmacy Technician", "Pharmacy Technician"),
    ],
)
def test_the_words_the_keywords_found_are_marked(q, title, html):
    assert marked(q, title) == html


def test_a_title_is_escaped_around_and_inside_its_marks():
    html = marked("sterile", 'Sterile <script>alert("x")</script> & Co')
    assert html == "<mark>Sterile</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co"
    assert marked("script", "<script>") == "&lt;<mark>script</mark>&gt;"


def test_without_keywords_the_title_is_only_escaped():
    assert marked("", "A & B Technician") == "A &amp; B Technician"
    assert marked("a", "A Technician") == "A Technician"  # one letter is not a query


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("hospital", "hospital", True),
        ("hosptial", "hospital", True),  # neighbours swapped
        ("hospitl", "hospital", True),  # one left out
        ("hosspital", "hospital", True),  # one added
        ("hospitel", "hospital", True),  # one changed
        ("hsoptial", "hospital", False),  # two edits
        ("gospital", "hospital", False),  # the first letter stays
        ("hosp", "hospital", False),
    ],
)
def test_one_edit(a, b, near):
    assert one_edit(a, b) is near and one_edit(b, a) is near
