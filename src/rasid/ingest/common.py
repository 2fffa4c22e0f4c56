"""What every reader shares: the loaded tables, article assembly and error records.

``IngestEnv`` is built once per run and passed down, so bundled tables are read once without a
module-level cache.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from rasid.errors import DuplicateIdError, IngestError, RasidError
from rasid.ingest.dates import parse_published, settings_zone
from rasid.ingest.language import detect_language, load_language_profiles
from rasid.records import Article, ErrorRecord
from rasid.resources import read_tsv
from rasid.settings import Settings

OUTLETS_FILE = "ingest/outlets.tsv"
KEY_RE = re.compile(r"[\s_\-]+")
# Code points no later step can encode or store: lone surrogates (from JSON escapes such as "\ud800") and NUL.
UNENCODABLE_RE = re.compile("[\ud800-\udfff\x00]")
REPLACEMENT = "\ufffd"


class IdLedger:
    """The document ids one run has handed out, so that no two inputs share one.

    An id taken from a file name (``outletA/article.txt`` and ``outletB/article.txt`` both give ``article``)
    gets a suffix from its text's hash when an earlier input of the run already holds it with another
    text: the same file always gets the same id, so reruns stay idempotent. An explicit id from the input
    always wins; a second record with that id and another text is reported as an error, never dropped
    silently. The same text under the same id is the same document and passes.
    """

    HASH_CHARS = 16

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def claim(self, article: Article, id_from_name: bool) -> Article | ErrorRecord:
        digest = article.content_hash[:self.HASH_CHARS]
        held = self.texts.setdefault(article.id, digest)
        if held == digest:
            return article
        if not id_from_name:
            return error_record(DuplicateIdError(
                f"the id {article.id!r} is already used in this run by a record with another text; the first is "
                "kept, give this record its own id"), article.origin, article.id)
        renamed = f"{article.id}-{digest[:8]}"
        self.texts.setdefault(renamed, digest)
        return article.with_(id=renamed, meta=(*article.meta, ("renamed_from", article.id)))


@dataclass(frozen=True, slots=True)
class IngestEnv:
    settings: Settings
    zone: tzinfo
    outlets: Mapping[str, str]
    profiles: Mapping[str, frozenset[str]]
    ids: IdLedger = field(default_factory=IdLedger)


def ingest_env(settings: Settings) -> IngestEnv:
    """Settings plus the bundled tables ingest needs, and a fresh id ledger for the run."""
    outlets = {row["key"].lower(): row["outlet"]
               for row in read_tsv(OUTLETS_FILE, ("key", "outlet"), required=("key", "outlet"))}
    return IngestEnv(settings, settings_zone(settings.timezone), outlets, load_language_profiles(), IdLedger())


@dataclass(frozen=True, slots=True)
class Draft:
    """An article as a reader found it, before the shared defaults are applied."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: str | datetime | None = None
    meta: tuple[tuple[str, str], ...] = ()
    id_from_name: bool = False  # the id is the file name, not one the input gave


Item = tuple[str, Draft | IngestError]
"""What a reader yields: a suffix for the origin (``:12`` for line 12, ``[3]`` for item 3) and a draft or
the error that record raised."""


def finish_article(draft: Draft, env: IngestEnv, origin: str, fmt: str) -> Article:
    """Apply the shared rules: repaired text, outlet name, time zone, language, provenance."""
    draft, repaired = repair_draft(draft)
    published, raw_date = _published(draft.published, env.zone)
    meta = draft.meta + ((("date_unparsed", raw_date),) if raw_date else ())
    meta += (("repaired_code_points", str(repaired)),) if repaired else ()
    return Article(
        id=draft.id, text=draft.text, title=draft.title.strip(),
        source=resolve_source(draft.source, draft.url, env), url=draft.url.strip(),
        published=published,
        language=detect_language(draft.text, env.settings.min_arabic_ratio, env.profiles),
        origin=origin, format=fmt, meta=meta,
    )


def repair_text(text: str) -> tuple[str, int]:
    """The text with each unencodable code point replaced by U+FFFD (offsets are kept), and how many."""
    return UNENCODABLE_RE.subn(REPLACEMENT, text)


def repair_draft(draft: Draft) -> tuple[Draft, int]:
    """Every string of a draft made safe to encode, store and print; the count goes into the article's meta."""
    total = 0

    def fixed(value: str) -> str:
        nonlocal total
        value, count = repair_text(value)
        total += count
        return value

    meta = tuple((fixed(k), fixed(v)) for k, v in draft.meta)
    published = fixed(draft.published) if isinstance(draft.published, str) else draft.published
    repaired = Draft(id=fixed(draft.id), text=fixed(draft.text), title=fixed(draft.title), source=fixed(draft.source),
                     url=fixed(draft.url), published=published, meta=meta, id_from_name=draft.id_from_name)
    return repaired, total


def join_title(title: str, body: str) -> str:
    """Title, blank line, body, so that the title is part of the text offsets point into.

    The body is kept as given; when it already opens with the title it is returned unchanged.
    """
    title = title.strip()
    if not title or body.lstrip().startswith(title):
        return body
    return f"{title}\n\n{body}" if body.strip() else title


def resolve_source(source: str, url: str, env: IngestEnv) -> str:
    """The outlet's display name from a source code or the URL's domain; else the configured default."""
    for key in (*_source_keys(source), *url_keys(url)):
        if key in env.outlets:
            return env.outlets[key]
    return source.strip() or env.settings.default_source


def url_keys(url: str) -> list[str]:
    """Lookup keys for a URL, most specific first: host/segment, host, parent domains."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:  # e.g. an unclosed IPv6 bracket; a bad URL must not fail the article
        return []
    if not host:
        return []
    labels = host.split(".")
    domains = [".".join(labels[i:]) for i in range(len(labels) - 1)]
    segment = next((s for s in parts.path.lower().split("/") if s), "")
    with_path = [f"{d}/{segment}" for d in domains] if segment else []
    return with_path + domains


def error_record(exc: RasidError, where: str, doc_id: str = "") -> ErrorRecord:
    return ErrorRecord(input=repair_text(where)[0], code=exc.code, error=type(exc).__name__,
                       message=repair_text(exc.message)[0], doc_id=repair_text(doc_id)[0])


def stem(name: str) -> str:
    """The file name without directories and extensions (``a/b/x.txt.gz`` -> ``x``)."""
    base = PurePosixPath(name.replace("\\", "/")).name
    for suffix in (".gz", ".bz2", ".xz"):
        base = base.removesuffix(suffix)
    return PurePosixPath(base).stem or base


def _source_keys(source: str) -> list[str]:
    key = source.strip().lower()
    return [key, KEY_RE.sub("", key)] if key else []


def _published(value: str | datetime | None, zone: tzinfo) -> tuple[datetime | None, str]:
    if value is None or value == "":
        return None, ""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=zone)), ""
    parsed = parse_published(value, zone)
    return parsed, ("" if parsed else value.strip())
