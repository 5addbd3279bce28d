"""The judged queries: what technicians and employers type, and which jobs are relevant.

Relevance is decided by each job's structured fields (``data.Facts``), never by the engine's
analysis: the judge says what a person means, the engines must find it.
"""

from __future__ import annotations

from collections.abc import Callable

from .data import Facts

Judge = Callable[[Facts], bool]

NATIONAL = {"national-certification", "ptcb-cpht", "nha-cpht"}


def anything(j: Facts) -> bool:
    return True


def sterile(j: Facts) -> bool:
    return (
        j.setting == "compounding-sterile"
        or "sterile-iv-tpn" in j.duties
        or "ptcb-cspt" in j.requires
    )


def chemo(j: Facts) -> bool:
    return "hazardous-chemo" in j.duties or "ptcb-hdm" in j.requires


def ltc(j: Facts) -> bool:
    return j.setting == "long-term-care"


def prn(j: Facts) -> bool:
    return "per-diem" in j.types


def part_time(j: Facts) -> bool:
    return "part-time" in j.types


def full_time(j: Facts) -> bool:
    return "full-time" in j.types


def shift(code: str) -> Judge:
    return lambda j: code in j.shifts


def cpht(j: Facts) -> bool:
    return bool(j.requires & NATIONAL) or "Certified" in j.title


def ptcb(j: Facts) -> bool:
    return "national-certification" in j.requires or any(
        code.startswith("ptcb-") for code in j.requires
    )


def nha(j: Facts) -> bool:
    return bool(j.requires & {"national-certification", "nha-cpht"})


def setting(*codes: str) -> Judge:
    return lambda j: j.setting in codes


def duty(*codes: str) -> Judge:
    return lambda j: bool(j.duties & set(codes))


def benefit(code: str) -> Judge:
    return lambda j: code in j.benefits


def remote(j: Facts) -> bool:
    return j.remote or j.setting == "telepharmacy-remote"


def city(name: str) -> Judge:
    return lambda j: j.city == name


def state(code: str) -> Judge:
    return lambda j: j.state == code


def compounding(j: Facts) -> bool:
    return (
        j.setting in {"compounding-sterile", "compounding-nonsterile"}
        or "nonsterile-compounding" in j.duties
        or "Compounding" in j.title
    )


def immunizations(j: Facts) -> bool:
    return "immunizations" in j.duties or "ptcb-immunization" in j.requires


def both(*judges: Judge) -> Judge:
    return lambda j: all(judge(j) for judge in judges)


def employer(name: str) -> Judge:
    return lambda j: j.employer == name


def title_has(word: str) -> Judge:
    return lambda j: word in j.title


def prior_auth(j: Facts) -> bool:
    return "prior-authorization" in j.duties or "Prior Authorization" in j.title


HOSPITAL = setting("hospital-health-system")
RETAIL = setting("community-retail")
MAIL = setting("mail-order-central-fill")

