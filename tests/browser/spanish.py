"""Is a page (or an email) in Spanish? The English a Spanish reader would still see.

A text is English left over when it is, whole, the English source of a catalogue entry whose
Spanish differs (``locale/es/LC_MESSAGES/django.po``: "Save credential" where "Guardar
credencial" was due; a ``%(name)s`` placeholder matches any text), or when it holds one of
``ENGLISH_WORDS``, words no Spanish page has ("Sign", "Search", "the" …).

What is not ours to translate is left out by the language it is marked with: text inside an
element whose nearest ``lang`` attribute is not Spanish (``JOB_CONTENT``, e.g.
``<h1 lang="en">`` on a job title, ``<div lang="en">`` round a description, an employer's
name, an official credential name, the switcher's "English") is not checked. Pages mark
English content so; everything else on a Spanish page must be Spanish.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polib
from playwright.sync_api import expect

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "es" / "LC_MESSAGES" / "django.po"

# Content in another language: its nearest ``lang`` is not Spanish. A CSS selector for the
# same rule (documentation; the page script below applies it with ``closest("[lang]")``).
JOB_CONTENT = '[lang]:not([lang|="es"])'

# Words of the interface that are never Spanish (whole words, any case).
ENGLISH_WORDS = (
    "Sign", "Search", "Apply", "Applied", "Application", "Applications", "Job", "Jobs", "Save",
    "Saved", "Filters", "Filter", "Submit", "Next", "Previous", "Back", "Cancel", "Delete",
    "Edit", "Remove", "Add", "Your", "You", "the", "and", "with", "for", "Home", "Menu", "Help",
    "Close", "Account", "Settings", "Password", "Profile", "Dashboard", "Welcome", "Continue",
    "Confirm", "Send", "Skip", "Show", "Hide", "Clear", "Reset", "Sort", "Results", "Page",
    "Keywords", "Any", "Open", "Posted", "Hour", "Year", "State", "Shift", "Night", "Day",
    "Weekend", "Full-time", "Part-time", "Resume", "Résumé", "Cover", "Letter", "Employer",
    "Employers", "Guides", "Privacy", "Terms", "Log", "Logout", "Login", "Verify", "Email",
    "Address", "Credential", "Credentials", "Requirements", "Match", "Matches", "Expires",
    "Issued", "Number", "Type", "Name", "Hello",
)  # fmt: skip
_WORDS = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")\b", re.I)
_PLACEHOLDER = re.compile(r"%\(\w+\)[-+ #0-9.]*[sdif]|%[sd]|\{\w*\}")
# Addresses and paths are no language: "https://…/jobs/", "/jobs/<número>/", "a@b.example".
_NOT_WORDS = re.compile(r"\S*[/@]\S*")
_TRIM = " \t\n:;*·•—–-()[].,!?¿¡"


@dataclass(frozen=True, slots=True)
class Left:
    """One English text left on a Spanish page: where it is and why it counts."""

    where: str  # "text", "title", "aria-label", "placeholder", "alt", "value"
    text: str
    why: str  # the catalogue msgid it is, or the English word it holds

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} ({self.why})"


@lru_cache(maxsize=1)
def _catalogue() -> tuple[frozenset[str], tuple[tuple[re.Pattern, str], ...]]:
    """English sources whose Spanish differs: exact texts, and patterns for placeholders."""
    exact, patterns = set(), []
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete:
            continue
        spanish = entry.msgstr or entry.msgstr_plural.get(0, "")
        for source in filter(None, (entry.msgid, entry.msgid_plural)):
            if not spanish or " ".join(source.split()) == " ".join(spanish.split()):
                continue
            source = " ".join(source.split())
            if _PLACEHOLDER.search(source):
                parts = _PLACEHOLDER.split(source)
                if sum(len(p.strip(_TRIM)) for p in parts) < 3:
                    continue  # "%(count)s" alone is any text
                regex = ".+?".join(re.escape(p) for p in parts)
                patterns.append((re.compile(rf"{regex}\Z", re.S), source))
            else:
                exact.add(source)
    return frozenset(exact), tuple(patterns)


def catalogue_source(text: str) -> str | None:
    """The catalogue's English source that ``text`` is, if any."""
    exact, patterns = _catalogue()
    text = " ".join(text.split())
    for candidate in dict.fromkeys((text, text.strip(_TRIM))):
        if candidate in exact:
            return candidate
        for pattern, source in patterns:
            if pattern.match(candidate):
                return source
    return None


def english_word(text: str) -> str | None:
    found = _WORDS.search(_NOT_WORDS.sub(" ", text))
    return found.group(0) if found else None


