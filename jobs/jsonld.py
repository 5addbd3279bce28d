"""schema.org JobPosting for a job (what Google for Jobs reads). Pure: job in, dict out.

One language, the posting's: a job is written in English (it has no language field, see
docs/i18n.md), so every label and sentence here is English on every page language, not the
Spanish page's words round the employer's English. Only ``url`` follows the page (the address
of the page the data sits on, like its canonical link). No ``inLanguage``: schema.org gives
that property to creative works and events, not to JobPosting.
"""

from __future__ import annotations

import json

from django.utils import translation
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe

from pharmacy.credentials import (
    CREDENTIALS,
    CredentialKind,
    StateCredentialType,
    issuers_for,
    label_for,
)
from pharmacy.eligibility import Level, StatePolicy
from pharmacy.pay import PayUnit
from pharmacy.state_law import state_law
from pharmacy.states import STATE_NAMES
from pharmacy.vocabulary import Duty, experience_area_label

POSTING_LANGUAGE = "en"
OCCUPATIONAL_CATEGORY = "29-2052.00"  # O*NET-SOC: Pharmacy Technicians

EMPLOYMENT_TYPES = {
    "full-time": "FULL_TIME",
    "part-time": "PART_TIME",
    "per-diem": "PER_DIEM",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "intern": "INTERN",
}
_EDUCATION_LEVELS = {
    "high-school": "high school",
    "training-program": "professional certificate",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
}


def _iso(value):
    return value.isoformat() if value else None


def _issuers(code: str) -> list[dict]:
    return [
        {"@type": "Organization", "name": issuer.short_name, "url": issuer.url}
        for issuer in issuers_for(code)
    ]


def _category(code: str) -> str:
    """ "certificate" for an assessment-based certificate, else "certification"."""
    credential = CREDENTIALS.get(code)
    if credential is not None and credential.kind == CredentialKind.CERTIFICATE:
        return "certificate"
    return "certification"


def _credential(requirement) -> dict:
    recognised = _issuers(requirement.code)
    return {
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": _category(requirement.code),
        "name": label_for(requirement.code),
        "recognizedBy": recognised[0] if len(recognised) == 1 else recognised,
    }


def _condition(requirement) -> str:
    """A requirement that is not needed at hire, with its condition, as the job states it."""
    if requirement.level == Level.PREFERRED:
        return f"Preferred, not required: {label_for(requirement.code)}"
    return f"Required within {requirement.within_days} days of hire: {label_for(requirement.code)}"


# The state's credential type as schema.org's credentialCategory: its real type.
_STATE_CATEGORIES = {
    StateCredentialType.REGISTRATION: "registration",
    StateCredentialType.LICENSE: "license",
    StateCredentialType.STATE_CERTIFICATION: "certification",
    StateCredentialType.TRAINEE: "trainee registration",
    StateCredentialType.ASSISTANT: "registration",
}


def _state_credential(state: str, policy: str, law) -> dict | None:
    """The state credential a job needs, by its real type, recognised by the state's board."""
    if policy == StatePolicy.NOT_REQUIRED:
        return None
    state_name = STATE_NAMES[state]
    trainee_ok = policy == StatePolicy.TRAINEE_ACCEPTED
    wanted = StateCredentialType.TRAINEE if trainee_ok else None
    types = [t for t in law.titles if (t == wanted if wanted else t != StateCredentialType.TRAINEE)]
    credential = {
        "@type": "EducationalOccupationalCredential",
        "validIn": {"@type": "State", "name": state_name},
    }
    if types and law.titles:
        kind = StateCredentialType(types[0])
        credential["credentialCategory"] = _STATE_CATEGORIES[kind]
        credential["name"] = f"{state_name} {law.titles[kind]}"
        if trainee_ok and law.technician_title:
            credential["description"] = f"A {law.technician_title.lower()} also qualifies."
    else:
        credential["credentialCategory"] = "registration or license"
        credential["name"] = f"{state_name} pharmacy technician registration or licence"
        if trainee_ok:
            credential["name"] += " (a trainee credential qualifies)"
    if law.board_name:
        board = {"@type": "Organization", "name": law.board_name}
        if law.board_url:
            board["url"] = law.board_url
        credential["recognizedBy"] = board
    return credential


def _state_credentials(job) -> list[dict]:
    wanted = [(job.state, job.state_credential, job.state_law())]
    wanted += [
        (state, StatePolicy.REQUIRED, state_law(state, job.setting))
        for state in job.licence_states
        if state != job.state
    ]
    return [c for state, policy, law in wanted if (c := _state_credential(state, policy, law))]


