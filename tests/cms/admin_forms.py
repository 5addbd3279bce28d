"""POST data for the Wagtail page editor, in the shape the real form submits."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def guide_form(title="Hospital jobs in Texas", *, live_jobs=None, heading="Why hospitals", **extra):
    live_jobs = live_jobs or {"state": ["TX"], "setting": ["hospital-health-system"]}
    data = nested_form_data(
        {
            "title": title,
            "slug": extra.pop("slug", "hospital-jobs-in-texas"),
            "summary": "Where Texas hospital technicians work.",
            "author_name": "Priya Natarajan",
            "author_credentials": "CPhT, CPTEd",
            "last_reviewed": extra.pop("last_reviewed", ""),
            "hero_image": "",
            "tags": "careers",
            "body": streamfield(
                [
                    ("heading", {"text": heading, "level": "h2"}),
                    ("paragraph", rich_text("<p>Hospitals hire technicians.</p>")),
                    ("live_jobs", {"heading": "Open hospital jobs in Texas"}),
                ]
            ),
        }
    )
    # Multiple-choice fields post one value per selected option (a list, not numbered keys).
    for name in ("state", "setting", "requires"):
        data[f"body-2-value-{name}"] = list(live_jobs.get(name, []))
    data.update(extra)
    return data


def state_page_form(state="TX", **extra):
    data = nested_form_data(
        {
            "title": "Texas pharmacy technician requirements",
            "slug": "",
            "state": state,
            "summary": "Two tiers.",
            "board_name": "",
            "board_url": extra.pop("board_url", ""),
            "body": streamfield([]),
        }
    )
    data.update(extra)
    return data


def state_rule_form(**extra):
    data = {
        "state": "TX",
        "tier_order": "3",
        "official_title": "Registered pharmacy technician",
        "credential_type": "registration",
        "national_certification": "required",
        "accepted_exams": '["PTCB PTCE"]',
        "minimum_age": "",
        "background_check": "",
        "education": "",
        "practice_limits": "",
        "validity_months": "",
        "renewal_months": "24",
        "renewable": "on",
        "ce_hours": "20",
        "ce_topics": "",
        "board_name": "",
        "board_url": "",
        "source_url": "https://www.pharmacy.texas.gov/",
        "source_citation": "22 TAC §297.3",
        "verified_on": "2026-03-02",
        "notes": "",
        "confidence": "confirmed",
        "applies_in_settings": "[]",
        "required_from": "",
        "unconfirmed_facts": "[]",
        "ce_citation": "22 TAC §297.8",
        "ce_source_url": "",
    }
    data.update(extra)
    return data
