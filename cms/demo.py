"""Career guides, state rules and state pages (in English and Spanish) from DOMAIN.md's facts."""

from datetime import date

from django.utils.text import slugify
from wagtail.models import Page, Site

from pharmacy.models import StateRule

from . import demo_content, demo_content_es
from .demo_spanish import seed_spanish
from .models import (
    GuideIndexPage,
    GuidePage,
    HomePage,
    StateRequirementsIndexPage,
    StateRequirementsPage,
)
from .site_url import site_point_at_site_url

# The day the seeded rules were last checked against their sources (a fixed, past date).
VERIFIED_ON = date(2026, 3, 2)
AUTHOR = ("Priya Natarajan", "CPhT, CPTEd")


def _home() -> HomePage:
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def _section(home, model, slug, title, intro):
    page = model.objects.child_of(home).filter(slug=slug).first()
    if page is None:
        page = model(title=title, slug=slug, intro=intro)
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def _publish_child(parent, model, slug, **fields) -> bool:
    """Create and publish ``slug`` under ``parent`` unless it exists; True when created."""
    if Page.objects.child_of(parent).filter(slug=slug).exists():
        return False
    tags = fields.pop("tags", [])
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    page.save_revision().publish()
    return True


def _correct_state_page(parent, code: str, fields: dict) -> None:
    """Bring an existing seeded state page's facts up to date (a new published revision)."""
    page = StateRequirementsPage.objects.child_of(parent).filter(slug=code.lower()).first()
    if page is None or all(getattr(page, name) == value for name, value in fields.items()):
        return
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def _seed_rules() -> int:
    created = 0
    for row in demo_content.STATE_RULES:
        spanish = demo_content_es.STATE_RULES.get((row["state"], row["tier_order"]), {})
        row = {**row, **spanish, "verified_on": VERIFIED_ON}
        rule = StateRule(**row)
        rule.full_clean(validate_unique=False, validate_constraints=False)
        _, was_created = StateRule.objects.update_or_create(
            state=row["state"], tier_order=row["tier_order"], defaults=row
        )
        created += was_created
    return created


def seed(*, size, rng, out):
    site_point_at_site_url(Site)
    home = _home()
    home.search_description = (
        "Pharmacy technician jobs matched to your PTCB or NHA certification and state "
        "registration, with career guides and state requirements."
    )
    home.save_revision().publish()
    guides = _section(home, GuideIndexPage, "guides", "Career guides", demo_content.GUIDES_INTRO)
    states = _section(
        home,
        StateRequirementsIndexPage,
        "states",
        "State requirements",
        demo_content.STATES_INTRO,
    )
    rules = _seed_rules()

    state_pages = 0
    for code, page in demo_content.STATE_PAGES.items():
        created = _publish_child(states, StateRequirementsPage, code.lower(), state=code, **page)
        state_pages += created
        if not created:
            _correct_state_page(states, code, page)

    guide_pages = 0
    for guide in demo_content.GUIDES:
        guide_pages += _publish_child(
            guides,
            GuidePage,
            slugify(guide["title"]),
            author_name=AUTHOR[0],
            author_credentials=AUTHOR[1],
            last_reviewed=VERIFIED_ON,
            **guide,
        )
    spanish = seed_spanish(home, guides, states)
    return (
        f"{rules} state rules, {state_pages} state pages, {guide_pages} guides and "
        f"{spanish} created"
    )
