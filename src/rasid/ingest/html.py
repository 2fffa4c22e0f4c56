"""Saved web pages: main text via trafilatura, title/date/URL from page metadata.

trafilatura's own date is day-only, so the publication time (with its zone) is read from the meta
tags news sites use (``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from rasid.errors import MalformedDocumentError
from rasid.ingest.common import Draft, Item, join_title

log = logging.getLogger(__name__)

DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
             "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
             "dc.date.issued", "dc.date", "dcterms.date", "date")
URL_META = ("og:url", "twitter:url")
TITLE_META = ("og:title", "twitter:title")
SITE_META = ("og:site_name", "application-name")
JSONLD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
MIN_PARAGRAPH_CHARS = 20
MIN_MAIN_WORDS = 5  # fewer words than this is a menu or a stub, not a news body


def read_html(text: str, doc_id: str) -> Iterator[Item]:
    text = XML_DECL_RE.sub("", text, count=1)
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        yield "", MalformedDocumentError(f"the HTML cannot be parsed ({exc}); save the full page again")
        return
    meta = _meta_tags(tree)
    extracted = _extract(text)
    main = _main_text(extracted.get("text", ""), tree) or _flat_text(text)
    if not main:
        yield "", MalformedDocumentError(f"no main text found in the HTML (under {MIN_MAIN_WORDS} words); the "
                                         "page may be an index page, rendered by scripts, or cut short")
        return
    title = extracted.get("title") or _first(meta, TITLE_META) or _page_title(tree)
    url = _canonical_url(tree) or _first(meta, URL_META) or extracted.get("url") or ""
    yield "", Draft(id=doc_id, text=join_title(title, main), title=title,
                    source=_first(meta, SITE_META) or extracted.get("sitename") or "", url=url,
                    published=_published(tree, meta) or extracted.get("date") or None, id_from_name=True)


def _extract(text: str) -> dict[str, str]:
    """trafilatura with recall favoured, so short news bodies are not dropped as boilerplate."""
    result = trafilatura.bare_extraction(text, favor_recall=True, with_metadata=True, include_comments=False,
                                         include_tables=True)
    if not result:
        return {}
    fields = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return {k: v for k, v in fields.items() if isinstance(v, str) and v}


def _main_text(extracted: str, tree: lxml_html.HtmlElement) -> str:
    """trafilatura's text, else the page's paragraphs; '' when neither is long enough to be an article."""
    for candidate in (extracted.strip(), _paragraph_text(tree)):
        if len(candidate.split()) >= MIN_MAIN_WORDS:
            return candidate
    return ""


class _TextCollector(HTMLParser):
    """Character data outside scripts and styles, with no tree: stdlib's tokenizer has no depth limit."""

    SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in self.SKIPPED

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in self.SKIPPED and self.skipping > 0

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.parts.append(" ".join(data.split()))


def _flat_text(text: str) -> str:
    """Last resort when the tree holds no article text, e.g. markup nested deeper than libxml2's 256-level
    limit, which drops everything below it: the page's text runs, tags ignored."""
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    flat = "\n".join(collector.parts)
    return flat if len(flat.split()) >= MIN_MAIN_WORDS else ""


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        value = (element.get("content") or "").strip()
        if key and value:
            found.setdefault(key, value)
    return found


def _published(tree: lxml_html.HtmlElement, meta: dict[str, str]) -> str:
    if value := _first(meta, DATE_META):
        return value
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "") and (match := JSONLD_DATE_RE.search(script.text or "")):
            return match.group(1)
    times = [t.get("datetime", "") for t in tree.iter("time") if t.get("datetime")]
    return times[0] if times else ""


def _canonical_url(tree: lxml_html.HtmlElement) -> str:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href", "").strip()
    return ""


def _page_title(tree: lxml_html.HtmlElement) -> str:
    title = tree.find(".//title")
    return " ".join(title.text_content().split()) if title is not None else ""


def _paragraph_text(tree: lxml_html.HtmlElement) -> str:
    """Fallback when trafilatura finds nothing: the page's substantial paragraphs, in order."""
    paragraphs = (" ".join(p.text_content().split()) for p in tree.iter("p"))
    return "\n".join(p for p in paragraphs if len(p) >= MIN_PARAGRAPH_CHARS)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str:
    return next((meta[k] for k in keys if meta.get(k)), "")
