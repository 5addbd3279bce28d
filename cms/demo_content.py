"""The words and rules `demo.py` seeds: only DOMAIN.md's facts, unconfirmed items left empty.

Kept apart from the seeding code so an editor can review the copy in one place.
"""

from datetime import date

from pharmacy.models import NationalCertificationPolicy as Policy

HOSPITAL = "hospital-health-system"
RETAIL = "community-retail"
LTC = "long-term-care"
STERILE = "compounding-sterile"
NATIONAL = "national-certification"

GUIDES_INTRO = (
    "Practical guides for pharmacy technicians: getting started, choosing a certification, "
    "state rules and career paths, each with the open jobs that match."
)
STATES_INTRO = (
    "What each state asks of pharmacy technicians. Every rule shows its source and the date "
    "we last checked it; states we have not reviewed are marked as such."
)
BLS_SOURCE = (
    "Source: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, "
    "Pharmacy Technicians (SOC 29-2052)."
)

# --- State rules (one row per state and tier) ------------------------------------------------
# Sources: the rule itself where a stable URL exists (the state's code online or Cornell LII),
# the board's page otherwise. DOMAIN.md's [P] facts are stored and listed in
# "unconfirmed_facts" (shown as "not confirmed"); its [U] facts are left empty.
# "required_to_work" marks the entry tier a technician needs to work at all: the state's floor.
_CONFIRMED = "confirmed"
_TX = {
    "state": "TX",
    "board_name": "Texas State Board of Pharmacy",
    "board_url": "https://www.pharmacy.texas.gov/",
    "source_url": "https://www.law.cornell.edu/regulations/texas/22-Tex-Admin-Code-SS-297-3",
    "source_citation": "22 TAC §297.3",
    "confidence": _CONFIRMED,
}
_CA = {
    "state": "CA",
    "board_name": "California State Board of Pharmacy",
    "board_url": "https://www.pharmacy.ca.gov/",
    "source_url": (
        "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml"
        "?lawCode=BPC&sectionNum=4202"
    ),
    "source_citation": "Business and Professions Code §4202",
    "confidence": _CONFIRMED,
}
_OH = {
    "state": "OH",
    "board_name": "State of Ohio Board of Pharmacy",
    "board_url": "https://www.pharmacy.ohio.gov/",
    "source_url": "https://codes.ohio.gov/ohio-revised-code/section-4729.921",
    "source_citation": "ORC 4729.921 and OAC 4729:3-2-01",
    "confidence": _CONFIRMED,
}
_OH_UNCONFIRMED_NOTE = (
    "Minimum age 18 (17 for a trainee in an approved career-technical programme) and a "
    "criminal-records check for every tier appear in ORC 4729.90 and OAC 4729:3-2-01; we have "
    "not yet confirmed them on the board's site."
)
_NY = {
    "state": "NY",
    "board_name": "New York State Education Department, Office of the Professions",
    "board_url": "https://www.op.nysed.gov/",
    "source_url": "https://www.nysenate.gov/legislation/laws/EDN/6844",
    "source_citation": "Education Law §6844 (Article 137-A)",
    "confidence": _CONFIRMED,
}
_WA = {
    "state": "WA",
    "board_name": "Washington Pharmacy Quality Assurance Commission (Department of Health)",
    "board_url": "https://doh.wa.gov/",
    "source_url": "https://app.leg.wa.gov/wac/default.aspx?cite=246-945-205",
    "source_citation": "WAC 246-945-205",
    "confidence": _CONFIRMED,
}
_PA = {
    "state": "PA",
    "board_name": "Pennsylvania State Board of Pharmacy",
    "board_url": "https://www.pa.gov/agencies/dos/department-and-offices/bpoa/boards-commissions/pharmacy",
    # No stable deep link to the Bulletin notice was found: the board's page, and the citation.
    "source_url": "https://www.pa.gov/agencies/dos/department-and-offices/bpoa/boards-commissions/pharmacy",
    "source_citation": "Act 140 of 2020; final rule 55 Pa.B. 4335",
    "confidence": _CONFIRMED,
    "required_from": date(2026, 6, 28),
    "unconfirmed_facts": ["minimum_age", "renewal_months"],
}
_PA_NOTES = (
    "Registration under Act 140 of 2020; final rule 55 Pa.B. 4335 (June 28, 2025); "
    "registration required from June 28, 2026. Both tiers need an FBI background check and "
    "3 hours of child-abuse training."
)
NY_SCOPE = (
    "Needed only in facilities licensed under Article 28 of the Public Health Law (hospitals, "
    "nursing homes, diagnostic and treatment centres) and pharmacies they own and operate. "
    "Technicians in other New York pharmacies (retail, mail order) need no state credential."
)

