"""How a job's pay, location and requirements read, wherever a job is shown.

The one place these words are made: the job page, every job card, the search results, the
API, the feed and the emails all read ``Job.pay_label``, ``Job.location_label`` and
``Job.requirement_badges()``, which come from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pharmacy import eligibility
from pharmacy.credentials import label_for, short_label_for
from pharmacy.match_text import a_state
from pharmacy.pay import PayUnit
from pharmacy.states import state_label

# "Remote (TX, OK, LA)" up to this many states; beyond it "Remote (12 states)".
REMOTE_STATES_LISTED = 5

STATE_CREDENTIAL_CODE = "state-credential"


def money(amount: Decimal, unit: str) -> str:
    """$18.50 an hour is shown to the cent, $45,000 a year to the dollar."""
    amount = Decimal(str(amount))
    return f"${amount:,.0f}" if unit == PayUnit.YEAR else f"${amount:,.2f}"


def pay_label(pay_min: Decimal | None, pay_max: Decimal | None, unit: str) -> str:
    """Pay as shown: "$18.50–$24.00 an hour", "From $45,000 a year", "Up to …", or ""."""
    if pay_min is None and pay_max is None:
        return ""
    if pay_min is not None and pay_max is not None:
        amount = money(pay_min, unit)
        if pay_max != pay_min:
            amount = f"{amount}–{money(pay_max, unit)}"
    elif pay_min is not None:
        amount = _("From %(amount)s") % {"amount": money(pay_min, unit)}
    else:
        amount = _("Up to %(amount)s") % {"amount": money(pay_max, unit)}
    if unit == PayUnit.YEAR:
        return _("%(amount)s a year") % {"amount": amount}
    return _("%(amount)s an hour") % {"amount": amount}


def location_label(*, workplace: str, city: str, state: str, remote_states) -> str:
    """Where, as shown: "Houston, TX", "Houston, TX (hybrid)", "Remote (TX, OK)", "Remote"."""
    if workplace == "remote":
        states = list(remote_states or ())
        if not states:
            return _("Remote")
        if len(states) > REMOTE_STATES_LISTED:
            listed = ngettext("%(count)d state", "%(count)d states", len(states)) % {
                "count": len(states)
            }
        else:
            listed = ", ".join(states)
        return _("Remote (%(states)s)") % {"states": listed}
    place = ", ".join(part for part in (city, state) if part)
    if workplace == "hybrid":
        return _("%(place)s (hybrid)") % {"place": place}
    return place


@dataclass(frozen=True, slots=True)
class RequirementBadge:
    """One requirement as a badge: its credential, how strongly it is asked for, and words."""

    code: str
    label: str  # short: "PTCB or NHA CPhT"
    name: str  # full: "National certification (PTCB or NHA CPhT)"
    kind: str  # "required" | "preferred" | "within" — also the badge's CSS modifier
    within_days: int | None = None
    trainees_accepted: bool = False

    REQUIRED = "required"
    PREFERRED = "preferred"
    WITHIN = "within"

    @property
    def is_state_credential(self) -> bool:
        return self.code == STATE_CREDENTIAL_CODE

    @property
    def level(self) -> str:
        """The requirement level code (within-days requirements are required ones)."""
        return self.PREFERRED if self.kind == self.PREFERRED else self.REQUIRED

    @property
    def kind_label(self) -> str:
        """The level in words: "Required", "Preferred", "Within 90 days of hire"."""
        if self.kind == self.WITHIN:
            return ngettext(
                "Within %(days)d day of hire", "Within %(days)d days of hire", self.within_days
            ) % {"days": self.within_days}
        if self.kind == self.PREFERRED:
            return _("Preferred")
        return _("Required")

    @property
    def text(self) -> str:
        """The badge's words: "PTCB or NHA CPhT", "PTCB CSPT (within 90 days of hire)"."""
        if self.kind == self.REQUIRED:
            return self.label
        return _("%(label)s (%(kind)s)") % {"label": self.label, "kind": self.kind_label.lower()}


def badge_kind(level: str, within_days: int | None) -> str:
    if level == eligibility.Level.PREFERRED:
        return RequirementBadge.PREFERRED
    return RequirementBadge.WITHIN if within_days else RequirementBadge.REQUIRED


def credential_badge(code: str, level: str, within_days: int | None) -> RequirementBadge:
    return RequirementBadge(
        code=code,
        label=short_label_for(code),
        name=label_for(code),
        kind=badge_kind(level, within_days),
        within_days=within_days,
    )


def state_credential_badge(state: str, policy: str) -> RequirementBadge | None:
    """The state registration / licence a job asks for, or None when it asks for none."""
    policy = eligibility.StatePolicy(policy)
    if policy is eligibility.StatePolicy.NOT_REQUIRED:
        return None
    state_name = state_label(state)
    trainees = policy is eligibility.StatePolicy.TRAINEE_ACCEPTED
    if trainees:
        label = _("%(state)s state credential (trainees accepted)") % {"state": state_name}
    else:
        label = _("%(state)s state credential") % {"state": state_name}
    # Neutral on purpose: the state's own title needs its rule (the job page and JSON-LD show it).
    name = _("%(state)s pharmacy technician credential") % {"state": state_name}
    return RequirementBadge(
        code=STATE_CREDENTIAL_CODE,
        label=label,
        name=name,
        kind=RequirementBadge.REQUIRED,
        trainees_accepted=trainees,
    )


