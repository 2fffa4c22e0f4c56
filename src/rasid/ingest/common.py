"""What every reader shares: the loaded tables, article assembly and error records.

``IngestEnv`` is built once per run and passed down, so bundled tables are read once without a
module-level cache.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from rasid.errors import IngestError, RasidError
from rasid.ingest.dates import parse_published, settings_zone
from rasid.ingest.language import detect_language, load_language_profiles
from rasid.records import Article, ErrorRecord
from rasid.resources import read_tsv
from rasid.settings import Settings

OUTLETS_FILE = "ingest/outlets.tsv"
KEY_RE = re.compile(r"[\s_\-]+")


@dataclass(frozen=True, slots=True)
class IngestEnv:
    settings: Settings
    zone: tzinfo
    outlets: Mapping[str, str]
    profiles: Mapping[str, frozenset[str]]


def ingest_env(settings: Settings) -> IngestEnv:
    """Settings plus the bundled tables ingest needs."""
    outlets = {row["key"].lower(): row["outlet"]
               for row in read_tsv(OUTLETS_FILE, ("key", "outlet"), required=("key", "outlet"))}
    return IngestEnv(settings, settings_zone(settings.timezone), outlets, load_language_profiles())


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


Item = tuple[str, Draft | IngestError]
"""What a reader yields: a suffix for the origin (``:12`` for line 12, ``[3]`` for item 3) and a draft or
the error that record raised."""


def finish_article(draft: Draft, env: IngestEnv, origin: str, fmt: str) -> Article:
    """Apply the shared rules: outlet name, time zone, language, provenance."""
    published, raw_date = _published(draft.published, env.zone)
    meta = draft.meta + ((("date_unparsed", raw_date),) if raw_date else ())
    return Article(
        id=draft.id, text=draft.text, title=draft.title.strip(),
        source=resolve_source(draft.source, draft.url, env), url=draft.url.strip(),
        published=published,
        language=detect_language(draft.text, env.settings.min_arabic_ratio, env.profiles),
        origin=origin, format=fmt, meta=meta,
    )


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
    return ErrorRecord(input=where, code=exc.code, error=type(exc).__name__, message=exc.message,
                       doc_id=doc_id)


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