STATE_RULES = [
    {
        **_TX,
        "tier_order": 1,
        "official_title": "Pharmacy technician trainee",
        "credential_type": "trainee",
        "required_to_work": True,
        "national_certification": Policy.REQUIRED_TO_LEAVE_TRAINEE,
        "education": "High-school diploma or GED, or working toward one",
        "background_check": True,
        "validity_months": 24,
        "renewable": False,
        "notes": "Nobody unregistered may be employed as a pharmacy technician in Texas. Trainee "
        "registration lasts up to 2 years and cannot be renewed.",
    },
    {
        **_TX,
        "tier_order": 2,
        "official_title": "Registered pharmacy technician",
        "credential_type": "registration",
        "national_certification": Policy.REQUIRED,
        "accepted_exams": ["PTCB PTCE", "NHA ExCPT"],
        "renewal_months": 24,
        "ce_hours": 20,
        "ce_topics": "1 hour of Texas pharmacy law and a human-trafficking course",
        "ce_citation": "22 TAC §297.8",
        "ce_source_url": "https://www.law.cornell.edu/regulations/texas/22-Tex-Admin-Code-SS-297-8",
    },
    {
        **_CA,
        "tier_order": 1,
        "official_title": "Pharmacy technician",
        "credential_type": "license",
        "required_to_work": True,
        "national_certification": Policy.ONE_OF_PATHS,
        "accepted_exams": ["PTCB PTCE", "NHA ExCPT"],
        "education": (
            "High-school diploma or GED plus one route: an associate degree in pharmacy "
            "technology, a 240-hour training course, an ASHP-accredited course, graduation from "
            "an ACPE-accredited school of pharmacy, PTCB or NHA (ExCPT) certification, or "
            "armed-forces pharmacy training"
        ),
        "background_check": True,
        "renewal_months": 24,
        "notes": "The board has accepted NHA's ExCPT as a route since January 1, 2017.",
    },
    {
        **_OH,
        "tier_order": 1,
        "official_title": "Pharmacy technician trainee",
        "credential_type": "trainee",
        "required_to_work": True,
        "national_certification": Policy.NOT_REQUIRED,
        "minimum_age": 18,
        "background_check": True,
        "unconfirmed_facts": ["minimum_age", "background_check"],
        "validity_months": 12,
        "renewable": False,
        "notes": "Trainee registration lasts 1 year and cannot be renewed. " + _OH_UNCONFIRMED_NOTE,
    },
    {
        **_OH,
        "tier_order": 2,
        "official_title": "Registered pharmacy technician",
        "credential_type": "registration",
        "national_certification": Policy.NOT_REQUIRED,
        "minimum_age": 18,
        "background_check": True,
        "unconfirmed_facts": ["minimum_age", "background_check"],
        "education": "Board-approved technician training",
        "notes": "The renewal cycle is not confirmed.",
    },
    {
        **_OH,
        "tier_order": 3,
        "official_title": "Certified pharmacy technician",
        "credential_type": "state-certification",
        "national_certification": Policy.REQUIRED,
        "accepted_exams": ["PTCB PTCE", "NHA ExCPT"],
        "minimum_age": 18,
        "background_check": True,
        "unconfirmed_facts": ["minimum_age", "background_check"],
        "notes": "The renewal cycle is not confirmed.",
    },
    {
        **_NY,
        "tier_order": 1,
        "official_title": "Registered pharmacy technician",
        "credential_type": "license",
        "required_to_work": True,
        "applies_in_settings": ["hospital-health-system"],
        "national_certification": Policy.REQUIRED,
        "minimum_age": 18,
        "education": "High-school diploma",
        "renewal_months": 36,
        "practice_limits": NY_SCOPE,
        "notes": "New York has no trainee tier.",
    },
    {
        **_WA,
        "tier_order": 1,
        "official_title": "Pharmacy technician",
        "credential_type": "state-certification",
        "required_to_work": True,
        "national_certification": Policy.REQUIRED,
        "minimum_age": 18,
        "education": "High-school diploma or GED plus approved training",
        "notes": "The national exam must be passed within 1 year.",
    },
    {
        **_PA,
        "tier_order": 1,
        "official_title": "Pharmacy technician trainee",
        "credential_type": "trainee",
        "required_to_work": True,
        "national_certification": Policy.NOT_REQUIRED,
        "minimum_age": 16,
        "background_check": True,
        "validity_months": 24,
        "renewable": False,
        "ce_topics": "3 hours of child-abuse recognition training (before registration)",
        "notes": _PA_NOTES,
    },
    {
        **_PA,
        "tier_order": 2,
        "official_title": "Registered pharmacy technician",
        "credential_type": "registration",
        "national_certification": Policy.NOT_REQUIRED,
        "minimum_age": 17,
        "education": "High-school diploma",
        "background_check": True,
        "renewal_months": 24,
        "ce_topics": "3 hours of child-abuse recognition training (before registration)",
        "notes": _PA_NOTES,
    },
]

