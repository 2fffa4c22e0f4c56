"""Infer a missing publication date from dated anchors in the text.

Anchors, strongest first: a date in the dateline (the first words of the body); the attribution lines of
embedded tweets ("— Name (@handle) May 21, 2020"). A 'today' date ("اليوم السبت 23 من أيار") near that
anchor, or one with its own year, then fixes the day itself.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import date, timedelta

from rasid.records import Sentence
from rasid.temporal.calendar import Calendar
from rasid.temporal.expressions import ParsedText, numeric_dates, parsed_with_spans
from rasid.temporal.resolve import resolve, safe_date

log = logging.getLogger(__name__)

TWEET_ATTRIBUTION = re.compile(r"\(@\w{1,30}\)\s+([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s+(\d{4})")
DATELINE_CHARS = 40  # a dateline date sits within this many characters of the body's start
DATELINE_DASH = re.compile(r"\s[-—–]\s?|:")
TODAY_WINDOW = timedelta(days=10)  # how far a 'today' date may sit from the anchor it completes


def tweet_dates(text: str, cal: Calendar) -> list[date]:
    found = []
    for match in TWEET_ATTRIBUTION.finditer(text):
        month = cal.english_months.get(match.group(1).lower())
        day = safe_date(int(match.group(3)), month, int(match.group(2))) if month else None
        if day is not None:
            found.append(day)
    return found


def full_dates(parsed_text: ParsedText) -> list[tuple[int, date]]:
    """(raw offset, date) of every date the text fixes alone, to the day."""
    norm, tokens, parses = parsed_text
    found = [(norm.index_to_raw(start), day) for start, _, day in numeric_dates(norm)]
    for parsed in parses:
        result = resolve(parsed, None)
        if result.precision == "day" and result.value:
            found.append((norm.index_to_raw(tokens.starts[parsed.start]), date.fromisoformat(result.value)))
    return sorted(found)


def body_start(sentences: Sequence[Sentence]) -> int:
    body = [s for s in sentences if s.kind == "body"]
    return body[0].start if body else 0


def in_dateline(text: str, start: int, offset: int) -> bool:
    """A date opening the body next to a dateline dash or colon ('طرابلس - 12 أغسطس 2020:')."""
    if not 0 <= offset - start <= DATELINE_CHARS:
        return False
    return DATELINE_DASH.search(text, start, offset + DATELINE_CHARS // 3) is not None


def today_dates(parsed_text: ParsedText, anchor: date | None) -> list[date]:
    """Dates introduced by 'اليوم' (today): resolved against ``anchor`` and kept when close to it, or,
    without an anchor, kept when they carry their own year."""
    _, _, parses = parsed_text
    found = []
    for parsed in parses:
        if not parsed.today or parsed.kind != "date":
            continue
        result = resolve(parsed, anchor)
        day = date.fromisoformat(result.value) if result.precision == "day" and result.value else None
        if day is not None and (anchor is None or abs(day - anchor) <= TODAY_WINDOW):
            found.append(day)
    return found


def infer_publication_date(text: str, sentences: Sequence[Sentence], calendar: Calendar) -> date | None:
    """The best publication day the text supports, or None when it has no dated anchor.

    A bare full date elsewhere in the text is not an anchor: on 300 ANT articles it was the publication
    day in 2 of 22 cases (mostly it dates background events), so only datelines, tweets and 'today'
    dates count.
    """
    start = body_start(sentences)
    parsed_text = parsed_with_spans(text, calendar)
    dateline = [d for offset, d in full_dates(parsed_text) if in_dateline(text, start, offset)]
    candidates = dateline[:1] or tweet_dates(text, calendar)
    anchor = max(candidates) if candidates else None
    today = today_dates(parsed_text, anchor)
    inferred = max(today) if today else anchor
    log.debug("inferred publication date %s (anchor %s)", inferred, anchor)
    return inferred
