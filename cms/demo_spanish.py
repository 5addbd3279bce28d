"""The Spanish site: the home page, both sections, the six state pages and the guides, each a
translation of its English page (``copy_for_translation``, as the admin's "Translate" does), so
it shares the English page's translation key, slug, tags, state and live-jobs searches; the
words come from ``demo_content_es``. A page already translated is left as it is: a counsellor
may have edited it since.
"""

from wagtail.models import Locale, Page

from . import demo_content_es as es
from .models import GuidePage, StateRequirementsPage

SPANISH = "es"


def _translate(page: Page, locale: Locale, fields: dict) -> int:
    """Publish ``page``'s translation into ``locale`` with ``fields``; 1 when created."""
    if page.get_translation_or_none(locale) is not None:
        return 0
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.draft_title = translation.title
    translation.save_revision().publish()
    return 1


def seed_spanish(home, guides, states) -> str:
    locale, _ = Locale.objects.get_or_create(language_code=SPANISH)
    created = _translate(home, locale, es.HOME)  # cms 0008 made it on a migrated database
    created += _translate(guides, locale, es.GUIDES_INDEX)
    created += _translate(states, locale, es.STATES_INDEX)
    for page in StateRequirementsPage.objects.child_of(states).filter(state__in=es.STATE_PAGES):
        created += _translate(page, locale, es.STATE_PAGES[page.state])
    for page in GuidePage.objects.child_of(guides).filter(slug__in=es.GUIDES):
        created += _translate(page, locale, es.GUIDES[page.slug])
    return f"{created} Spanish pages"