QUERIES: list[tuple[str, Judge]] = [
    ("tech", anything),
    ("pharmacy tech", anything),
    ("technicians", anything),
    ("pharmacy technician jobs", anything),
    ("pharm tech", anything),
    ("techncian", anything),
    ("IV tech", sterile),
    ("IV", sterile),
    ("sterile", sterile),
    ("TPN", sterile),
    ("intravenous", sterile),
    ("CSPT", sterile),
    ("chemo", chemo),
    ("hazardous drugs", chemo),
    ("oncology", chemo),
    ("LTC", ltc),
    ("long term care", ltc),
    ("long-term care pharmacy", ltc),
    ("nursing home", ltc),
    ("PRN", prn),
    ("per diem", prn),
    ("part time", part_time),
    ("part-time", part_time),
    ("full time", full_time),
    ("night", shift("night")),
    ("night shift", shift("night")),
    ("overnight", shift("night")),
    ("nigth shift", shift("night")),
    ("weekend", shift("weekend")),
    ("weekends", shift("weekend")),
    ("evening shift", shift("evening")),
    ("holiday", shift("holiday")),
    ("on call", shift("on-call")),
    ("CPhT", cpht),
    ("certified", cpht),
    ("PTCB", ptcb),
    ("NHA", nha),
    ("ExCPT", nha),
    ("retail", RETAIL),
    ("community pharmacy", RETAIL),
    ("drugstore", RETAIL),
    ("hospital", HOSPITAL),
    ("inpatient", HOSPITAL),
    ("hosptial", HOSPITAL),
    ("central fill", MAIL),
    ("central-fill", MAIL),
    ("mail order", MAIL),
    ("compounding", compounding),
    ("compounder", compounding),
    ("immunizations", immunizations),
    ("vaccines", immunizations),
    ("immunizing", immunizations),
    ("prior auth", prior_auth),
    ("prior authorization", prior_auth),
    ("remote", remote),
    ("work from home", remote),
    ("Houston", city("Houston")),
    ("Seattle", city("Seattle")),
    ("San Diego", city("San Diego")),
    ("Texas", state("TX")),
    ("TX", state("TX")),
    ("jobs in ohio", state("OH")),
    ("pharmacy technician in california", state("CA")),
    ("New York", state("NY")),
    ("night shift Houston CPhT", both(shift("night"), city("Houston"), cpht)),
    ("hospital night", both(HOSPITAL, shift("night"))),
    ("retail weekend", both(RETAIL, shift("weekend"))),
    ("LTC part time", both(ltc, part_time)),
    ("sterile PRN Texas", both(sterile, prn, state("TX"))),
    ("sign on bonus", benefit("sign-on-bonus")),
    ("401k", benefit("retirement")),
    ("tuition assistance", benefit("tuition-assistance")),
    ("dental", benefit("dental-vision")),
    ("will train", benefit("will-train")),
    ("shift differential", benefit("shift-differential")),
    ("specialty pharmacy", setting("specialty")),
    ("nuclear", setting("nuclear")),
    ("PBM", setting("managed-care-pbm")),
    ("home infusion", setting("home-infusion")),
    ("clinic", setting("ambulatory-clinic")),
    ("outpatient", setting("ambulatory-clinic")),
    ("data entry", duty("data-entry")),
    ("unit dose", duty("unit-dose-cart-fill")),
    ("pyxis", duty("adc-restock")),
    ("tech check tech", duty("tech-check-tech")),
    ("Lone Star Apothecary", employer("Lone Star Apothecary")),
    ("buckeye", employer("Buckeye Dispensary")),
    ("lead tech", title_has("Lead")),
    ("temporary", lambda j: "temporary" in j.types),
    ("contract", lambda j: "contract" in j.types),
    # Nothing is relevant: a good engine answers little or nothing.
    ("phlebotomist", lambda j: False),
    ("veterinary", lambda j: False),
]

# The same needs typed in Spanish (issue 15): judged by the same facts, so a Spanish query
# must find what its English equivalent finds.
SPANISH_QUERIES: list[tuple[str, Judge]] = [
    ("técnico de farmacia", anything),
    ("técnicos", anything),
    ("técnica de farmacia", anything),
    ("técnico de farmacia turno de noche Texas", both(shift("night"), state("TX"))),
    ("medio tiempo hospital", both(HOSPITAL, part_time)),
    ("tiempo parcial", part_time),
    ("tiempo completo", full_time),
    ("quimioterapia", chemo),
    ("medicamentos peligrosos", chemo),
    ("oncología", chemo),
    ("estéril", sterile),
    ("preparación estéril", sterile),
    ("intravenoso", sterile),
    ("preparación magistral", compounding),
    ("vacunas farmacia comunitaria Houston", both(immunizations, RETAIL, city("Houston"))),
    ("vacunación", immunizations),
    ("farmacia comunitaria", RETAIL),
    ("minorista", RETAIL),
    ("hospitalario", HOSPITAL),
    ("cuidados a largo plazo", ltc),
    ("hogar de ancianos", ltc),
    ("por día", prn),
    ("turno de noche", shift("night")),
    ("nocturno", shift("night")),
    ("turno de tarde", shift("evening")),
    ("fin de semana", shift("weekend")),
    ("de guardia", shift("on-call")),
    ("certificado", cpht),
    ("autorización previa", prior_auth),
    ("por correo", MAIL),
    ("surtido central", MAIL),
    ("remoto", remote),
    ("trabajo desde casa", remote),
    ("sin experiencia", benefit("will-train")),
    ("bono de contratación", benefit("sign-on-bonus")),
    ("tejas", state("TX")),
    ("Nueva York", state("NY")),
    ("empleos en Ohio", state("OH")),
    ("técnico de farmacia en California", state("CA")),
    ("turno de noche Houston certificado", both(shift("night"), city("Houston"), cpht)),
    ("farmacia comunitaria fin de semana", both(RETAIL, shift("weekend"))),
    ("estéril por día Tejas", both(sterile, prn, state("TX"))),
    ("veterinario", lambda j: False),
]