def _location(job) -> dict:
    if job.is_remote:
        return {
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": [
                {"@type": "State", "name": STATE_NAMES[state]}
                for state in (job.remote_states or [job.state])
            ],
        }
    address = {
        "@type": "PostalAddress",
        "addressLocality": job.city,
        "addressRegion": job.state,
        "postalCode": job.zip_code,
        "addressCountry": "US",
    }
    if job.street:
        address["streetAddress"] = job.street
    location = {"jobLocation": {"@type": "Place", "address": address}}
    if job.latitude is not None and job.longitude is not None:
        location["jobLocation"]["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": job.latitude,
            "longitude": job.longitude,
        }
    return location


def _salary(job) -> dict | None:
    if job.pay_min is None and job.pay_max is None:
        return None
    value = {
        "@type": "QuantitativeValue",
        "unitText": "YEAR" if job.pay_unit == PayUnit.YEAR else "HOUR",
    }
    if job.pay_min is not None:
        value["minValue"] = float(job.pay_min)
    if job.pay_max is not None:
        value["maxValue"] = float(job.pay_max)
    return {"@type": "MonetaryAmount", "currency": "USD", "value": value}


def _physical(job) -> str:
    parts = []
    if job.standing_required:
        parts.append("Standing for long periods")
    if job.lifting_lb:
        parts.append(f"Lifting up to {job.lifting_lb} lb")
    return "; ".join(parts)


def job_posting(job, *, base_url: str = "") -> dict:
    """The JobPosting dict for ``job``, in the posting's language; ``base_url`` makes the URLs
    absolute."""
    url = base_url + job.get_absolute_url()  # the page's own address, in the page's language
    with translation.override(POSTING_LANGUAGE):
        return _plain(_job_posting(job, base_url=base_url, url=url))


def _plain(value):
    """``value`` with every lazy label made text now, while the posting's language is active."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return str(value) if isinstance(value, Promise) else value


def _job_posting(job, *, base_url: str, url: str) -> dict:
    organisation = job.organisation
    hiring = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        hiring["sameAs"] = organisation.website
    if organisation.logo:
        hiring["logo"] = base_url + organisation.logo.url
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description,
        "datePosted": _iso(job.published_at or job.created_at),
        "validThrough": _iso(job.expires_at),
        "employmentType": [
            EMPLOYMENT_TYPES[t] for t in job.employment_types if t in EMPLOYMENT_TYPES
        ],
        "hiringOrganization": hiring,
        "identifier": {"@type": "PropertyValue", "name": organisation.name, "value": str(job.pk)},
        "directApply": job.applies_on_site,
        "occupationalCategory": OCCUPATIONAL_CATEGORY,
        "url": url,
        "totalJobOpenings": job.openings,
        **_location(job),
    }
    if salary := _salary(job):
        data["baseSalary"] = salary
    requirements = list(job.requirements.all())
    # Only what a candidate must hold at hire is a qualification; the rest is described with
    # its condition ("Preferred, not required: …", "Required within 90 days of hire: …").
    at_hire = [r for r in requirements if r.level == Level.REQUIRED and not r.within_days]
    conditional = [r for r in requirements if r not in at_hire]
    credentials = [_credential(r) for r in at_hire] + _state_credentials(job)
    if credentials:
        data["qualifications"] = credentials
    skills = [_condition(r) for r in conditional]
    skills += [f"{extra.kind_label}: {extra.text}" for extra in job.extra_requirements()]
    if skills:
        data["skills"] = "; ".join(skills)
    education = []
    if job.education_minimum in _EDUCATION_LEVELS:
        education.append(
            {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": _EDUCATION_LEVELS[job.education_minimum],
            }
        )
    if education:
        data["educationRequirements"] = education
    if job.experience_months and job.experience_level == "required":
        experience = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": job.experience_months,
        }
        if job.experience_in:
            experience["description"] = f"Experience in {experience_area_label(job.experience_in)}"
        data["experienceRequirements"] = experience
    if physical := _physical(job):
        data["physicalRequirement"] = physical
    duties = dict(Duty.choices)
    if job.duties:
        data["responsibilities"] = ", ".join(str(duties.get(d, d)) for d in job.duties)
    if job.benefits:
        data["jobBenefits"] = ", ".join(job.benefit_labels())
    if job.shifts:
        data["workHours"] = ", ".join(job.shifts)
    return {key: value for key, value in data.items() if value not in (None, "", [])}


_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def as_script(data: dict) -> SafeString:
    """``<script type="application/ld+json">`` with <, > and & escaped so text can't close it."""
    payload = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
