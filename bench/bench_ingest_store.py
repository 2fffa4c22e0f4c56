"""Ingest into the store: articles/s and peak memory, single process, a local process pool, or a Dask cluster.

Usage:
  python bench/bench_ingest_store.py [PATH ...] [--engine local|dask] [--workers N] [--limit N] [--db FILE]
         [--extract-only] [--category middleEast]
Default PATH is the ANT multisource corpus. The chosen articles (``--limit``, ``--category``) are written to
a temporary JSON-lines file first, so every engine reads the same input. ``--engine dask`` without
``--scheduler`` starts a LocalCluster of ``--workers`` worker processes on 127.0.0.1. Peak RSS is sampled
over this process and all its children (pool or cluster workers) together. Figures are printed, never
asserted.
Held-out articles (reserved, eval/ant, eval/corpus; see bench/corpus.py) are skipped: the chosen articles
always go through the JSON-lines file, even without ``--limit`` or ``--category``.
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
import threading
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import psutil
from corpus import kept

from rasid.ingest import iter_inputs
from rasid.records import Article
from rasid.service.ingest import run_ingest
from rasid.settings import Settings, load_settings
from rasid.store import Store

DEFAULT = Path("/work/shared/data/news/ant_multisource/antcorpus_multisource.tar.gz")


class PeakRss:
    """Samples the resident memory of this process tree (driver plus workers) every ``interval`` seconds."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval, self.peak, self.peak_single = interval, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(self.interval):
            sizes = []
            for proc in [me, *me.children(recursive=True)]:
                try:
                    sizes.append(proc.memory_info().rss)
                except psutil.Error:
                    continue
            self.peak = max(self.peak, sum(sizes))
            self.peak_single = max(self.peak_single, max(sizes, default=0))


def selected_articles(paths: list[str], limit: int | None, category: str | None) -> Iterator[Article]:
    articles = (a for a in kept(iter_inputs(paths, Settings())) if isinstance(a, Article))
    if category:
        articles = (a for a in articles if f"/{category}/" in a.origin)
    return islice(articles, limit)


def write_jsonl(articles: Iterator[Article], target: Path) -> int:
    count = 0
    with target.open("w", encoding="utf-8") as out:
        for a in articles:
            record = {"id": a.id, "title": a.title, "text": a.text, "source": a.source, "url": a.url,
                      "published": a.published.isoformat() if a.published else None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def run(args: argparse.Namespace, inputs: list[str], db: Path) -> dict[str, object]:
    client = cluster = None
    if args.engine == "dask" and not args.scheduler:
        from distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        with PeakRss() as rss:
            started = time.perf_counter()
            report = run_ingest(inputs, db, load_settings().with_(progress=False), engine=args.engine,
                                scheduler=args.scheduler, workers=args.workers, client=client)
            elapsed = time.perf_counter() - started
    finally:
        if client is not None:
            client.close()
            cluster.close()
    with Store.open(db, readonly=True) as store:
        counts = store.counts()
    return {"engine": args.engine, "workers": args.workers, "documents": report.documents,
            "events": report.events, "errors": len(report.errors), "seconds": round(elapsed, 1),
            "articles_per_s": round(report.documents / elapsed, 2), "peak_rss_total_mb": rss.peak // 2**20,
            "peak_rss_largest_process_mb": rss.peak_single // 2**20, "store": counts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--scheduler", default="")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--category", default=None, help="Only ANT articles of this category (e.g. middleEast).")
    parser.add_argument("--db", default=None, help="Store to write (default: a temporary file).")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        subset = Path(tmp) / "subset.jsonl"
        print(f"selected articles: {write_jsonl(selected_articles(args.paths, args.limit, args.category), subset)}")
        inputs = [str(subset)]
        db = Path(args.db) if args.db else Path(tmp) / "bench.db"
        for key, value in run(args, inputs, db).items():
            print(f"{key:>28}: {value}")


if __name__ == "__main__":
    main()
