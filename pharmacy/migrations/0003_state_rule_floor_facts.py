"""Correct the six seeded states' rules where they exist: the floor fields and the sources.

Frozen here (not read from cms.demo_content) so the migration means the same forever.
`seed_demo` brings the rest of each row (education, exams, notes) up to date.
"""

from datetime import date

from django.db import migrations

_TX_RULE = "https://www.law.cornell.edu/regulations/texas/22-Tex-Admin-Code-SS-297-3"
_CA_RULE = (
    "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
    "?lawCode=BPC&sectionNum=4202"
)
_PA_BOARD = (
    "https://www.pa.gov/agencies/dos/department-and-offices/bpoa/boards-commissions/pharmacy"
)
_NY_SCOPE = (
    "Needed only in facilities licensed under Article 28 of the Public Health Law (hospitals, "
    "nursing homes, diagnostic and treatment centres) and pharmacies they own and operate. "
    "Technicians in other New York pharmacies (retail, mail order) need no state credential."
)
_SOURCES = {
    "TX": {"source_url": _TX_RULE, "source_citation": "22 TAC §297.3"},
    "CA": {"source_url": _CA_RULE, "source_citation": "Business and Professions Code §4202"},
    "OH": {
        "source_url": "https://codes.ohio.gov/ohio-revised-code/section-4729.921",
        "source_citation": "ORC 4729.921 and OAC 4729:3-2-01",
    },
    "NY": {
        "source_url": "https://www.nysenate.gov/legislation/laws/EDN/6844",
        "source_citation": "Education Law §6844 (Article 137-A)",
    },
    "WA": {
        "source_url": "https://app.leg.wa.gov/wac/default.aspx?cite=246-945-205",
        "source_citation": "WAC 246-945-205",
    },
    "PA": {
        "source_url": _PA_BOARD,
        "board_url": _PA_BOARD,
        "source_citation": "Act 140 of 2020; final rule 55 Pa.B. 4335",
        "required_from": date(2026, 6, 28),
    },
}
# (state, tier) -> the floor: the entry tier a technician needs to work.
_ENTRY_TIERS = {
    ("TX", 1): {},
    ("CA", 1): {},
    ("OH", 1): {},
    ("NY", 1): {"applies_in_settings": ["hospital-health-system"], "practice_limits": _NY_SCOPE},
    ("WA", 1): {},
    ("PA", 1): {},
}


def forwards(apps, schema_editor):
    StateRule = apps.get_model("pharmacy", "StateRule")
    for rule in StateRule.objects.filter(state__in=_SOURCES):
        for name, value in _SOURCES[rule.state].items():
            setattr(rule, name, value)
        rule.confidence = "confirmed"
        entry = _ENTRY_TIERS.get((rule.state, rule.tier_order))
        rule.required_to_work = entry is not None
        for name, value in (entry or {}).items():
            setattr(rule, name, value)
        if rule.state == "TX" and rule.tier_order == 2:
            rule.ce_citation = "22 TAC §297.8"
            rule.ce_source_url = (
                "https://www.law.cornell.edu/regulations/texas/22-Tex-Admin-Code-SS-297-8"
            )
        if rule.state == "OH":
            rule.minimum_age, rule.background_check = 18, True
            rule.unconfirmed_facts = ["minimum_age", "background_check"]
        if rule.state == "PA":
            rule.unconfirmed_facts = ["minimum_age", "renewal_months"]
        if rule.state == "CA":
            rule.accepted_exams = ["PTCB PTCE", "NHA ExCPT"]
        rule.save()


class Migration(migrations.Migration):
    dependencies = [("pharmacy", "0002_state_rule_floor")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
