"""Spanish content (issue 15): the "es" locale, the Spanish home page, and the right to translate.

- Locale "es" (English, the default, exists since Wagtail's own migrations).
- The Spanish home page: the English home page's translation (same translation key), a sibling
  under the root as Wagtail places translations of a site root, so /es/ is served at once.
  The sections and guides are translated from the admin ("Translate") or by ``seed_demo``;
  each translated section takes its source's workflow and group permissions
  (``cms.translation_governance``), so counsellors' Spanish drafts go through the same review.
- Counsellors and moderators may submit translations (simple_translation's permission).
"""

from importlib import import_module

from django.db import migrations
from django.utils import timezone

from cms import demo_content_es

sections = import_module("cms.migrations.0004_sections_permissions_workflow")

SPANISH = "es"
# The Spanish home page's words: the same the demo seed uses, in one place.
HOME_ES = {"title": "RxTech Careers", **demo_content_es.HOME}


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("cms.HomePage")
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")

    spanish, _ = Locale.objects.get_or_create(language_code=SPANISH)
    submit = sections._permission(
        apps,
        "simple_translation",
        "simpletranslation",
        "submit_translation",
        "Can submit translations",
    )
    for group in Group.objects.filter(name__in=[sections.COUNSELLORS, sections.MODERATORS]):
        group.permissions.add(submit)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    home = Page.objects.get(pk=site.root_page_id)
    if Page.objects.filter(translation_key=home.translation_key, locale=spanish).exists():
        return
    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(app_label="cms", model="homepage")
    now = timezone.now()
    slug = f"{home.slug}-{SPANISH}"
    HomePage.objects.create(
        **HOME_ES,
        draft_title=HOME_ES["title"],
        slug=slug,
        content_type=content_type,
        path=sections._next_child_path(Page, root),
        depth=root.depth + 1,
        numchild=0,
        url_path=f"/{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        locale=spanish,
        translation_key=home.translation_key,
    )
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=2).count())


def backwards(apps, schema_editor):
    """Unapplying keeps the Spanish home page and locale: a migration never deletes editorial
    content (counsellors may have translated pages under it), and ``forwards`` finds them again.
    (Deleting the page with historical models also fails: its related models come from other
    app states.)"""


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0007_state_page_per_locale"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
