"""RSS and Atom files saved locally: one article per entry, markup stripped from summary or content."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from rasid.errors import MalformedDocumentError
from rasid.ingest.common import Draft, Item, join_title
from rasid.ingest.dates import parse_published
from rasid.records import stable_id

log = logging.getLogger(__name__)

BLOCK_END_RE = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|tr)\s*>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]*>")
SPACES_RE = re.compile(r"[ \t\u00a0]+")


def read_feed(text: str, name: str) -> Iterator[Item]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.bozo else ""
        yield "", MalformedDocumentError(f"the feed has no entries{reason}; check that {name} is a complete "
                                         "RSS or Atom file")
        return
    if parsed.bozo:
        log.debug("%s: feed is not well-formed (%s); reading it leniently", name, parsed.bozo_exception)
    outlet = str(parsed.feed.get("title", ""))
    for index, entry in enumerate(parsed.entries):
        yield f"[{index}]", _entry_draft(entry, outlet, index)


def strip_markup(fragment: str) -> str:
    """Plain text from an HTML fragment, one line per block element."""
    text = html.unescape(TAG_RE.sub("", BLOCK_END_RE.sub("\n", fragment)))
    lines = (SPACES_RE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _entry_draft(entry: Any, outlet: str, index: int) -> Draft | MalformedDocumentError:
    title = strip_markup(str(entry.get("title", "")))
    body = strip_markup(_entry_body(entry))
    if not (title or body):
        return MalformedDocumentError(f"feed entry {index} has neither a title nor any text")
    link = str(entry.get("link", ""))
    key = entry.get("id") or link or f"{title}|{entry.get('published', '')}"
    return Draft(id=stable_id(key), text=join_title(title, body), title=title, source=outlet, url=link,
                 published=_entry_published(entry))


def _entry_body(entry: Any) -> str:
    """The longest of the full content and the summary; feeds differ in which one carries the article."""
    contents = [str(c.get("value", "")) for c in entry.get("content") or []]
    return max([*contents, str(entry.get("summary", ""))], key=len)


def _entry_published(entry: Any) -> str | datetime | None:
    """The date as written (its zone kept); feedparser's UTC struct only when our parser cannot read it."""
    raw = str(entry.get("published") or entry.get("updated") or "")
    if raw and parse_published(raw, UTC) is not None:
        return raw
    struct = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime(*struct[:6], tzinfo=UTC) if struct else (raw or None)
