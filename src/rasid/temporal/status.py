"""Is an event what the article reports, or background? ``reported``, ``historical`` or ``future``.

News text mixes the news with its background: "the Arab League, founded in 1945" is coded like any event
but is not news of the day it was published. The rule compares the days an event's date covers at its
precision (``2018`` is the whole year, ``2018-W21`` its week) with the article's publication day:

- ``historical``: the date ends more than ``HISTORICAL_AFTER_DAYS`` days before publication
  (يوم 3 يناير in a 15 February article; عام 1945; العام الماضي in a March article);
- ``future``: the date starts after the publication day (غدا, الأسبوع المقبل, a planned vote next month);
- ``reported``: everything else, and every event without a date or without a publication date.
"""

from __future__ import annotations

import calendar
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta

Interval = tuple[date, date]

REPORTED, HISTORICAL, FUTURE = "reported", "historical", "future"
TEMPORAL_STATUSES = (REPORTED, HISTORICAL, FUTURE)
HISTORICAL_AFTER_DAYS = 30  # a month back still counts as the news of the day ("last month", "on the 2nd")


def date_interval(value: str | date | datetime | None) -> Interval | None:
    """The days an ISO date at its precision covers: a day (or a full timestamp), a week (``2018-W21``), a month
    or a year; None when absent or unreadable. Every rule that compares dates reads them here: the temporal
    status, the merge, the network's windows, the exports and the query filters."""
    if isinstance(value, datetime):
        return value.date(), value.date()
    if isinstance(value, date):
        return value, value
    text = (value or "").strip()[:10]
    if "-W" in text:
        return _week_interval(text)
    parts = text.split("-")
    if not all(p.isdecimal() for p in parts) or not text:
        return None
    numbers = [int(p) for p in parts]
    if not MINYEAR <= numbers[0] <= MAXYEAR:
        return None
    try:
        return _interval(numbers)
    except ValueError:
        return None


def _interval(numbers: list[int]) -> Interval | None:
    if len(numbers) == 1:
        return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
    if len(numbers) == 2:
        last = calendar.monthrange(numbers[0], numbers[1])[1]
        return date(numbers[0], numbers[1], 1), date(numbers[0], numbers[1], last)
    if len(numbers) == 3:
        day = date(*numbers)
        return day, day
    return None


def _week_interval(text: str) -> Interval | None:
    year, _, week = text.partition("-W")
    try:
        monday = date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def temporal_status(value: str | None, published: date | datetime | None) -> str:
    """``reported``, ``historical`` or ``future`` for an event dated ``value`` in an article of ``published``."""
    span = date_interval(value)
    if span is None or published is None:
        return REPORTED
    day = published.date() if isinstance(published, datetime) else published
    if (day - span[1]).days > HISTORICAL_AFTER_DAYS:
        return HISTORICAL
    if span[0] > day:
        return FUTURE
    return REPORTED


def merged_status(statuses: list[str]) -> str:
    """A merged event is reported when any report of it is; else what most of its reports say (ties: historical)."""
    if not statuses or REPORTED in statuses:
        return REPORTED
    return FUTURE if statuses.count(FUTURE) > statuses.count(HISTORICAL) else HISTORICAL