# The state's law and the pay-transparency laws, in the posting form and on the job page -------


def state_floor_note(law) -> str:
    """What the state's confirmed law asks of every job there, with its citation."""
    state = state_label(law.state)
    cited = _(" (%(citation)s)") % {"citation": law.citation} if law.citation else ""
    if law.floor is eligibility.StatePolicy.TRAINEE_ACCEPTED:
        return _(
            "%(state)s law: nobody may work as a pharmacy technician without a board "
            "registration, as a trainee or a technician%(cited)s."
        ) % {"state": state, "cited": cited}
    if law.floor is eligibility.StatePolicy.REQUIRED:
        return _(
            "%(state)s law: every pharmacy technician needs the state's %(title)s "
            "credential%(cited)s; the state has no trainee tier."
            if not law.issues_trainees
            else "%(state)s law: every pharmacy technician needs the state's %(title)s "
            "credential%(cited)s."
        ) % {"state": state, "title": law.technician_title.lower(), "cited": cited}
    if law.depends_on_setting:
        return _("%(state)s: %(scope)s") % {"state": state, "scope": law.scope_text().text}
    return ""


def state_floor_error(law, policy) -> str:
    """Why a posting's state policy is refused."""
    state = state_label(law.state)
    if policy == eligibility.StatePolicy.TRAINEE_ACCEPTED and not law.issues_trainees:
        return _(
            "%(state)s issues no trainee credential, so a job there cannot accept trainees "
            "instead of a state credential."
        ) % {"state": state}
    return _(
        "%(note)s A job in %(state)s cannot be posted as requiring less: choose “%(floor)s” "
        "or a stricter option."
    ) % {
        "note": state_floor_note(law),
        "state": state,
        "floor": eligibility.StatePolicy(law.floor).label if law.floor else "",
    }


def pay_law_note(laws) -> str:
    """Why a job shows its pay range: the state laws that require it in postings."""
    if not laws:
        return ""
    cited = "; ".join(f"{state_label(law.state)}: {law.citation}" for law in laws)
    return ngettext(
        "The pay range is shown because state law requires it in job postings (%(laws)s).",
        "The pay range is shown because state laws require it in job postings (%(laws)s).",
        len(laws),
    ) % {"laws": cited}


def pay_law_error(laws) -> str:
    names = [state_label(law.state) for law in laws]
    return _(
        "Enter the pay range: %(states)s law requires the minimum and maximum pay in job "
        "postings (%(laws)s)."
    ) % {
        "states": " and ".join(names),
        "laws": "; ".join(law.citation for law in laws),
    }


@dataclass(frozen=True, slots=True)
class ExtraRequirement:
    """A structured requirement beyond credentials, as a row on the job page."""

    kind: str  # "required" | "preferred" — also the badge's CSS modifier
    text: str

    @property
    def kind_label(self) -> str:
        return _("Preferred") if self.kind == RequirementBadge.PREFERRED else _("Required")


def extra_requirements(job) -> list[ExtraRequirement]:
    """Minimum age, checks, languages, CPR/BLS, experience and more states' credentials."""
    from pharmacy.vocabulary import experience_area_label

    rows = []
    required = RequirementBadge.REQUIRED
    if job.minimum_age:
        rows.append(
            ExtraRequirement(required, _("At least %(age)d years old") % {"age": job.minimum_age})
        )
    checks = [
        word
        for flag, word in ((job.background_check, _("background check")),
                           (job.drug_screen, _("drug screen")))
        if flag
    ]  # fmt: skip
    if checks:
        rows.append(
            ExtraRequirement(
                required,
                _("Passes a %(checks)s") % {"checks": _(" and ").join(str(c) for c in checks)},
            )
        )
    if job.bilingual_spanish:
        rows.append(ExtraRequirement(job.bilingual_spanish, _("Bilingual English and Spanish")))
    if job.cpr_bls:
        rows.append(ExtraRequirement(job.cpr_bls, _("CPR / BLS certification")))
    if job.experience_months and job.experience_in:
        rows.append(
            ExtraRequirement(
                job.experience_level,
                ngettext(
                    "%(months)d month of experience in %(area)s",
                    "%(months)d months of experience in %(area)s",
                    job.experience_months,
                )
                % {
                    "months": job.experience_months,
                    "area": experience_area_label(job.experience_in).lower(),
                },
            )
        )
    for state in job.licence_states:
        if state != job.state:
            rows.append(
                ExtraRequirement(
                    required,
                    _("%(a_state)s pharmacy technician credential as well")
                    % {"a_state": capfirst(a_state(state))},
                )
            )
    return rows
