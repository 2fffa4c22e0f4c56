"""Latency of the common store queries on an ingested corpus (figures printed, never asserted).

Usage: python bench/bench_queries.py --db FILE [--actor IRN] [--dyad USA IRN] [--month 2018-05] [--repeat 20]
Defaults pick the most frequent actor, its most frequent counterpart and the busiest month of the store.
Queries: events of an actor in a month (first page and total), a dyad's whole timeline, the signed network
of a month (all network events read, then built), a full-text search, and one story with its events.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from rasid.network import build_network
from rasid.store import Store
from rasid.store.browse import EventQuery


def timed(func: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(median ms, worst ms, last result) over ``repeat`` calls, after one warm-up call."""
    result = func()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), result


def month_bounds(month: str) -> tuple[date, date]:
    first = date.fromisoformat(f"{month}-01")
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def defaults(store: Store) -> tuple[str, tuple[str, str], str]:
    events = store.network_events()
    codes = Counter(c for e in events for c in (e["source"]["code"], e["target"]["code"]))
    actor = codes.most_common(1)[0][0]
    partners = Counter(other[:3] for e in events for one, other in ((e["source"]["code"], e["target"]["code"]),
                                                                   (e["target"]["code"], e["source"]["code"]))
                       if one == actor and other[:3] != actor[:3])
    months = Counter((e.get("first_date") or "")[:7] for e in events if e.get("first_date"))
    return actor[:3], (actor[:3], partners.most_common(1)[0][0]), months.most_common(1)[0][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--actor")
    parser.add_argument("--dyad", nargs=2)
    parser.add_argument("--month", help="YYYY-MM")
    parser.add_argument("--search", default="وزير الخارجية")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with Store.open(args.db, readonly=True) as store:
        actor, dyad, month = defaults(store)
        actor, dyad, month = args.actor or actor, tuple(args.dyad or dyad), args.month or month
        start, end = month_bounds(month)
        counts = store.counts()
        print(f"store: {counts['articles']} articles, {counts['merged_events']} merged events; "
              f"actor {actor}, dyad {dyad[0]}-{dyad[1]}, month {month}")
        story = next(iter(store.stories(limit=1)), None)
        queries: dict[str, Callable[[], Any]] = {
            f"events of {actor} in {month} (page of 50 + total)":
                lambda: store.find_events(EventQuery(actor=actor, start=start.isoformat(), end=end.isoformat())),
            f"dyad timeline {dyad[0]}-{dyad[1]} (all events)":
                lambda: store.find_events(EventQuery(dyad=dyad), limit=100_000),
            f"network of {month} (read + build)":
                lambda: build_network(store.network_events(), window=(start, end)),
            f"full-text search {args.search!r}": lambda: store.search(args.search, limit=100),
        }
        if story:
            queries[f"story {story['id']} with its events"] = lambda: store.merged_events_by_id(
                store.story(story["id"]).event_ids)
        for name, func in queries.items():
            median, worst, result = timed(func, args.repeat)
            size = getattr(result, "total", None) or (len(result) if hasattr(result, "__len__") else
                                                       len(getattr(result, "edges", [])))
            print(f"{name:>60}: median {median:7.1f} ms, worst {worst:7.1f} ms ({size} results)")


if __name__ == "__main__":
    main()
