"""The trade's words as data: what technicians and employers type, and what it means.

Reviewed against the demo and factory postings (``jobs/factories.py`` PROFILES, ``jobs/demo.py``)
and the vocabulary codes (settings, duties, shifts, employment types, benefits, credentials).
``search.analysis`` reads these tables; both search engines (Elasticsearch and the database)
get the same analysis from it, so a word means the same thing everywhere.

Each synonym group is written as plain phrases; the first one names the group. A phrase of
several words ("long term care") is matched as a whole, before single words. Hyphens and
spaces are the same ("part-time" = "part time").

Spanish (issue 15): the words technicians type in Spanish are data here too, merged into the
English groups (``SPANISH_PHRASES``, ``SPANISH_STATE_NAMES``), so "técnico de farmacia turno
de noche Tejas" and "pharmacy technician night shift Texas" are the same terms on every
engine. ``SYNONYM_GROUPS`` and ``STOP_WORDS`` are the merged tables the analysis reads.
"""

from __future__ import annotations

from .credentials import CREDENTIALS
from .states import US_STATES

ENGLISH_GROUPS: tuple[tuple[str, ...], ...] = (
    ("technician", "tech", "techs", "technicians"),
    ("pharmacy", "pharm", "pharmacies", "rx"),
    ("sterile", "iv", "ivs", "intravenous", "tpn", "cleanroom", "clean room", "iv room",
     "compounding sterile", "sterile compounding", "usp 797", "cspt", "cleanroom compounding"),
    ("chemo", "chemotherapy", "hazardous", "oncology", "hazardous drugs", "usp 800",
     "antineoplastic"),
    ("ltc", "long term care", "nursing home", "nursing homes", "skilled nursing",
     "assisted living"),
    ("prn", "per diem", "perdiem", "as needed"),
    ("cpht", "certified", "certified pharmacy technician", "cpht certified",
     "national certification", "nationally certified"),
    ("ptcb", "ptce"),
    ("nha", "excpt"),
    ("retail", "community", "drugstore", "drug store", "community pharmacy", "store"),
    ("hospital", "inpatient", "health system", "medical center", "acute care"),
    ("mailorder", "mail order", "central fill", "centralfill", "mail service"),
    ("compounding", "compounder", "compounders", "compound"),
    ("immunization", "immunizing", "immunizations", "vaccine", "vaccines", "vaccination",
     "vaccinations", "immunize", "shots", "flu shots"),
    ("priorauth", "prior auth", "prior authorization", "prior authorizations", "pa tech",
     "prior approval"),
    ("night", "nights", "overnight", "overnights", "nocturnal", "graveyard", "third shift"),
    ("evening", "evenings", "second shift", "swing"),
    ("day", "days", "daytime", "first shift"),
    ("weekend", "weekends", "saturday", "sunday"),
    ("oncall", "on call"),
    ("parttime", "part time", "pt"),
    ("fulltime", "full time", "ft"),
    ("remote", "work from home", "wfh", "from home", "telecommute", "virtual", "home based",
     "telepharmacy"),
    ("outpatient", "ambulatory", "clinic"),
    ("pbm", "managed care", "pharmacy benefit manager"),
    ("infusion", "home infusion"),
    ("nuclear", "radiopharmacy", "radiopharmaceutical", "radiopharmaceuticals"),
    ("insurance", "billing", "claims", "third party"),
    ("dataentry", "data entry", "order entry", "typing"),
    ("unitdose", "unit dose", "cart fill", "cartfill"),
    ("adc", "pyxis", "omnicell", "automated dispensing"),
    ("techchecktech", "tech check tech", "tct"),
    ("signonbonus", "sign on bonus", "signing bonus", "sign on"),
    ("willtrain", "will train", "no experience", "entry level", "trainee"),
    ("lead", "senior", "supervisor"),
    ("401k", "retirement"),
    ("pto", "paid time off", "vacation"),
    ("temporary", "temp", "travel"),
    ("contract", "contractor"),
    ("intern", "internship", "extern", "externship"),
)  # fmt: skip

