"""One input's bytes to articles. Every failure becomes an error record; nothing here stops a batch."""

from __future__ import annotations

import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import replace

from rasid.errors import (
    BinaryDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    IngestError,
    MalformedDocumentError,
    UnsupportedFormatError,
)
from rasid.ingest.common import IngestEnv, Item, error_record, finish_article, ingest_env, stem
from rasid.ingest.decode import decode_bytes, looks_binary
from rasid.ingest.detect import UNSUPPORTED_FORMATS, detect_format
from rasid.ingest.feed import read_feed
from rasid.ingest.html import read_html
from rasid.ingest.jsonl import read_json, read_jsonl
from rasid.ingest.plain import read_plain
from rasid.ingest.trec import read_trec
from rasid.records import Article, ErrorRecord
from rasid.settings import Settings

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
ADVICE = {
    "pdf": "convert it to text or HTML first (e.g. pdftotext)",
    "office": "save it as plain text or HTML first",
    "archive": "extract it first; only .gz, .tar, .tar.gz and .tgz are read directly",
}


def read_document(data: bytes, name: str, settings: Settings, origin: str = "",
                  env: IngestEnv | None = None) -> Iterator[Article | ErrorRecord]:
    """Articles (or error records) from one input; ``name`` picks the id and hints the format."""
    env = env or ingest_env(settings)
    origin = origin or name
    try:
        data, name = _gunzip_if_needed(data, name, settings.max_document_bytes)
        fmt, text, encoding = _decode_checked(data, name, settings.max_document_bytes)
    except IngestError as exc:
        yield error_record(exc, origin)
        return
    try:
        for suffix, draft in _read_format(fmt, text, name):
            if isinstance(draft, IngestError):
                yield error_record(draft, origin + suffix)
            else:
                draft = replace(draft, meta=(("encoding", encoding), *draft.meta))
                yield env.ids.claim(finish_article(draft, env, origin + suffix, fmt), draft.id_from_name)
    except Exception as exc:  # a reader bug on one odd document must not end the batch
        log.exception("%s: unexpected failure in the %s reader", origin, fmt)
        yield error_record(IngestError(f"unexpected {type(exc).__name__} while reading it as {fmt}: {exc}; "
                                       "please report this input"), origin)


def _decode_checked(data: bytes, name: str, limit: int) -> tuple[str, str, str]:
    """Format, text and encoding, after the checks that reject a document outright."""
    if len(data) > limit:
        raise DocumentTooLargeError(f"{len(data):,} bytes is over the max_document_bytes limit of {limit:,}; "
                                    "split the file or raise the setting")
    if not data:
        raise EmptyDocumentError("the file is empty")
    fmt = detect_format(data, name)
    if fmt in UNSUPPORTED_FORMATS:
        raise UnsupportedFormatError(f"{fmt} files are not supported; {ADVICE[fmt]}")
    if looks_binary(_without_line_nuls(data) if fmt == "jsonl" else data):
        raise BinaryDocumentError("the file holds binary data (NUL or control bytes), not text; "
                                  "check that it is a text, HTML, JSON or XML file")
    text, encoding = decode_bytes(data, name)
    if not text.strip():
        raise EmptyDocumentError("the file holds only whitespace")
    return fmt, text, encoding


def _without_line_nuls(data: bytes) -> bytes:
    """JSON lines are judged without their NUL bytes: a NUL spoils its own line (that line's JSON error),
    not the file."""
    return data.replace(b"\x00", b"")


def _read_format(fmt: str, text: str, name: str) -> Iterator[Item]:
    if fmt == "trec":
        return read_trec(text)
    if fmt == "html":
        return read_html(text, stem(name))
    if fmt == "jsonl":
        return read_jsonl(text)
    if fmt == "json":
        return read_json(text)
    if fmt == "feed":
        return read_feed(text, name)
    return read_plain(text, stem(name))


def _gunzip_if_needed(data: bytes, name: str, limit: int) -> tuple[bytes, str]:
    """A gzipped document (e.g. ``x.txt.gz`` inside a tar) is read through, never beyond ``limit``."""
    if not data.startswith(GZIP_MAGIC):
        return data, name
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            inner = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise MalformedDocumentError(f"the gzip data is corrupt or truncated ({exc}); "
                                     "re-download or re-compress it") from exc
    if len(inner) > limit:
        raise DocumentTooLargeError(f"it decompresses to more than the max_document_bytes limit of {limit:,}")
    return inner, name.removesuffix(".gz")
