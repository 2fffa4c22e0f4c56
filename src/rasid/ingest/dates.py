"""Publication dates from metadata, keeping the zone the input states (RFC 822, ISO 8601, plain dates)."""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rasid.errors import ConfigError
from rasid.records import Article

EXTRA_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%d/%m/%Y %H:%M", "%d/%m/%Y",
                 "%d-%m-%Y", "%Y%m%d")
ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def settings_zone(name: str) -> tzinfo:
    """The zone for naive dates; a bad name is a configuration error, not a per-document one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {name!r} in setting 'timezone'; use an IANA name such as "
                          "'UTC' or 'Asia/Riyadh'") from exc


def parse_published(value: str, default_zone: tzinfo) -> datetime | None:
    """A timezone-aware datetime, or None when the value is not a date we can read."""
    value = " ".join(value.split())
    if not value:
        return None
    parsed = _parse_iso(value) or _parse_rfc822(value) or _parse_other(value)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=default_zone)


def _parse_iso(value: str) -> datetime | None:
    if not ISO_LIKE.match(value):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _parse_rfc822(value: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _parse_other(value: str) -> datetime | None:
    for fmt in EXTRA_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def with_pubdate(article: Article, pubdate: date | None, timezone: str) -> Article:
    """The user's ``--pubdate`` for an article whose input carries no date of its own; a date from the input's
    metadata always wins. The one rule for ``extract`` and ``ingest`` on every engine."""
    if pubdate is None or (article.published is not None and not article.published_inferred):
        return article
    moment = datetime.combine(pubdate, time(0, 0), tzinfo=settings_zone(timezone))
    return article.with_(published=moment, published_inferred=False)