# Words that carry no meaning in a job search ("jobs in ohio"). "in" and "or" are also USPS
# codes (Indiana, Oregon): those states are found by name.
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "at",
        "on",
        "for",
        "to",
        "with",
        "or",
        "by",
        "near",
        "around",
        "job",
        "jobs",
        "position",
        "positions",
        "opening",
        "openings",
        "work",
        "role",
        "roles",
        "hiring",
        "now",
        "opportunity",
        "opportunities",
        "career",
        "careers",
        "looking",
        "me",
        "my",
        "i",
        "from",
        "want",
    ]
)

# --- Spanish (issue 15) ---------------------------------------------------------------------
# Written in plain Spanish, accents and all: the analysis removes accents and stems every
# phrase with the same (English) stemmer it uses for queries, so "técnicos" meets "técnico".
# Each key names the English group the phrases join (its first phrase), so a Spanish word
# and its English equivalent become one term. A key that names no English group starts a
# new one; it is an English word whose stem is the word itself ("shift", "pharmacist",
# "spanish"), so English text keeps the term it had.
#
# "turno" is "shift" on its own, so "turno de noche" = "night shift" (two terms, as in
# English); "de", "por", "la" … are stop words outside phrases and still count inside one
# ("por día" is PRN, "fin de semana" the weekend).
SPANISH_PHRASES: dict[str, tuple[str, ...]] = {
    "technician": ("técnico", "técnica", "técnicos", "técnicas", "técnico farmacéutico",
                   "técnica farmacéutica", "técnicos farmacéuticos"),
    "pharmacy": ("farmacia", "farmacias"),
    "pharmacist": ("farmacéutico", "farmacéutica", "farmacéuticos", "farmacéuticas"),
    "sterile": ("estéril", "estériles", "preparación estéril", "preparaciones estériles",
                "preparación de estériles", "intravenoso", "intravenosa", "intravenosos",
                "intravenosas", "mezclas intravenosas", "sala limpia", "cuarto limpio",
                "nutrición parenteral"),
    "chemo": ("quimio", "quimioterapia", "oncología", "oncológico", "oncológica",
              "peligroso", "peligrosos", "peligrosas", "medicamentos peligrosos",
              "fármacos peligrosos", "antineoplásicos", "citostáticos"),
    "ltc": ("cuidados a largo plazo", "cuidado a largo plazo", "atención a largo plazo",
            "largo plazo", "hogar de ancianos", "hogares de ancianos", "residencia de ancianos",
            "asilo de ancianos", "enfermería especializada", "vida asistida"),
    "prn": ("por día", "según necesidad", "según sea necesario", "según se necesite"),
    "cpht": ("certificado", "certificada", "certificados", "certificadas", "certificación",
             "certificaciones", "certificación nacional", "técnico certificado",
             "técnica certificada", "técnico de farmacia certificado",
             "técnica de farmacia certificada"),
    "retail": ("comunitaria", "comunitario", "minorista", "farmacia comunitaria",
               "farmacia minorista", "farmacia de cadena", "cadena de farmacias", "tienda",
               "droguería"),
    "hospital": ("hospitalario", "hospitalaria", "hospitalización", "hospitalizados",
                 "sistema de salud", "centro médico", "cuidados agudos"),
    "mailorder": ("por correo", "farmacia por correo", "pedidos por correo", "surtido central",
                  "llenado central", "despacho central"),
    "compounding": ("preparación", "preparaciones", "preparación magistral",
                    "preparaciones magistrales", "magistral", "magistrales",
                    "fórmula magistral", "no estéril", "no estériles",
                    "preparación no estéril"),
    "immunization": ("vacuna", "vacunas", "vacunación", "vacunaciones", "vacunar",
                     "inmunización", "inmunizaciones", "inmunizar", "vacuna contra la gripe",
                     "vacunas contra la gripe"),
    "priorauth": ("autorización previa", "autorizaciones previas", "preautorización",
                  "aprobación previa"),
    "shift": ("turno", "turnos"),
    "night": ("noche", "noches", "nocturno", "nocturna", "nocturnos", "nocturnas",
              "tercer turno"),
    "evening": ("tarde", "tardes", "vespertino", "vespertina", "segundo turno"),
    "day": ("día", "días", "diurno", "diurna", "primer turno"),
    "weekend": ("fin de semana", "fines de semana", "sábado", "sábados", "domingo", "domingos"),
    "oncall": ("de guardia", "guardia", "guardias"),
    "parttime": ("medio tiempo", "tiempo parcial", "media jornada", "jornada parcial"),
    "fulltime": ("tiempo completo", "jornada completa"),
    "remote": ("remoto", "remota", "remotos", "a distancia", "desde casa", "en casa",
               "teletrabajo", "telefarmacia"),
    "outpatient": ("ambulatorio", "ambulatoria", "clínica", "clínicas", "consulta externa"),
    "infusion": ("infusiones", "infusión en el hogar", "infusión a domicilio"),
    "nuclear": ("radiofarmacia", "radiofármaco", "radiofármacos"),
    "insurance": ("seguro", "seguros", "facturación", "reclamaciones", "reclamos"),
    "dataentry": ("ingreso de datos", "entrada de datos", "captura de datos", "digitación"),
    "unitdose": ("dosis unitaria", "dosis unitarias", "llenado de carros"),
    "adc": ("dispensación automatizada", "dispensador automatizado"),
    "signonbonus": ("bono de contratación", "bono de bienvenida", "bono por firma",
                    "bono de firma"),
    "willtrain": ("sin experiencia", "no se requiere experiencia", "capacitación",
                  "capacitación pagada", "le capacitamos", "lo capacitamos", "la capacitamos",
                  "los capacitamos", "entrenamiento", "nivel de entrada", "nivel inicial",
                  "principiante", "principiantes", "aprendiz", "aprendices"),
    "spanish": ("español", "española", "hispanohablante", "hispanohablantes"),
    "lead": ("líder", "líderes", "supervisora", "encargado", "encargada", "jefe de técnicos"),
    "401k": ("jubilación", "plan de jubilación", "plan de retiro"),
    "pto": ("tiempo libre pagado", "tiempo libre remunerado", "vacaciones",
            "vacaciones pagadas"),
    "temporary": ("temporal", "temporales", "temporario"),
    "contract": ("contrato", "por contrato", "contratista"),
    "intern": ("pasante", "pasantes", "pasantía", "practicante", "practicantes"),
}  # fmt: skip
# "bilingüe" needs no entry: the stemmer makes "bilingu" of it, as of "bilingual".

