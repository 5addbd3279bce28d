"""search.analysis: one analysis of the trade's words for every engine (pure, no database)."""

from search import analysis
from search.analysis import query_clauses


def terms_of(q):
    return [c.term for c in query_clauses(q)]


def test_abbreviations_and_word_forms_meet_the_same_term():
    assert terms_of("tech") == terms_of("technicians") == terms_of("Technician")
    assert terms_of("IV") == terms_of("TPN") == terms_of("intravenous") == terms_of("sterile")
    assert terms_of("PRN") == terms_of("per diem") == terms_of("per-diem")
    assert terms_of("LTC") == terms_of("long-term care") == terms_of("nursing home")
    assert terms_of("prior auth") == terms_of("prior authorization")
    assert terms_of("immunizing") == terms_of("vaccines")


def test_hyphen_and_space_are_the_same():
    assert terms_of("central-fill") == terms_of("central fill") == terms_of("mail order")
    assert terms_of("part-time") == terms_of("part time")


def test_stop_words_and_one_letter_words_are_not_a_query():
    assert terms_of("jobs in ohio") == terms_of("Ohio")
    assert query_clauses("a") == []
    assert query_clauses("!!! ... ???") == []
    assert query_clauses("") == []


def test_state_codes_are_states_in_queries_and_facts_but_not_in_free_text():
    assert terms_of("TX") == terms_of("Texas")
    assert terms_of("NY") == terms_of("New York")
    assert "texas" not in analysis.terms("Acme Drug Tx Services")
    assert "colorado" not in analysis.terms("Acme Drug Co")
    assert "texas" in analysis.terms("TX", codes=True)


def test_a_short_word_never_matches_inside_another_word():
    # "IV" becomes its own term; "drive" is a term of its own, so neither meets the other.
    assert "sterile" not in analysis.terms("Help at the counter and drive-through")
    assert query_clauses("IV")[0].prefix == ""  # too short to be read as a prefix


def test_normalises_accents_case_and_control_characters():
    assert analysis.tokens("Caf\u00e9\x00TECH\x1f\u200b ") == ["cafe", "tech"]
    assert terms_of("TECH\x00") == terms_of("tech")


def test_the_last_word_is_a_prefix_while_typing():
    (clause,) = query_clauses("hosp")
    assert clause.prefix == "hosp"
    (clause,) = query_clauses("hosp ")
    assert clause.prefix == ""
    # Never after a phrase: "central fill" must not find every fill-and-label job.
    assert query_clauses("central fill")[-1].prefix == ""


def test_index_text_expands_phrases_so_each_word_still_finds_them():
    terms = analysis.terms("Sterile compounding")
    assert "sterile" in terms and "compounding" in terms


def test_long_queries_are_cut_not_refused():
    clauses = query_clauses("technician " * 500 + "x" * 10_000)
    assert 0 < len(clauses) <= analysis.MAX_TERMS


def test_query_syntax_never_reaches_an_engine():
    for q in ["title:*", "OR", '"', "NEAR(", "*", "^", "tech OR night", "{title}: x", "a AND"]:
        for clause in query_clauses(q):
            assert clause.term.isalnum(), (q, clause)