STATE_PAGES = {
    "TX": {
        "title": "Texas pharmacy technician requirements",
        "summary": "Nobody may work as a pharmacy technician in Texas without a board "
        "registration: first as a trainee, then as a registered technician who holds PTCB or "
        "NHA certification.",
        "board_name": "Texas State Board of Pharmacy",
        "board_url": "https://www.pharmacy.texas.gov/",
    },
    "CA": {
        "title": "California pharmacy technician requirements",
        "summary": "California licenses pharmacy technicians: a high-school diploma or GED plus "
        "one qualifying route (including PTCB or NHA certification or a school of pharmacy), and "
        "fingerprints.",
        "board_name": "California State Board of Pharmacy",
        "board_url": "https://www.pharmacy.ca.gov/",
    },
    "OH": {
        "title": "Ohio pharmacy technician requirements",
        "summary": "Ohio registers pharmacy technicians in three tiers: trainee, registered "
        "technician and certified technician.",
        "board_name": "State of Ohio Board of Pharmacy",
        "board_url": "https://www.pharmacy.ohio.gov/",
    },
    "NY": {
        "title": "New York pharmacy technician requirements",
        "summary": "New York licenses registered pharmacy technicians for hospitals and other "
        "Article 28 facilities and the pharmacies they own; technicians in other New York "
        "pharmacies need no state credential.",
        "board_name": "New York State Education Department, Office of the Professions",
        "board_url": "https://www.op.nysed.gov/",
    },
    "WA": {
        "title": "Washington pharmacy technician requirements",
        "summary": "Washington certifies pharmacy technicians: 18 or older, a high-school "
        "diploma or GED, approved training and a national exam within a year.",
        "board_name": "Washington Pharmacy Quality Assurance Commission",
        "board_url": "https://doh.wa.gov/",
    },
    "PA": {
        "title": "Pennsylvania pharmacy technician requirements",
        "summary": "Pennsylvania registers pharmacy technicians and trainees under Act 140 of "
        "2020; registration is required from June 28, 2026.",
        "board_name": "Pennsylvania State Board of Pharmacy",
        "board_url": "https://www.pa.gov/agencies/dos/department-and-offices/bpoa/boards-commissions/pharmacy",
    },
}


# --- Guides ----------------------------------------------------------------------------------
def p_block(html):
    return {"type": "paragraph", "value": html}


