"""A dyad's trajectory over time (net weight per period), as the timeline page, the HTTP API and
``rasid timeline`` show it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from rasid.network import dyad_trajectory
from rasid.network.graph import event_span as network_event_span
from rasid.network.graph import in_window
from rasid.network.trajectory import involves, period_of
from rasid.network.weights import event_weight
from rasid.service.errors import NotFoundError
from rasid.service.network import Window, window_json
from rasid.store import Store
from rasid.stored import NetworkEvent, network_event


def timeline_view(store: Store, a: str, b: str = "", freq: str = "month",
                  events: Sequence[NetworkEvent] | None = None, window: Window | None = None,
                  bulk: bool = False) -> dict[str, Any]:
    """Net weight per period between ``a`` and ``b`` (code prefixes); without ``b``, between ``a`` and anyone,
    with each period split by counterpart.

    ``window`` keeps the events whose span overlaps it; with ``bulk`` and no window, the window is the bulk of
    the dyad's dates (``bulk_window``), so one stray event from years before does not stretch the axis.
    ``outside`` counts the dated events the window leaves out."""
    events = store.network_events() if events is None else events
    mine = [e for e in events if involves(e, a, b, False)]
    if not mine:
        raise NotFoundError(f"no events between {a} and {b or 'anyone'}")
    spans = [span for e in mine if (span := network_event_span(e)) is not None]
    extent = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    default = bulk and not any(window or ())
    if default:
        window = bulk_window([s[0] for s in spans])
    chosen = [e for e in mine if in_window(network_event_span(e), window)] if any(window or ()) else mine
    rows = dyad_trajectory(chosen, a, b, freq)
    if not b:
        split = counterpart_split(chosen, a, freq)
        rows = [{**row, "by_counterpart": split.get(row["period"], {})} for row in rows]
    return {"a": a, "b": b or None, "freq": freq, "periods": rows, "window": window_json(window),
            "default_window": default, "extent": window_json(extent),
            "outside": len(spans) - sum(1 for s in spans if in_window(s, window)),
            "undated": len(mine) - len(spans)}


FENCE = 3.0  # interquartile ranges beyond the middle half of the dates before a date counts as stray
MIN_SPREAD_DAYS = 30


def bulk_window(days: Sequence[date]) -> Window | None:
    """The range holding the bulk of ``days``: the first and last day within ``FENCE`` interquartile ranges of
    the middle half (a Tukey fence; the spread is taken as at least a month). None when nothing is stray.

    A percentile cut (1st-99th) would drop the newest events of every large dyad and none of a small one;
    the fence drops only days far from the rest: 2014 among 2018's news, 1945 among 2020's."""
    if len(days) < 3:
        return None
    ordered = sorted(days)
    q1, q3 = quantile_day(ordered, 0.25), quantile_day(ordered, 0.75)
    spread = max((q3 - q1).days, MIN_SPREAD_DAYS) * FENCE
    kept = [d for d in ordered if (q1 - d).days <= spread and (d - q3).days <= spread]
    if len(kept) == len(ordered):
        return None
    return kept[0], kept[-1]


def quantile_day(ordered: Sequence[date], q: float) -> date:
    position = (len(ordered) - 1) * q
    low = ordered[int(position)]
    high = ordered[min(int(position) + 1, len(ordered) - 1)]
    return low + (high - low) * (position - int(position))


def counterpart_split(events: Sequence[Mapping[str, Any]], code: str, freq: str) -> dict[str, dict[str, float]]:
    split: dict[str, Counter[str]] = defaultdict(Counter)
    for event in map(network_event, events):
        source, target = event.source_code, event.target_code
        span = network_event_span(event)
        if span is None or source.startswith(code) == target.startswith(code):
            continue
        other = target if source.startswith(code) else source
        split[period_of(span[0], freq)][other] += event_weight(event)
    return {p: {k: round(v, 3) for k, v in c.most_common()} for p, c in split.items()}
