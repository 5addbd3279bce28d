"""The Spanish catalogue is complete and compiles: what `makemessages` finds is all translated,
with the same placeholders, and the committed .mo says the same as its .po."""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

LOCALE = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[-+ #0-9.]*[sdif]|%[sd]")


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory):
    """`makemessages` run now over the project, into a copy of the committed catalogue."""
    copy = tmp_path_factory.mktemp("locale") / "locale"
    shutil.copytree(LOCALE, copy)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "LOCALE_PATHS", [copy])
        call_command("makemessages", locale=["es"], no_location=True, verbosity=0)
    return polib.pofile(copy / "es" / "LC_MESSAGES" / "django.po")


def test_makemessages_finds_nothing_untranslated(fresh_catalogue):
    missing = [entry.msgid for entry in fresh_catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in fresh_catalogue.fuzzy_entries()]
    assert missing == [], f"{len(missing)} strings have no Spanish: {missing[:20]}"
    assert fuzzy == [], f"{len(fuzzy)} Spanish strings are marked fuzzy: {fuzzy[:20]}"


def test_every_translation_keeps_the_placeholders_of_its_source(fresh_catalogue):
    wrong = []
    for entry in fresh_catalogue.translated_entries():
        pairs = (
            [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
            if entry.msgid_plural
            else [(entry.msgid, entry.msgstr)]
        )
        for source, spanish in pairs:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(spanish)):
                wrong.append((source, spanish))
    assert wrong == []


def test_the_committed_mo_is_compiled_from_the_committed_po():
    source = polib.pofile(LOCALE / "es" / "LC_MESSAGES" / "django.po")
    committed = polib.mofile(LOCALE / "es" / "LC_MESSAGES" / "django.mo")
    translated = {
        (e.msgid, e.msgstr or e.msgstr_plural.get(0, "")) for e in source if e.translated()
    }
    shipped = {(e.msgid, e.msgstr or e.msgstr_plural.get(0, "")) for e in committed if e.msgid}
    assert shipped == translated, "run `manage.py compilemessages` and commit django.mo"
