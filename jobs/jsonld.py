"""schema.org JobPosting for a job (what Google for Jobs reads). Pure: job in, dict out."""

from __future__ import annotations

import json

from django.utils.safestring import SafeString, mark_safe

from pharmacy.credentials import issuers_for, label_for
from pharmacy.eligibility import Level, StatePolicy
from pharmacy.pay import PayUnit
from pharmacy.states import STATE_NAMES
from pharmacy.vocabulary import Duty

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


def _credential(requirement) -> dict:
    recognised = _issuers(requirement.code)
    return {
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": "certification",
        "name": label_for(requirement.code),
        "recognizedBy": recognised[0] if len(recognised) == 1 else recognised,
    }


def _state_licence(job) -> dict | None:
    if job.state_credential == StatePolicy.NOT_REQUIRED:
        return None
    name = f"{STATE_NAMES[job.state]} pharmacy technician registration or licence"
    if job.state_credential == StatePolicy.TRAINEE_ACCEPTED:
        name += " (trainee accepted)"
    return {
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": "license",
        "name": name,
        "validIn": {"@type": "AdministrativeArea", "name": STATE_NAMES[job.state]},
    }


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
    """The JobPosting dict for ``job``; ``base_url`` makes the URLs absolute."""
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
        "url": base_url + job.get_absolute_url(),
        "totalJobOpenings": job.openings,
        **_location(job),
    }
    if salary := _salary(job):
        data["baseSalary"] = salary
    required = [r for r in job.requirements.all() if r.level == Level.REQUIRED]
    preferred = [r for r in job.requirements.all() if r.level == Level.PREFERRED]
    credentials = [_credential(r) for r in required]
    if licence := _state_licence(job):
        credentials.append(licence)
    if credentials:
        data["qualifications"] = credentials
    education = []
    if job.education_minimum in _EDUCATION_LEVELS:
        education.append(
            {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": _EDUCATION_LEVELS[job.education_minimum],
            }
        )
    education += [_credential(r) for r in preferred]
    if education:
        data["educationRequirements"] = education
    if job.experience_months:
        data["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": job.experience_months,
        }
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
