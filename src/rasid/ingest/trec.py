"""TREC/CLEF-style XML (``<DOC><DOCNO>…<TEXT>…</DOC>``), as in the ANT corpus, read leniently.

Real collections break XML rules: bare ``&``, undeclared entities, missing close tags. A strict XML
parser would drop whole files, so fields are found by tag, each ending at its close tag, at the next
known tag, or at the end of the DOC. Only a DOC without an id or without any text is rejected.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from rasid.errors import MalformedDocumentError
from rasid.ingest.common import Draft, Item, join_title

ID_TAGS = ("DOCNO", "DOCID")
TITLE_TAGS = ("TITLE", "HEADLINE", "HL")
BODY_TAGS = ("TEXT", "BODY")
DATE_TAGS = ("TIME", "DATE", "DATE_TIME", "PUBDATE")
SOURCE_TAGS = ("SRC", "SOURCE")
META_TAGS = {"CAT": "category", "AUTHOR": "author", "ABSTRACT": "abstract"}
KNOWN_TAGS = (*ID_TAGS, *TITLE_TAGS, *BODY_TAGS, *DATE_TAGS, *SOURCE_TAGS, "URL", *META_TAGS)
DOC_OPEN = r"<DOC(?:\s[^>]*)?>"  # each one starts a document (ingest counts them before reading)
DOC_OPEN_RE = re.compile(DOC_OPEN, re.IGNORECASE)
DOC_RE = re.compile(rf"{DOC_OPEN}(.*?)(?=</DOC\s*>|{DOC_OPEN}|\Z)", re.DOTALL | re.IGNORECASE)
# Any known tag, open or close, or </DOC>; longer names first so DATE_TIME is not read as DATE.
MARK_RE = re.compile(rf"<(/?)({'|'.join(sorted((*KNOWN_TAGS, 'DOC'), key=len, reverse=True))})(?:\s[^>]*)?>",
                     re.IGNORECASE)
TAG_RE = re.compile(r"<[^<>]{1,200}>")
CDATA_RE = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def read_trec(text: str) -> Iterator[Item]:
    chunks = [(m.start(), m.group(1)) for m in DOC_RE.finditer(text)] or [(0, text)]
    for start, chunk in chunks:
        line = text.count("\n", 0, start) + 1
        yield (f":{line}" if len(chunks) > 1 else ""), _doc_draft(chunk, line)


def _doc_draft(chunk: str, line: int) -> Draft | MalformedDocumentError:
    fields = _fields(chunk)
    doc_id = _first(fields, ID_TAGS)
    title = _first(fields, TITLE_TAGS)
    body = _first(fields, BODY_TAGS) or fields["ABSTRACT"]
    if not doc_id:
        return MalformedDocumentError(f"the <DOC> at line {line} has no <DOCNO>; each TREC document needs "
                                      "an id, add one or fix the markup")
    if not (body or title):
        return MalformedDocumentError(f"the <DOC> {doc_id!r} at line {line} has no <TEXT>; the markup may be "
                                      "truncated or use unknown tags")
    meta = tuple((name, fields[tag]) for tag, name in META_TAGS.items() if fields[tag])
    return Draft(id=doc_id, text=join_title(title, body), title=title, source=_first(fields, SOURCE_TAGS),
                 url=fields["URL"], published=_first(fields, DATE_TAGS), meta=meta)


def _fields(chunk: str) -> dict[str, str]:
    """Every known tag's content (the first occurrence of each), in one scan of the DOC: a field ends at
    the next known tag, open or close (its own close tag among them), at ``</DOC>``, or at the end."""
    marks = list(MARK_RE.finditer(chunk))
    fields = dict.fromkeys(KNOWN_TAGS, "")
    seen: set[str] = set()
    for index, mark in enumerate(marks):
        tag = mark.group(2).upper()
        if mark.group(1) or tag == "DOC" or tag in seen:
            continue
        seen.add(tag)
        end = marks[index + 1].start() if index + 1 < len(marks) else len(chunk)
        fields[tag] = _clean(chunk[mark.end():end])
    return fields


def _clean(raw: str) -> str:
    """Markup out, entities resolved, outer whitespace trimmed; inner line breaks kept."""
    if "<" in raw:
        raw = TAG_RE.sub("", CDATA_RE.sub(r"\1", raw))
    return (html.unescape(raw) if "&" in raw else raw).strip()


def _first(fields: dict[str, str], tags: tuple[str, ...]) -> str:
    return next((fields[t] for t in tags if fields[t]), "")
