"""Which reader a document needs. Content decides first: the ANT corpus ships TREC XML in .txt files.

Images and other binary blobs are not a format here; the binary check rejects them by their bytes.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from rasid.ingest.decode import head_text

SUPPORTED_FORMATS = ("trec", "html", "jsonl", "json", "feed", "txt")
UNSUPPORTED_FORMATS = ("pdf", "office", "archive")

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "office"),  # docx, xlsx, odt, epub and plain zip are all zip containers
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),  # legacy .doc/.xls
    (b"{\\rtf", "office"),
    (b"7z\xbc\xaf\x27\x1c", "archive"),
    (b"Rar!", "archive"),
)
EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "txt", "": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".rss": "feed", ".atom": "feed",
    ".trec": "trec", ".sgml": "trec",
    ".pdf": "pdf", ".doc": "office", ".docx": "office", ".odt": "office", ".rtf": "office",
    ".xls": "office", ".xlsx": "office", ".ppt": "office", ".pptx": "office", ".epub": "office",
    ".zip": "archive", ".7z": "archive", ".rar": "archive",
}
TREC_RE = re.compile(r"<DOC>|<DOCNO>", re.IGNORECASE)
FEED_RE = re.compile(r"<rss[\s>]|<feed[\s>][^>]*?|<rdf:RDF[\s>]", re.IGNORECASE)
HTML_RE = re.compile(r"<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article)[\s>]",
                     re.IGNORECASE)


def detect_format(data: bytes | str, name: str) -> str:
    """One of SUPPORTED_FORMATS, or one of UNSUPPORTED_FORMATS for files the caller must reject."""
    if isinstance(data, bytes):
        magic = next((fmt for prefix, fmt in MAGIC if data.startswith(prefix)), None)
        if magic:
            return magic
    head = head_text(data).lstrip("\ufeff \t\r\n")
    return _format_from_content(head, name) or extension_format(name)


def extension_format(name: str) -> str:
    """The format a file name suggests; unknown extensions are read as plain text."""
    suffix = PurePosixPath(name.lower()).suffix
    if suffix == ".gz":
        suffix = PurePosixPath(name.lower()[:-3]).suffix
    return EXTENSIONS.get(suffix, "txt")


def _format_from_content(head: str, name: str) -> str | None:
    if head.startswith(("{", "[")):
        return _json_kind(head, name)
    if not head.startswith("<"):
        return None
    if TREC_RE.search(head):
        return "trec"
    if FEED_RE.search(head):
        return "feed"
    if HTML_RE.search(head):
        return "html"
    return None


def _json_kind(head: str, name: str) -> str:
    """An object first means JSON lines (one object is a valid JSONL file) unless the name says .json."""
    if head.startswith("[") or extension_format(name) == "json":
        return "json"
    return "jsonl"
