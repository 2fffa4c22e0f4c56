"""Turn a ``Parsed`` expression into an ISO value at its precision, given the publication date.

Without a publication date only what the text fixes alone (a full date, a month with its year, a year)
resolves; everything else keeps ``value=None`` and ``precision='none'``.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from rasid.temporal.grammar import Parsed

FUTURE_WINDOW_DAYS = 60  # a yearless date further than this after publication is taken as last year's
UNRESOLVED = (None, "none")


@dataclass(frozen=True, slots=True)
class Resolution:
    value: str | None
    precision: str  # day | week | month | year | none
    method: str  # absolute | anchor | relative | weekday | part | hijri


def iso_day(day: date) -> str:
    return day.isoformat()


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + offset
    return total // 12, total % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    return date(year, month, day) if 1 <= day <= monthrange(year, month)[1] else None


def year_for_day(month: int, day: int, pub: date, direction: int | None) -> int:
    """The year of a yearless day+month: الحالي = this year, الماضي = last occurrence, else the nearest."""
    if direction == 0:
        return pub.year
    if direction == -1:
        return pub.year if (month, day) < (pub.month, pub.day) else pub.year - 1
    if direction == 1:
        return pub.year if (month, day) > (pub.month, pub.day) else pub.year + 1
    candidate = safe_date(pub.year, month, min(day, 28)) or pub
    return pub.year - 1 if (candidate - pub).days > FUTURE_WINDOW_DAYS else pub.year


def year_for_month(month: int, pub: date, direction: int | None) -> int:
    if direction == 0:
        return pub.year
    if direction == -1:
        return pub.year if month < pub.month else pub.year - 1
    if direction == 1:
        return pub.year if month > pub.month else pub.year + 1
    return pub.year - 1 if month > pub.month + FUTURE_WINDOW_DAYS // 30 else pub.year


def explicit_year(parsed: Parsed, pub: date | None) -> int | None:
    if parsed.year is not None:
        return parsed.year
    if parsed.year_offset is not None and pub is not None:
        return pub.year + parsed.year_offset
    return None


def resolve_date(parsed: Parsed, pub: date | None) -> Resolution:
    """A day and month (23 من أيار، العاشر من ديسمبر 2019، 18 من الشهر الجاري)."""
    year = explicit_year(parsed, pub)
    method = "absolute" if parsed.year is not None else "anchor"
    if parsed.month_offset is not None:
        if pub is None:
            return Resolution(None, "none", method)
        year, month = add_months(pub.year, pub.month, parsed.month_offset)
    else:
        month = parsed.month
        if year is None and pub is None:
            return Resolution(None, "none", method)
        if year is None:
            year = year_for_day(month, parsed.day, pub, parsed.direction)
    day = safe_date(year, month, parsed.day)
    return Resolution(iso_day(day), "day", method) if day else Resolution(None, "none", method)


def resolve_month(parsed: Parsed, pub: date | None) -> Resolution:
    method = "part" if parsed.part else ("absolute" if parsed.year is not None else "anchor")
    year = explicit_year(parsed, pub)
    if year is None and pub is None:
        return Resolution(None, "none", method)
    if year is None:
        year = year_for_month(parsed.month, pub, parsed.direction)
    return Resolution(iso_month(year, parsed.month), "month", method)


def resolve_year(parsed: Parsed) -> Resolution:
    return Resolution(f"{parsed.year:04d}", "year", "part" if parsed.part else "absolute")


def shift(pub: date, unit: str, offset: int) -> Resolution:
    """The period ``offset`` units from ``pub`` at the unit's precision."""
    if unit == "day":
        return Resolution(iso_day(pub + timedelta(days=offset)), "day", "relative")
    if unit == "week":
        return Resolution(iso_week(pub + timedelta(weeks=offset)), "week", "relative")
    if unit == "month":
        return Resolution(iso_month(*add_months(pub.year, pub.month, offset)), "month", "relative")
    return Resolution(f"{pub.year + offset:04d}", "year", "relative")


def resolve_relative(parsed: Parsed, pub: date | None) -> Resolution:
    if pub is None:
        return Resolution(None, "none", "part" if parsed.part else "relative")
    found = shift(pub, parsed.unit, parsed.offset)
    return Resolution(found.value, found.precision, "part" if parsed.part else "relative")


def resolve_weekday(parsed: Parsed, pub: date | None, future: bool) -> Resolution:
    """The most recent such weekday on or before publication; the coming one when the text says so."""
    if pub is None or parsed.weekday is None:
        return Resolution(None, "none", "weekday")
    if parsed.direction == 1 or (future and parsed.direction is None):
        ahead = (parsed.weekday - pub.isoweekday()) % 7
        ahead = 7 if ahead == 0 and parsed.direction == 1 else ahead
        return Resolution(iso_day(pub + timedelta(days=ahead)), "day", "weekday")
    back = (pub.isoweekday() - parsed.weekday) % 7
    back = 7 if back == 0 and parsed.direction == -1 else back
    return Resolution(iso_day(pub - timedelta(days=back)), "day", "weekday")


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def hijri_year_of(pub: date) -> int | None:
    try:
        return Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def resolve_hijri(parsed: Parsed, pub: date | None) -> Resolution:
    """Umm al-Qura conversion; a Hijri month without a day is dated by its 15th, at month precision."""
    year = parsed.year if parsed.year is not None else (hijri_year_of(pub) if pub else None)
    if year is None:
        return Resolution(None, "none", "hijri")
    if parsed.kind == "hijri_year":
        middle = hijri_to_gregorian(year, 6, 15)
        return Resolution(f"{middle.year:04d}", "year", "hijri") if middle else Resolution(None, "none", "hijri")
    day = hijri_to_gregorian(year, parsed.month, parsed.day or 15)
    if day is not None and parsed.year is None and pub is not None and (day - pub).days > FUTURE_WINDOW_DAYS:
        day = hijri_to_gregorian(year - 1, parsed.month, parsed.day or 15)
    if day is None:
        return Resolution(None, "none", "hijri")
    if parsed.day is None:
        return Resolution(iso_month(day.year, day.month), "month", "hijri")
    return Resolution(iso_day(day), "day", "hijri")


def resolve(parsed: Parsed, pub: date | None, future: bool = False) -> Resolution:
    if parsed.kind == "date":
        return resolve_date(parsed, pub)
    if parsed.kind == "month":
        return resolve_month(parsed, pub)
    if parsed.kind == "year":
        return resolve_year(parsed)
    if parsed.kind in {"relative", "ago"}:
        return resolve_relative(parsed, pub)
    if parsed.kind == "weekday":
        return resolve_weekday(parsed, pub, future)
    return resolve_hijri(parsed, pub)
