"""Ingest on a 2-worker Dask LocalCluster on 127.0.0.1: articles/s and peak RSS (printed, never asserted).

Usage: python bench/bench_dask.py [PATH ...] [--workers 2] [--limit N] [--category middleEast] [--db FILE]
       [--scheduler tcp://host:8786]   # an existing cluster instead of a LocalCluster
The cluster uses worker processes with one thread each (the pipeline is pure Python); the peak RSS counts
the driver, the nanny and worker processes together. Same inputs and figures as bench_ingest_store.py,
which skips the held-out articles (reserved, eval/ant, eval/corpus).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_ingest_store


def main() -> None:
    args = sys.argv[1:]
    if "--engine" not in args:
        args = ["--engine", "dask", *args]
    if "--workers" not in args:
        args = ["--workers", "2", *args]
    sys.argv = [sys.argv[0], *args]
    bench_ingest_store.main()


if __name__ == "__main__":
    main()
