"""The timeline page's bar chart: geometry for an inline SVG, with the empty periods filled in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from rasid.network.trajectory import period_of

Window = tuple[date | None, date | None]


MAX_FILLED_PERIODS = 4000  # beyond this (daily bars over a decade), only periods with events are drawn


def period_start(period: str, freq: str) -> date:
    if freq == "week":
        year, week = period.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in period.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def next_period_day(day: date, freq: str) -> date:
    if freq == "day":
        return day + timedelta(days=1)
    if freq == "week":
        return day + timedelta(days=7)
    if freq == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def period_range(first: str, last: str, freq: str) -> list[str]:
    """Every period from ``first`` to ``last`` (as ``period_of`` writes them) at ``freq``."""
    periods, day = [], period_start(first, freq)
    while (period := period_of(day, freq)) <= last and len(periods) <= MAX_FILLED_PERIODS:
        periods.append(period)
        if day.year == 9999 and period == last:
            break
        day = next_period_day(day, freq)
    return periods


def with_empty_periods(periods: Sequence[Mapping[str, Any]], freq: str, first: str | None = None,
                       last: str | None = None) -> list[Mapping[str, Any]]:
    """Rows with the periods between ``first`` and ``last`` (default: the first and last row) filled in at zero,
    so the chart's time axis is even."""
    if not periods and not (first and last):
        return []
    first = min(first or periods[0]["period"], periods[0]["period"]) if periods else first
    last = max(last or periods[-1]["period"], periods[-1]["period"]) if periods else last
    known = {p["period"]: p for p in periods}
    filled = period_range(first, last, freq)
    if len(filled) > MAX_FILLED_PERIODS:
        return list(periods)
    return [known.get(p, {"period": p, "weight": 0.0, "count": 0}) for p in filled]


def month_range(first: str, last: str) -> list[str]:
    return period_range(first, last, "month")


def with_empty_months(periods: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return with_empty_periods(periods, "month")


def timeline_chart(periods: Sequence[Mapping[str, Any]], width: int = 720, height: int = 240,
                   max_bar: float = 48.0, freq: str | None = None, window: Window | None = None) -> dict[str, Any]:
    """Bar geometry for an inline SVG: one bar per period, up for net cooperation, down for conflict; empty
    periods (across ``window`` when given) are drawn at zero so the time axis is even."""
    freq = freq or ("month" if periods and len(periods[0]["period"]) == 7 else None)
    if freq:
        start, end = window or (None, None)
        periods = with_empty_periods(periods, freq, period_of(start, freq) if start else None,
                                     period_of(end, freq) if end else None)
    periods = list(periods)
    peak = max((abs(p["weight"]) for p in periods), default=0.0) or 1.0
    slot = width / max(len(periods), 1)
    bar = min(slot * 0.7, max_bar)
    every = max(1, round(len(periods) / 12))  # at most about 12 labels
    middle = height / 2
    bars = []
    for i, p in enumerate(periods):
        size = abs(p["weight"]) / peak * (middle - 16)
        top = middle - size if p["weight"] >= 0 else middle
        bars.append({"x": round(i * slot + (slot - bar) / 2, 1), "y": round(top, 1), "width": round(bar, 1),
                     "height": round(max(size, 1.0), 1) if p["count"] else 0.0,
                     "sign": "pos" if p["weight"] >= 0 else "neg", "weight": p["weight"],
                     "label": p["period"] if i % every == 0 else "", "title": p["period"],
                     "label_x": round(i * slot + slot / 2, 1)})
    return {"width": width, "height": height, "middle": middle, "bars": bars}
