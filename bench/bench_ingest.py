"""Ingest throughput and memory on the ANT multisource corpus (31.5k TREC XML articles in one tar.gz).

Usage: python bench/bench_ingest.py [archive-or-path ...]
Prints articles per second, error records by code, languages, and peak RSS.
Held-out articles (reserved, eval/ant, eval/corpus; see bench/corpus.py) are skipped.
"""

from __future__ import annotations

import argparse
import collections
import logging
import resource
import sys
import time
from pathlib import Path

from corpus import kept

from rasid.ingest import iter_inputs
from rasid.records import Article
from rasid.settings import Settings

DEFAULT_INPUT = Path("/work/shared/data/news/ant_multisource/antcorpus_multisource.tar.gz")


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(paths: list[str]) -> dict[str, object]:
    articles, chars = 0, 0
    errors: collections.Counter[str] = collections.Counter()
    languages: collections.Counter[str] = collections.Counter()
    formats: collections.Counter[str] = collections.Counter()
    start = time.perf_counter()
    for item in kept(iter_inputs(paths, Settings())):
        if isinstance(item, Article):
            articles += 1
            chars += len(item.text)
            languages[item.language] += 1
            formats[item.format] += 1
        else:
            errors[f"{item.code} {item.error}"] += 1
    elapsed = time.perf_counter() - start
    return {"articles": articles, "seconds": elapsed, "articles_per_s": articles / elapsed,
            "mchars_per_s": chars / elapsed / 1e6, "errors": dict(errors), "languages": dict(languages),
            "formats": dict(formats), "peak_rss_mb": peak_rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_INPUT)])
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        sys.exit(f"input not found: {', '.join(missing)}")
    result = run(args.paths)
    for key, value in result.items():
        shown = f"{value:.2f}" if isinstance(value, float) else value
        print(f"{key:>15}: {shown}")


if __name__ == "__main__":
    main()
