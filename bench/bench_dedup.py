"""Cross-article event merging against the Phoenix one-a-day filter, on an ingested store (figures printed).

Usage: python bench/bench_dedup.py --db FILE [--window 3]
Prints the document events, the events the one-a-day baseline keeps (one per source, target, code and day),
the merged events, how many of those merge several articles or several outlets, and how many keep a
disagreement between their reports; then the time the merge took.
"""

from __future__ import annotations

import argparse
import time

from rasid.dedupe.baseline import dedup_counts
from rasid.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--window", type=int, default=3)
    args = parser.parse_args()
    with Store.open(args.db, readonly=True) as store:
        inputs = store.merge_inputs()
        story_of = store.story_of_documents()
    started = time.perf_counter()
    counts = dedup_counts(inputs, args.window, story_of=story_of)
    for name, value in counts.items():
        print(f"{name:>26}: {value}")
    print(f"{'seconds':>26}: {time.perf_counter() - started:.1f}")


if __name__ == "__main__":
    main()
