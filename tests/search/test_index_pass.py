"""The index path's one-pass analysis gives exactly what the plain definitions give.

``analysis.for_index`` / ``for_index_joined`` and ``job_text.text_fields`` are the fast path
(what Elasticsearch documents and JobText rows are built from); ``analysis.index_text`` /
``index_words`` and ``job_text.plain_text_fields`` define the fields. Pure: no database.
"""

import random
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from pharmacy import trade_terms
from search import analysis, job_text
from search.documents import ROW_FIELDS

# Words that make the analysis branch: synonym phrases and their parts, stop words, state
# codes and names, one-letter words, accents, hyphens, punctuation, digits.
VOCABULARY = sorted(
    {word for group in trade_terms.SYNONYM_GROUPS for phrase in group for word in phrase.split()}
    | set(trade_terms.STOP_WORDS)
    | set(trade_terms.STATE_CODES)
    | {word for name in trade_terms.STATE_CODES.values() for word in name.split()}
    | {"a", "I", "x", "Café", "Niño", "central-fill", "long-term", "part-time", "Sign-On"}
    | {"TX", "Co", "IN", "or", "USP-797", "24/7", "401(k)", "—", "hospital.", "\x00", "ﬁll"}
)


def random_texts(n: int, seed: int, words: int = 30) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(VOCABULARY, k=rng.randint(0, words))) for _ in range(n)]


def test_for_index_is_index_text_and_index_words():
    for text in random_texts(3000, seed=1):
        got = analysis.for_index(text)
        assert got.terms == analysis.index_text(text), text
        assert " ".join(dict.fromkeys(got.words)) == analysis.index_words(text), text


@pytest.mark.parametrize(
    "parts",
    [
        ["central", "fill and label"],  # "central fill" runs across the parts
        ["long", "term", "care home"],  # across two edges
        ["mail", "order entry"],  # not "order entry": "mail order", then "entry"
        ["Nursing", "", "homes"],  # an empty part is no edge
        ["pharmacy benefit", "manager"],
    ],
)
def test_joined_parts_read_a_phrase_across_an_edge(parts):
    joined = analysis.for_index(" ".join(parts))
    assert analysis.for_index_joined(parts) == joined
    # The check matters: the parts analysed one by one do not make the phrase.
    one_by_one = " ".join(t for t in (analysis.for_index(p).terms for p in parts) if t)
    assert one_by_one != joined.terms


def test_joined_parts_are_the_joined_text():
    rng = random.Random(2)
    for _ in range(3000):
        parts = random_texts(rng.randint(0, 9), seed=rng.random(), words=4)
        assert analysis.for_index_joined(parts) == analysis.for_index(" ".join(parts)), parts


def job_row(rng: random.Random, n: int) -> dict:
    """A ``documents.ROW_FIELDS`` row with varied titles, facts and descriptions."""
    codes = list(trade_terms.FACT_WORDS)
    text = random_texts(3, seed=rng.random())
    row = dict.fromkeys(ROW_FIELDS)
    row.update(
        id=n,
        title=rng.choice(["Pharmacy Tech – Nights", "IV Room Técnico", "CPhT (PRN)", text[0]]),
        organisation__name=rng.choice(["Care Partners", "Ácme Drug Co", "Health", text[1]]),
        setting=rng.choice([*codes[:8], ""]),
        state=rng.choice(["TX", "CO", "IN", "OR", "NY", ""]),
        city=rng.choice(["Long Term", "Austin", "Coeur d'Alene", "", "Mail"]),
        workplace=rng.choice(["onsite", "remote", "hybrid"]),
        employment_types=rng.sample(codes, 2),
        shifts=rng.sample(codes, 2),
        duties=rng.sample(codes, 3),
        benefits=rng.sample(codes, 2),
        pay_min_hourly=Decimal("18.50"),
        published_at=datetime(2026, 1, 5, tzinfo=UTC),
    )
    return row


def test_text_fields_are_the_plain_definition():
    rng = random.Random(3)
    credentials = ["ptcb-cpht", "nha-excpt", "ptcb-cspt", "state-credential"]
    for n in range(1500):
        row = job_row(rng, n)
        requires = rng.sample(credentials, rng.randint(0, 3))
        body = random_texts(1, seed=rng.random(), words=80)[0]
        expected = job_text.plain_text_fields(row, requires, body)
        assert job_text.text_fields(row, requires, body) == expected, row
