"""Spanish queries (issue 15) meet the same terms as their English equivalents (pure, no
database): the Spanish words are data in ``pharmacy.trade_terms``, the analysis is shared."""

import pytest

from pharmacy import trade_terms
from search import analysis
from search.analysis import query_clauses

# Spanish query → the English query a technician would type for the same need.
EQUIVALENTS = [
    ("técnico de farmacia turno de noche Texas", "pharmacy technician night shift Texas"),
    ("técnicos de farmacia", "pharmacy technicians"),
    ("técnica", "tech"),
    ("farmacias", "pharmacy"),
    ("medio tiempo hospital", "part-time hospital"),
    ("tiempo parcial", "part time"),
    ("tiempo completo", "full time"),
    ("por día", "PRN"),
    ("según necesidad", "as needed"),
    ("turno de día", "day shift"),
    ("turno de tarde", "evening shift"),
    ("turno de fin de semana", "weekend shift"),
    ("turno nocturno", "night shift"),
    ("de guardia", "on call"),
    ("estéril", "sterile"),
    ("preparación estéril", "sterile compounding"),
    ("intravenoso", "IV"),
    ("quimioterapia", "chemo"),
    ("oncología", "oncology"),
    ("medicamentos peligrosos", "hazardous drugs"),
    ("vacunas farmacia comunitaria Houston", "vaccines community pharmacy Houston"),
    ("vacunación", "immunizations"),
    ("inmunización", "immunization"),
    ("minorista", "retail"),
    ("hospitalario", "inpatient"),
    ("cuidados a largo plazo", "long-term care"),
    ("hogar de ancianos", "nursing home"),
    ("autorización previa", "prior authorization"),
    ("farmacia por correo", "mail order"),
    ("surtido central", "central fill"),
    ("certificado", "certified"),
    ("técnico de farmacia certificado", "certified pharmacy technician"),
    ("remoto", "remote"),
    ("trabajo desde casa", "work from home"),
    ("sin experiencia", "no experience"),
    ("bilingüe", "bilingual"),
    ("español", "Spanish"),
    ("farmacéutico", "pharmacist"),
    ("bono de contratación", "sign on bonus"),
    ("empleos en Ohio", "jobs in Ohio"),
    ("técnico líder", "lead tech"),
    # States by their Spanish names.
    ("Tejas", "Texas"),
    ("Nueva York", "New York"),
    ("Carolina del Norte", "North Carolina"),
    ("Carolina del Sur", "South Carolina"),
    ("Nuevo México", "New Mexico"),
    ("Pensilvania", "Pennsylvania"),
    ("Luisiana", "Louisiana"),
    ("Misuri", "Missouri"),
    ("Hawái", "Hawaii"),
    ("California", "California"),
    ("Florida", "Florida"),
    ("Oregón", "Oregon"),
]


def terms_of(q):
    return sorted(c.term for c in query_clauses(q))


@pytest.mark.parametrize(("spanish", "english"), EQUIVALENTS)
def test_a_spanish_query_meets_the_terms_of_its_english_equivalent(spanish, english):
    assert terms_of(spanish) == terms_of(english)
    assert terms_of(spanish), spanish


def test_the_stemmer_meets_spanish_word_forms_and_accents():
    assert terms_of("técnicos") == terms_of("tecnico") == terms_of("TÉCNICAS") == ["technician"]
    assert terms_of("Farmacias") == terms_of("farmacia") == ["pharmacy"]
    assert terms_of("vacunas") == terms_of("vacuna") == ["immunization"]


def test_spanish_words_are_indexed_as_the_english_terms_of_a_posting():
    # A Spanish posting's text meets an English query and the other way round.
    assert set(analysis.terms("Técnico de farmacia, turno de noche")) >= {
        "technician",
        "pharmacy",
        "shift",
        "night",
    }
    assert "sterile" in analysis.terms("Preparación estéril (USP 797)")


def test_spanish_articles_and_prepositions_are_not_a_query():
    assert query_clauses("de la en el los las para con") == []
    assert terms_of("busco trabajo de técnico en la farmacia") == ["pharmacy", "technician"]


def test_de_and_la_are_words_in_spanish_not_delaware_and_louisiana():
    assert "delaware" not in terms_of("técnico de farmacia")
    assert "louisiana" not in terms_of("la farmacia")
    # The states are still found by name.
    assert terms_of("Delaware") == ["delaware"]
    assert terms_of("Luisiana") == terms_of("Louisiana") == ["louisiana"]


def test_stop_words_still_count_inside_a_phrase():
    # "por" and "de" are stop words, but "por día" is PRN and "fin de semana" the weekend.
    assert terms_of("por día") == ["prn"]
    assert terms_of("fin de semana") == ["weekend"]
    assert terms_of("día") == ["day"]


def test_every_spanish_key_names_an_english_group_or_a_word_that_is_its_own_stem():
    english = {group[0] for group in trade_terms.ENGLISH_GROUPS}
    for key in trade_terms.SPANISH_PHRASES:
        # A new group named by an English word whose stem is the word keeps English text
        # analysed as before ("shifts" → "shift" either way).
        assert key in english or analysis.stem(key) == key, key


def test_every_spanish_phrase_becomes_its_groups_term():
    for key, phrases in trade_terms.SPANISH_PHRASES.items():
        for phrase in phrases:
            assert terms_of(phrase) == [key.replace(" ", "")], phrase
    states = dict(trade_terms.STATE_CODES)
    for code, names in trade_terms.SPANISH_STATE_NAMES.items():
        for name in names:
            assert terms_of(name) == terms_of(states[code.lower()]), name


@pytest.fixture
def english_only(monkeypatch):
    """The analysis as it was with the English tables only (the caches emptied before and
    after, so no other test sees these tables)."""

    def clear():
        for value in list(vars(analysis).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()

    def run(fn, *args):
        with monkeypatch.context() as patch:
            patch.setattr(trade_terms, "SYNONYM_GROUPS", trade_terms.ENGLISH_GROUPS)
            patch.setattr(trade_terms, "STOP_WORDS", trade_terms.ENGLISH_STOP_WORDS)
            clear()
            try:
                return fn(*args)
            finally:
                clear()

    return run


def _english_texts():
    from jobs.factories import PROFILES, description_for
    from tests.relevance.judged import QUERIES

    texts = [q for q, _judge in QUERIES]
    for setting, profile in PROFILES.items():
        texts += [*profile["titles"], description_for(setting, profile["titles"][0])]
        texts += [str(duty) for duty in profile["duties"]]
    texts += list(trade_terms.FACT_WORDS.values())
    texts += [name for _code, name in trade_terms.STATE_CODES.items()]
    return texts


def test_the_spanish_words_leave_english_text_analysed_as_before(english_only):
    texts = _english_texts()

    def analyse():
        return [(analysis.terms(t), analysis.index_words(t), query_clauses(t)) for t in texts]

    # The patch takes effect (else this test would compare the merged tables with themselves).
    assert english_only(terms_of, "técnico") == ["tecnico"]
    assert english_only(analyse) == analyse()
