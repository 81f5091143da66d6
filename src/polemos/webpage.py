"""Web pages and feed items to text: trafilatura for whole pages, lxml for HTML fragments."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from polemos.docrecords import norm_lang, parse_date, too_long
from polemos.errors import InputError
from polemos.schema import Document

__all__ = ["html_fragment_text", "html_to_document", "struct_date", "visible_text_chars"]

# "[^<>]*" keeps the scan linear on hostile input ("<a<a<a..."); comments count as text.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*>")
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg"})
_SPACES = re.compile(r"\s+")
# A page whose visible text is surely over the limit is refused before extraction: trafilatura
# spent about 2 minutes and 0.7 GB on a 20 MB page of paragraphs, whose text the limit then
# refused anyway. The estimate counts entities and boilerplate too, hence the margin.
_ESTIMATE_MARGIN = 1.5


def html_to_document(
    html: str | bytes, *, url: str | None = None, source: str | None = None,
    published: date | None = None, lang: str | None = None, max_chars: int | None = None,
) -> Document:
    """The main text of a web page (trafilatura), with its title, date and language.

    With ``max_chars``, a page whose visible text is far over it is refused at once
    (InputError) instead of being parsed."""
    import trafilatura

    where = source or url or "<html>"
    if max_chars is not None:
        est = visible_text_chars(html)
        if est > _ESTIMATE_MARGIN * max_chars:
            raise InputError(too_long(est, max_chars).replace("(", "(about ", 1), where=where)
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken pages
        raise InputError(f"HTML could not be parsed ({type(exc).__name__})", where=where) from None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        deep = " (nested too deeply to parse)" if _too_deep(html) else ""
        raise InputError(f"no main text found in HTML{deep}", where=where)
    title = (result.title or "").strip() or None
    if title and text.startswith(title + "\n"):  # the headline is kept in `title`, not twice
        text = text[len(title) + 1 :].lstrip("\n")
    try:
        page_date = parse_date(result.date)
    except ValueError:
        page_date = None
    return Document(
        text=text, title=title, published=page_date or published, url=url, source=where,
        language=norm_lang(getattr(result, "language", None)) or lang,
    )


def visible_text_chars(html: str | bytes) -> int:
    """A fast, linear estimate of a page's visible text length: characters outside tags,
    scripts and styles, whitespace runs counted once."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    total, pos, hidden = 0, 0, 0
    for m in _TAG.finditer(html):
        if not hidden:
            total += len(_SPACES.sub(" ", html[pos:m.start()]))
        pos = m.end()
        name = (m.group(2) or "").lower()
        if name in _HIDDEN and not m.group(0).endswith("/>"):
            hidden = max(0, hidden - 1) if m.group(1) else hidden + 1
    if not hidden:
        total += len(_SPACES.sub(" ", html[pos:]))
    return total


def _too_deep(html: str | bytes) -> bool:
    """Whether the page nests elements past libxml2's depth limit (256), where the parser
    silently drops the rest: a page so nested gives no text, and the message should say why."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises ParserError or ValueError on odd input
        return False
    return any(len(list(el.iterancestors())) >= 250 for el in root.iter() if len(el) == 0)


def html_fragment_text(fragment: str) -> str:
    """Plain text of a feed item's HTML summary (lxml parser; one line per block)."""
    if not fragment.strip():
        return ""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises ParserError or ValueError on odd input
        return fragment.strip()
    for br in root.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4"):
        br.tail = "\n" + (br.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def struct_date(value: Any) -> date | None:
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday) if value else None
    except (AttributeError, ValueError):
        return None