# Spanish names of US states, where they differ from the English name once accents are gone
# ("Oregón" = "Oregon", "Florida" = "Florida"). Queries only: structured facts keep codes.
SPANISH_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "DC": ("Distrito de Columbia",),
    "HI": ("Hawái", "Hawai"),
    "LA": ("Luisiana",),
    "MN": ("Minesota",),
    "MO": ("Misuri",),
    "MS": ("Misisipi",),
    "NC": ("Carolina del Norte",),
    "ND": ("Dakota del Norte",),
    "NH": ("Nuevo Hampshire",),
    "NJ": ("Nueva Jersey",),
    "NM": ("Nuevo México",),
    "NY": ("Nueva York",),
    "PA": ("Pensilvania",),
    "SC": ("Carolina del Sur",),
    "SD": ("Dakota del Sur",),
    "TN": ("Tennesí",),
    "TX": ("Tejas",),
    "WV": ("Virginia Occidental",),
}

# Articles, prepositions and the words of "busco trabajo de …" (as "jobs", "near" above).
# Not "al" (Alabama) nor "mi" (Michigan): a state code is more often meant than either. "de"
# and "la" are also codes (Delaware, Louisiana): in Spanish they are far more often words, so
# those two states are found by name, as Indiana and Oregon are.
SPANISH_STOP_WORDS: frozenset[str] = frozenset(
    ["de", "del", "el", "la", "lo", "los", "las", "un", "una", "unos", "unas", "en", "con",
     "para", "por", "que", "su", "sus", "cerca", "trabajo", "trabajos", "empleo", "empleos",
     "puesto", "puestos", "vacante", "vacantes", "oferta", "ofertas", "oportunidad",
     "oportunidades", "busco", "buscando", "contratando", "quiero", "carrera"]
)  # fmt: skip


