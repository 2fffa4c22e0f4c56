"""How a dyad moves over time: its net weight per day, week, month or year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from rasid.errors import ConfigError
from rasid.network.codes import matches_prefix
from rasid.network.graph import event_span
from rasid.network.weights import event_weight
from rasid.stored import network_event

FREQUENCIES = ("day", "week", "month", "year")


def period_of(day: date, freq: str) -> str:
    if freq == "day":
        return day.isoformat()
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def involves(event: Mapping[str, Any], a: str, b: str, directed: bool) -> bool:
    """Whether the event runs between code prefixes ``a`` and ``b`` (either way unless ``directed``)."""
    e = network_event(event)
    source, target = e.source_code, e.target_code
    forward = matches_prefix(source, a) and matches_prefix(target, b)
    return forward or (not directed and matches_prefix(source, b) and matches_prefix(target, a))


def dyad_trajectory(events: Iterable[Mapping[str, Any]], a: str, b: str, freq: str = "month", *,
                    directed: bool = False, scheme: str = "root") -> list[dict[str, Any]]:
    """Net weight, count and event ids per period for the dyad (a, b), oldest first.

    ``a`` and ``b`` are code prefixes ("DZA" covers DZAGOV). An event dated more coarsely than ``freq``
    (a year-only date in a monthly series) cannot be placed in one period and is left out.
    """
    if freq not in FREQUENCIES:
        raise ConfigError(f"unknown frequency {freq!r}; use one of {', '.join(FREQUENCIES)}")
    periods: dict[str, dict[str, Any]] = {}
    for event in map(network_event, events):
        span = event_span(event)
        if span is None or not involves(event, a, b, directed):
            continue
        first, last = period_of(span[0], freq), period_of(span[1], freq)
        if first != last:
            continue
        row = periods.setdefault(first, {"period": first, "weight": 0.0, "count": 0, "events": []})
        row["weight"] += event_weight(event, scheme)
        row["count"] += 1
        row["events"].append(event.id)
    return [{**row, "weight": round(row["weight"], 3)} for _, row in sorted(periods.items())]
