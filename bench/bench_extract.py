"""Time the full extraction pipeline over a corpus and report throughput and peak memory.

Usage: python bench/bench_extract.py [PATH ...] [--limit N]   (settings from RASID_* variables, e.g. RASID_NER=false)
Default PATH is the ANT multisource corpus in ../shared/data/news/ant_multisource.
Prints documents, events, errors by code, wall time, documents per second and peak RSS.
Held-out articles (reserved, eval/ant, eval/corpus; see bench/corpus.py) are skipped.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

from corpus import kept

from rasid.ingest import iter_inputs
from rasid.pipeline import Pipeline, process_article
from rasid.records import ErrorRecord
from rasid.settings import load_settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_multisource"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(p) for p in sorted(DEFAULT.glob("*.tar.gz"))])
    parser.add_argument("--limit", type=int, default=None, help="Stop after this many documents.")
    args = parser.parse_args(argv)
    if not args.paths:
        print(f"no input: pass paths, or put the ANT corpus at {DEFAULT}", file=sys.stderr)
        return 2
    docs = events = 0
    errors: Counter[str] = Counter()
    settings = load_settings(progress=False)
    pipeline = Pipeline(settings)
    started = time.perf_counter()
    # what rasid.api.extract does, minus the held-out articles
    coded = (i if isinstance(i, ErrorRecord) else process_article(i, pipeline)
             for i in kept(iter_inputs(args.paths, settings)))
    for item in islice(coded, args.limit):
        if isinstance(item, ErrorRecord):
            errors[item.code] += 1
        else:
            docs += 1
            events += len(item.events)
        if (docs + sum(errors.values())) % 2000 == 0:
            print(f"  … {docs} documents, {time.perf_counter() - started:.0f}s", file=sys.stderr)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs: {' '.join(args.paths)}")
    print(f"documents coded: {docs}")
    print(f"events: {events} ({events / max(docs, 1):.2f} per document)")
    print(f"errors: {sum(errors.values())} {dict(errors)}")
    print(f"wall time: {elapsed:.1f} s; {docs / elapsed:.1f} documents/s")
    print(f"peak RSS: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
