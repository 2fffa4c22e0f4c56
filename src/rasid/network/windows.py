"""Time windows over the events: which periods have events, their bounds, and one network per window."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from rasid.errors import ConfigError
from rasid.network.graph import Network, Window, build_network, event_span
from rasid.network.trajectory import FREQUENCIES, period_of


def period_bounds(period: str, freq: str) -> tuple[date, date]:
    """First and last day of a period label made by ``period_of`` ("2020-05" -> May 1st to 31st)."""
    try:
        if freq == "day":
            day = date.fromisoformat(period)
            return day, day
        if freq == "week":
            year, week = period.split("-W")
            monday = date.fromisocalendar(int(year), int(week), 1)
            return monday, monday + timedelta(days=6)
        if freq == "month":
            year, month = (int(p) for p in period.split("-"))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if freq == "year":
            return date(int(period), 1, 1), date(int(period), 12, 31)
    except ValueError as exc:
        raise ConfigError(f"{period!r} is not a {freq} period label") from exc
    raise ConfigError(f"unknown frequency {freq!r}; use one of {', '.join(FREQUENCIES)}")


def event_periods(events: Iterable[Mapping[str, Any]], freq: str = "month") -> list[dict[str, Any]]:
    """Each period in which some event starts, oldest first, with its bounds and how many events start then."""
    if freq not in FREQUENCIES:
        raise ConfigError(f"unknown frequency {freq!r}; use one of {', '.join(FREQUENCIES)}")
    counts: Counter[str] = Counter()
    for event in events:
        span = event_span(event)
        if span is not None:
            counts[period_of(span[0], freq)] += 1
    rows = []
    for period in sorted(counts):
        first, last = period_bounds(period, freq)
        rows.append({"period": period, "start": first.isoformat(), "end": last.isoformat(), "events": counts[period]})
    return rows


def network_windows(events: Iterable[Mapping[str, Any]], freq: str = "month", *, level: str = "code",
                    cumulative: bool = False) -> list[tuple[str, Window, Network]]:
    """One network per period with events (or, ``cumulative``, from the first period up to each one)."""
    events = list(events)
    periods = event_periods(events, freq)
    windows = []
    for row in periods:
        window: Window = (None if cumulative else date.fromisoformat(row["start"]), date.fromisoformat(row["end"]))
        windows.append((row["period"], window, build_network(events, window, level=level)))
    return windows
