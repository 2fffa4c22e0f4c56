"""Time the ``times`` and ``places`` stages (and the whole pipeline) on ANT multisource middleEast articles.

Each stage is timed on its own while the documents flow through the configured pipeline, so the figure for
``times`` is the cost of that stage alone, on exactly the documents the real pipeline gives it.
Run: .venv/bin/python bench/bench_time_place.py [--limit 500] [--category middleEast] [--corpus PATH]
Prints ms/article per stage and articles/s for the full pipeline.
Held-out articles (reserved, eval/ant, eval/corpus; see bench/corpus.py) are skipped.
"""

from __future__ import annotations

import argparse
import logging
import tarfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from corpus import held_out_member, kept

from rasid.ingest.common import ingest_env
from rasid.ingest.document import read_document
from rasid.pipeline import Pipeline
from rasid.records import Article, Document
from rasid.settings import Settings

log = logging.getLogger("bench_time_place")
DEFAULT_CORPUS = (Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_multisource"
                  / "antcorpus_multisource.tar.gz")
WATCHED = ("times", "places")


def ant_members(corpus: Path, category: str) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every article file of ``category``, in archive order, held-out ones left unread."""
    with tarfile.open(corpus, "r:gz") as tar:
        for member in tar:
            if member.isfile() and f"/{category}/" in member.name and not held_out_member(member.name):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read()


def ant_articles(corpus: Path, category: str, limit: int, stride: int = 1) -> list[Article]:
    """Every ``stride``-th article of ``category`` (all sources), up to ``limit``; deterministic."""
    settings = Settings(progress=False)
    env = ingest_env(settings)
    found: list[Article] = []
    for position, (name, data) in enumerate(ant_members(corpus, category)):
        if position % stride:
            continue
        read = kept(read_document(data, Path(name).name, settings, name, env))
        found.extend(a for a in read if isinstance(a, Article))
        if len(found) >= limit:
            break
    return found[:limit]


def run_timed(pipeline: Pipeline, articles: list[Article]) -> tuple[Counter[str], float, int]:
    """Seconds spent per stage, the total, and the number of events."""
    spent: Counter[str] = Counter()
    events = 0
    started = time.perf_counter()
    for article in articles:
        doc = Document(article)
        for stage in pipeline.stages:
            tick = time.perf_counter()
            doc = stage.func(doc, pipeline.context)
            spent[stage.name] += time.perf_counter() - tick
        events += len(doc.events)
    return spent, time.perf_counter() - started, events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--category", default="middleEast")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--stride", type=int, default=7, help="Take every N-th article, to mix the outlets.")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    articles = ant_articles(args.corpus, args.category, args.limit, args.stride)
    pipeline = Pipeline(Settings(progress=False))
    run_timed(pipeline, articles[:5])  # load the knowledge once, outside the measurement
    spent, total, events = run_timed(pipeline, articles)
    count = len(articles)
    log.info("articles: %d (%s, every %d-th), events: %d", count, args.category, args.stride, events)
    for name in (*WATCHED, *(n for n in spent if n not in WATCHED)):
        log.info("  %-12s %7.2f ms/article", name, 1000 * spent[name] / count)
    watched = sum(spent[n] for n in WATCHED)
    log.info("times+places: %.2f ms/article, %.0f articles/s", 1000 * watched / count, count / watched)
    log.info("full pipeline: %.2f ms/article, %.1f articles/s", 1000 * total / count, count / total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
