"""Reading a rendered page by its structure: assert inside one element, not over the whole page.

A substring check over a whole page passes on any match anywhere (a header link, a facet
label); these helpers find the element a test is about first.
"""

from __future__ import annotations

from lxml import html as lxml_html
from lxml.html import HtmlElement


def parse(page) -> HtmlElement:
    """The document of a response, bytes or str."""
    content = getattr(page, "content", page)
    if isinstance(content, str):
        content = content.encode()
    return lxml_html.document_fromstring(content)


def find_all(page, xpath: str) -> list[HtmlElement]:
    """Every element matching ``xpath`` (``page`` may also be an element)."""
    root = page if isinstance(page, HtmlElement) else parse(page)
    return root.xpath(xpath)


def find(page, xpath: str) -> HtmlElement:
    """The one element matching ``xpath``; fails when there is none or several."""
    found = find_all(page, xpath)
    assert len(found) == 1, f"{len(found)} elements match {xpath}"
    return found[0]


def section(page, heading_id: str) -> HtmlElement:
    """The ``<section aria-labelledby=heading_id>``."""
    return find(page, f'//section[@aria-labelledby="{heading_id}"]')


def text(element: HtmlElement) -> str:
    """The element's text with whitespace collapsed, as a reader sees it."""
    return " ".join(element.text_content().split())


def texts(elements) -> list[str]:
    return [text(element) for element in elements]


def hrefs(element: HtmlElement) -> list[str]:
    return [link.get("href") for link in element.iter("a") if link.get("href")]


def has_class(class_name: str) -> str:
    """An XPath predicate body: the element's class list holds ``class_name``."""
    return f'contains(concat(" ", normalize-space(@class), " "), " {class_name} ")'