def english_in(texts: list[tuple[str, str]], *, whole: list[str] = ()) -> list[Left]:
    """The English among ``texts`` ((where, text) pairs) and ``whole`` (each element's text,
    for sentences a tag splits: "Added your <strong>…</strong>")."""
    left: dict[tuple[str, str], Left] = {}
    for where, text in texts:
        text = " ".join(text.split())
        source = catalogue_source(text)
        word = None if source else english_word(text)
        if source or word:
            left.setdefault((where, text), Left(where, text, source or f"word {word!r}"))
    for text in whole:
        text = " ".join(text.split())
        source = catalogue_source(text)
        if source and not any(item.why == source for item in left.values()):
            left.setdefault(("text", text), Left("text", text, source))
    return list(left.values())


# Visible text (checkVisibility: not display:none, not visibility:hidden; screen-reader-only
# text counts) outside content marked in another language, the attributes people read or
# hear, and the document title. ``whole``: the text of elements that hold text of their own.
_PAGE_TEXTS = """() => {
  const foreign = el => {
    const host = el.closest('[lang]');
    return host !== null && !/^es(-|$)/i.test(host.getAttribute('lang'));
  };
  const shown = el => el.checkVisibility({visibilityProperty: true});
  // The element's text with content in another language read as "X" (any placeholder).
  const ours = el => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('[lang]').forEach(f => { if (foreign(f)) f.replaceWith('X'); });
    return copy.textContent;
  };
  const skip = el => !el || el.closest('script,style,noscript,template') || foreign(el);
  const texts = [['title', document.title]];
  const whole = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.nodeValue.trim() || skip(el) || !shown(el)) continue;
    texts.push(['text', node.nodeValue]);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (skip(el) || !shown(el)) continue;
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.nodeValue.trim());
    if (own && el.textContent.length < 400) whole.push(ours(el));
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = el.getAttribute(name);
      if (value && value.trim()) texts.push([name, value]);
    }
    if (el.matches('input[type=submit], input[type=button]') && el.value) {
      texts.push(['value', el.value]);
    }
  }
  return {texts, whole};
}"""


def _without(text: str, content: list[str]) -> str:
    for value in sorted(filter(None, content), key=len, reverse=True):
        text = text.replace(value, " ")
    return text


def english_on(page, *, content: list[str] = ()) -> list[Left]:
    """The English left on the page now shown. Content marked ``lang="en"`` is not read;
    ``content`` (a job's title, an employer's name …) is taken out of the texts where no
    markup can mark it: inside a message ("Se envió su solicitud para <title>.")."""
    found = page.evaluate(_PAGE_TEXTS)
    texts = [(where, _without(text, content)) for where, text in found["texts"]]
    whole = [_without(text, content) for text in found["whole"]]
    return english_in([pair for pair in texts if pair[1].strip()], whole=whole)


def english_in_mail(text: str, *, content: list[str]) -> list[Left]:
    """The English in an email's subject, text or HTML part, once ``content`` (the job's
    title, the employer's name, the applicant's name …: not ours to translate) is removed."""
    text = html.unescape(re.sub(r"<style.*?</style>|<[^>]+>", "\n", text, flags=re.S))
    text = _without(text, content)
    lines = [line for line in (" ".join(line.split()) for line in text.splitlines()) if line]
    return english_in([("mail", line) for line in lines])


class Walk:
    """Each page of the walk: in Spanish, under /es/, axe-clean, no English left (collected)."""

    def __init__(self, page, axe_check, content: list[str]):
        self.page = page
        self.axe_check = axe_check
        # Not ours to translate, wherever it is shown: job titles, employers, what she typed.
        self.content = content
        self.english: dict[str, list[str]] = {}
        self.axe: dict[str, str] = {}

    def look(self, where: str) -> None:
        page = self.page
        page.wait_for_load_state("load")
        expect(page.locator("html")).to_have_attribute("lang", "es")
        assert "/es/" in page.url, (where, page.url)
        try:
            self.axe_check(page, where)
        except AssertionError as error:
            self.axe[where] = str(error)
        left = english_on(page, content=self.content)
        if left:
            self.english[f"{where} ({page.url.split('/es/', 1)[1] or 'home'})"] = [
                str(item) for item in left
            ]

    def mail(self, where: str, message, content: list[str]) -> None:
        """The subject, the text part and the HTML part (``lang="es"`` on its root)."""
        html = next((body for body, kind in message.alternatives if kind == "text/html"), "")
        left = [
            str(item)
            for text in (message.subject, message.body, html)
            for item in english_in_mail(text, content=[*self.content, *content])
        ]
        if not re.search(r"<html[^>]*\blang=\"es\"", html):
            left.insert(0, 'the HTML part is not marked lang="es"')
        if left:
            self.english[where] = left

    def report(self) -> str:
        lines = []
        for where, items in self.english.items():
            lines.append(f"— {where}: {len(items)} English")
            lines += [f"    {item}" for item in items]
        lines += [f"— axe {where}: {error}" for where, error in self.axe.items()]
        return "\n".join(lines)