def _merged_groups() -> tuple[tuple[str, ...], ...]:
    """The English groups with their Spanish phrases, then the groups Spanish starts."""
    named = {group[0]: group for group in ENGLISH_GROUPS}
    unknown = [key for key in SPANISH_PHRASES if key not in named]
    groups = [(*group, *SPANISH_PHRASES.get(group[0], ())) for group in ENGLISH_GROUPS]
    groups += [(key, *SPANISH_PHRASES[key]) for key in unknown]
    state_names = dict(US_STATES)
    groups += [(state_names[code], *names) for code, names in SPANISH_STATE_NAMES.items()]
    return tuple(groups)


SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = _merged_groups()
STOP_WORDS: frozenset[str] = ENGLISH_STOP_WORDS | SPANISH_STOP_WORDS

# What every posting on the board is, whatever its title ("Patient Access Technician").
EVERY_JOB = "pharmacy technician"

# Structured facts as the words a posting would use for them (code → words). Codes with no
# entry are read as their own words ("hospital-health-system" → "hospital health system").
FACT_WORDS: dict[str, str] = {
    # settings
    "community-retail": "community retail pharmacy",
    "hospital-health-system": "hospital health system inpatient",
    "ambulatory-clinic": "ambulatory clinic outpatient",
    "long-term-care": "long term care",
    "mail-order-central-fill": "mail order central fill",
    "compounding-sterile": "sterile compounding",
    "compounding-nonsterile": "nonsterile compounding",
    "telepharmacy-remote": "telepharmacy remote",
    "managed-care-pbm": "managed care pbm",
    "wholesale-manufacturer": "wholesale manufacturer",
    "military-federal": "military federal",
    "education-training": "education training",
    # employment types
    "per-diem": "per diem",
    # shifts
    "night": "night shift",
    "evening": "evening shift",
    "day": "day shift",
    "weekend": "weekend shift",
    "holiday": "holiday shift",
    "rotating": "rotating shift",
    "on-call": "on call",
    "variable": "variable shift",
    # duties
    "sterile-iv-tpn": "sterile iv tpn",
    "hazardous-chemo": "hazardous chemo",
    "prior-authorization": "prior authorization",
    "insurance-claims": "insurance claims",
    "customer-service": "customer service cashier",
    "inventory-purchasing": "inventory purchasing",
    "fill-label": "fill label",
    "adc-restock": "automated dispensing restock",
    "unit-dose-cart-fill": "unit dose cart fill",
    "medication-delivery": "medication delivery",
    "medication-history": "medication history reconciliation",
    "tech-check-tech": "tech check tech",
    "mtm-support": "mtm support",
    "point-of-care-testing": "point of care testing",
    "controlled-substance-inventory": "controlled substance inventory",
    # benefits
    "health-insurance": "health benefits",
    "dental-vision": "dental vision",
    "retirement": "retirement",
    "paid-time-off": "paid time off",
    "we-pay-certification": "paid exam fees",
    "will-train": "will train",
    "tuition-assistance": "tuition assistance",
    "sign-on-bonus": "sign on bonus",
    "shift-differential": "shift differential",
    "employee-discount": "employee discount",
    # requirement codes beyond the credentials' own names
    "national-certification": "cpht ptcb nha national certification",
    "state-credential": "state registration licence license",
    "none": "",
}


def credential_words(code: str) -> str:
    """The words a requirement code is known by: its names and its code's parts."""
    credential = CREDENTIALS.get(code)
    words = [FACT_WORDS.get(code, "")]
    if credential is not None:
        # The short label, not the long one: "Certified … Sterile … (CSPT)" is no CPhT.
        words += [credential.short_label, code.replace("-", " ")]
    return " ".join(w for w in words if w)


STATE_CODES: dict[str, str] = {code.lower(): name for code, name in US_STATES}
