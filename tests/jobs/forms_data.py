"""A valid job form POST, to be tweaked one field at a time by the bad-input tests."""


def management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def job_post(**overrides):
    data = {
        "title": "Certified Pharmacy Technician",
        "description": "Fill prescriptions.\n\nHelp patients at the counter.",
        "setting": "community-retail",
        "employment_types": ["full-time", "per-diem"],
        "shifts": ["day", "weekend"],
        "workplace": "onsite",
        "street": "",
        "city": "",
        "state": "TX",
        "zip_code": "78701",
        "pay_min": "18.00",
        "pay_max": "23.00",
        "pay_unit": "hour",
        "state_credential": "required",
        "education_minimum": "high-school",
        "experience_months": "6",
        "experience_level": "preferred",
        "duties": ["data-entry", "fill-label"],
        "standing_required": "on",
        "lifting_lb": "25",
        "benefits": ["we-pay-certification", "will-train"],
        "openings": "2",
        "apply_url": "",
        "closing_date": "",
        **management("requirements", total=2),
        "requirements-0-code": "national-certification",
        "requirements-0-level": "required",
        "requirements-0-within_days": "90",
        "requirements-1-code": "ptcb-cspt",
        "requirements-1-level": "preferred",
        "requirements-1-within_days": "",
        **management("questions", total=1),
        "questions-0-text": "Are you at least 18 years old?",
        "questions-0-kind": "yes_no",
        "questions-0-knockout_answer": "no",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