def h_block(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def jobs_block(heading, state=(), setting=(), requires=()):
    value = {"heading": heading, "state": list(state), "setting": list(setting)}
    value["requires"] = list(requires)
    return {"type": "live_jobs", "value": value}


def faq_block(*pairs, heading="Frequently asked questions"):
    items = [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs]
    return {"type": "faq", "value": {"heading": heading, "items": items}}


def callout_block(kind, title, html):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def table_block(caption, rows):
    return {
        "type": "table",
        "value": {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": caption,
        },
    }


GUIDES = [
    {
        "title": "How to become a pharmacy technician",
        "summary": "What the job involves, the usual entry requirement, pay and outlook, and "
        "the steps from trainee to certified technician.",
        "tags": ["getting-started", "careers"],
        "body": [
            h_block("What a pharmacy technician does"),
            p_block(
                "<p>Pharmacy technicians work under the supervision of a licensed pharmacist. "
                "The work includes receiving and verifying prescriptions, data entry, counting "
                "and measuring, labelling, inventory and ordering, insurance claims and "
                "payments, and answering patients' questions. In some settings technicians "
                "also do sterile compounding and, where state law allows and with training, "
                "give immunizations.</p>"
            ),
            h_block("What you need to start"),
            p_block(
                "<p>The typical entry requirement is a <b>high-school diploma or "
                "equivalent</b>. Job postings also list physical demands: standing for long "
                "periods, and lifting about 10 lb frequently and 20 lb occasionally.</p>"
            ),
            p_block(
                "<ol><li>Check what your state asks for: a trainee permit, registration, "
                "licence or state certification.</li><li>Complete a training program or gain "
                "supervised work experience.</li><li>Earn a national certification (PTCB or "
                "NHA CPhT); many employers ask for it within 90 days or 6 months of hire."
                "</li></ol>"
            ),
            callout_block(
                "tip",
                "Start with your state",
                "<p>Each state sets its own rules. Our "
                '<a href="/states/">state requirements pages</a> show the source and the date '
                "we last checked.</p>",
            ),
            h_block("Pay and outlook"),
            table_block(
                "Pharmacy technicians in the United States (BLS)",
                [
                    ["Measure", "Figure"],
                    ["Median pay, May 2023", "$40,300 a year ($19.37 an hour)"],
                    ["Jobs, 2023", "463,900"],
                    ["Projected jobs, 2033", "497,200 (+7%, faster than average)"],
                    ["Openings each year", "About 47,400"],
                ],
            ),
            p_block(f"<p>{BLS_SOURCE}</p>"),
            jobs_block("Open pharmacy technician jobs"),
            faq_block(
                (
                    "What education do I need?",
                    "The typical entry requirement is a high-school diploma or equivalent.",
                ),
                (
                    "Do I need to be certified before my first job?",
                    "Not always: many postings ask for PTCB or NHA certification within 90 "
                    "days or 6 months of hire. Your state's rules may also apply.",
                ),
            ),
        ],
    },
    {
        "title": "PTCB or NHA: choosing a certification",
        "summary": "PTCB and NHA both award a credential called CPhT. How their exams, "
        "eligibility and renewal compare.",
        "tags": ["certification"],
        "body": [
            p_block(
                "<p>Two organisations award a national pharmacy technician certification, and "
                "both call it <b>CPhT</b>: the Pharmacy Technician Certification Board (PTCB), "
                "through its PTCE exam, and the National Healthcareer Association (NHA), "
                "through its ExCPT exam. When a posting says “national certification (PTCB or "
                "NHA) required”, either one meets it.</p>"
            ),
            table_block(
                "PTCB CPhT and NHA CPhT compared",
                [
                    ["", "PTCB CPhT", "NHA CPhT"],
                    ["Exam", "PTCE", "ExCPT"],
                    [
                        "Eligibility",
                        "A recognised training program or at least 500 hours of work",
                        "High-school diploma plus a training program or 1 year of supervised work",
                    ],
                    ["Renewal", "Every 2 years", "Every 2 years"],
                    [
                        "Continuing education",
                        "20 hours, including at least 1 hour of law and 1 hour of patient safety",
                        "20 hours, including at least 1 hour of law and 1 hour of patient safety",
                    ],
                ],
            ),
            h_block("Going further with PTCB"),
            p_block(
                "<p>PTCB also offers the Certified Compounded Sterile Preparation Technician "
                "(CSPT), renewed every year, which needs an active PTCB CPhT and sterile "
                "compounding experience; and the Advanced Certified Pharmacy Technician "
                "(CPhT-Adv), which needs an active CPhT, 3 years of work in the last 8, and "
                "4 assessment-based certificates (or 3 plus the CSPT). CPhT-Adv holders keep "
                "their CPhT number.</p>"
            ),
            callout_block(
                "warning",
                "Check your state",
                "<p>Some states name the exams they accept. California, for example, has "
                "accepted NHA's ExCPT as a route to a licence only since January 1, 2017.</p>",
            ),
            jobs_block("Jobs that ask for national certification", requires=[NATIONAL]),
            faq_block(
                (
                    "Is a PTCB CPhT the same as an NHA CPhT?",
                    "Both are national certifications called CPhT, from different issuers "
                    "with different exams. Employers asking for “PTCB or NHA” accept either.",
                ),
                (
                    "How often do I renew?",
                    "Both renew every 2 years with 20 hours of continuing education.",
                ),
            ),
        ],
    },
    {
        "title": "State registration, licensure and certification explained",
        "summary": "Registration, licensure and national certification mean different things. "
        "Here is how they differ and how a few states use them.",
        "tags": ["state-rules"],
        "body": [
            h_block("Three words, three meanings"),
            p_block(
                "<ul><li><b>Registration</b>: being listed by the state.</li>"
                "<li><b>Licensure</b>: permission to practise after showing competency.</li>"
                "<li><b>Certification</b> (national): voluntary and non-governmental, such as "
                "the PTCB or NHA CPhT.</li></ul>"
                "<p>Some states also issue their own “certified technician” tier, trainee "
                "permits or assistant titles.</p>"
            ),
            h_block("How some states do it"),
            p_block(
                "<ul><li>Texas: a trainee registration, then a registered technician with PTCB "
                "or NHA certification.</li><li>California: a licence.</li><li>Ohio: trainee, "
                "registered technician, then certified technician.</li><li>New York: a licensed "
                "“registered pharmacy technician”, needed only in hospitals and other Article 28 "
                "facilities and the pharmacies they own.</li>"
                "<li>Washington: state certification.</li><li>Pennsylvania: registration, "
                "required by June 28, 2026.</li></ul>"
            ),
            callout_block(
                "tip",
                "See the details",
                '<p>Each <a href="/states/">state page</a> lists the tiers, the source and '
                "the date we last verified it.</p>",
            ),
            jobs_block("Jobs in Texas", state=["TX"]),
            faq_block(
                (
                    "Is national certification the same as a state licence?",
                    "No. National certification is voluntary and non-governmental; a state "
                    "registration or licence comes from the state.",
                ),
                (
                    "Does a credential from one state count in another?",
                    "A job's state requirement is met only by a credential issued by that state.",
                ),
            ),
        ],
    },
    {
        "title": "Career paths by setting: retail, hospital, long-term care and sterile "
        "compounding",
        "summary": "Where pharmacy technicians work and what changes from one setting to another.",
        "tags": ["careers"],
        "body": [
            p_block(
                "<p>Technicians work in community and retail pharmacies, hospitals and health "
                "systems, long-term care, sterile and nonsterile compounding, mail order, "
                "specialty pharmacy, home infusion, and more.</p>"
            ),
            h_block("Retail and community pharmacy"),
            p_block(
                "<p>Typical duties include data entry, fill and label, insurance claims and "
                "prior authorisation, and customer service at the register.</p>"
            ),
            jobs_block("Retail pharmacy jobs", setting=[RETAIL]),
            h_block("Hospitals and health systems"),
            p_block(
                "<p>Hospital work can include restocking automated dispensing cabinets, unit-dose "
                "cart fill, medication delivery and medication histories. In New York, hospitals "
                "and other Article 28 facilities need licensed registered pharmacy technicians."
                "</p>"
            ),
            jobs_block("Hospital pharmacy jobs", setting=[HOSPITAL]),
            h_block("Long-term care"),
            p_block(
                "<p>Long-term care pharmacies serve residents of care facilities; the work "
                "includes fill and label, inventory and medication delivery.</p>"
            ),
            jobs_block("Long-term care jobs", setting=[LTC]),
            h_block("Sterile compounding"),
            p_block(
                "<p>Sterile compounding (IV and TPN preparation, sometimes hazardous drugs) "
                "is a specialty. PTCB's CSPT certification needs an active PTCB CPhT and "
                "sterile compounding experience.</p>"
            ),
            jobs_block("Sterile compounding jobs", setting=[STERILE]),
        ],
    },
    {
        "title": "Keeping your credentials current: CE and renewals",
        "summary": "How often PTCB and NHA certifications renew, how many CE hours they need, "
        "and what some states add.",
        "tags": ["certification", "renewal"],
        "body": [
            h_block("National certifications"),
            table_block(
                "Renewal and continuing education",
                [
                    ["Credential", "Renewal", "CE"],
                    ["PTCB CPhT", "Every 2 years", "20 h incl. ≥1 h law and ≥1 h patient safety"],
                    ["NHA CPhT", "Every 2 years", "20 h incl. ≥1 h law and ≥1 h patient safety"],
                    ["PTCB CPhT-Adv", "Every 2 years", "25 h"],
                    ["PTCB CSPT", "Every year", "—"],
                    ["PTCB CPTEd", "Every 2 years", "—"],
                ],
            ),
            p_block(
                "<p>Certifications require continuing education and give you letters after "
                "your name; PTCB's assessment-based certificates do not.</p>"
            ),
            h_block("State renewals"),
            p_block(
                "<p>States renew on their own cycles. Texas registered technicians renew every "
                "2 years with 20 CE hours, including 1 hour of Texas law and a "
                "human-trafficking course. New York renews every 3 years; California and "
                "Pennsylvania every 2 years.</p>"
            ),
            callout_block(
                "warning",
                "Don't let it lapse",
                "<p>Employers check that credentials are active and unexpired. A lapsed "
                "certification or registration can cost you a job offer.</p>",
            ),
            jobs_block("Jobs asking for PTCB certification", requires=["ptcb-cpht"]),
            faq_block(
                (
                    "How many CE hours does a CPhT need?",
                    "20 hours every 2 years for both PTCB and NHA, including at least 1 hour of "
                    "law and 1 hour of patient safety.",
                ),
            ),
        ],
    },
]
