"""Load check of the HTTP API: requests per second and p50/p99 latency for /api/events and /api/network.

Usage: python bench/bench_http.py [--db STORE] [--seconds 10] [--concurrency 1 8 32] [--workers 2]
Without --db, a store is made from the bundled seed articles. The server is the real `rasid serve`
(uvicorn, ``--workers`` processes) in its own process; the client is httpx with keep-alive, in threads of
this process (so at high concurrency the client's own CPU counts too: compare runs on one machine only).
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

EVENT_QUERIES = ("", "actor=LBYGOV", "actor=SYR", "root=19", "quad_class=4", "q=طرابلس", "dyad=LBYGOV,TUR",
                 "start=2018-03&end=2018-06", "offset=200", "sort=-date&limit=100", "place=Tripoli")
NETWORK_QUERIES = ("", "level=sector", "level=country", "start=2018-04&end=2018-04", "start=2020-05&end=2020-05")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seeds_store(folder: Path) -> Path:
    from rasid import api

    db = folder / "seeds.db"
    api.ingest(api.sample_paths(), db)
    return db


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    rasid = Path(sys.executable).with_name("rasid")
    process = subprocess.Popen([str(rasid), "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"server did not start: {process.stderr.read().decode() if process.stderr else ''}")


def hammer(base: str, path: str, queries: tuple[str, ...], seconds: float, concurrency: int) -> dict[str, float]:
    """Requests from ``concurrency`` threads for ``seconds``; every response must be 200."""
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(offset: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            for query in itertools.islice(itertools.cycle(queries), offset, None):
                if time.monotonic() >= stop:
                    return
                start = time.perf_counter()
                status = client.get(f"{path}?{query}" if query else path).status_code
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    if status != 200:
                        failures.append(status)

    began = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    ordered = sorted(latencies)
    return {"requests": len(ordered), "failures": len(failures), "rps": len(ordered) / wall,
            "p50_ms": statistics.median(ordered) * 1000,
            "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="Store to serve (default: one made from the seed articles).")
    parser.add_argument("--seconds", type=float, default=10.0, help="Duration of each scenario.")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--workers", type=int, default=1, help="Server processes (rasid serve --workers).")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="rasid-bench-http-") as tmp:
        db = args.db or seeds_store(Path(tmp))
        if not db.exists():
            sys.exit(f"no store at {db}")
        port = free_port()
        server = start_server(db, port, args.workers)
        base = f"http://127.0.0.1:{port}"
        try:
            counts = httpx.get(f"{base}/api/events?limit=1").json()["total"]
            edges = len(httpx.get(f"{base}/api/network", timeout=60).json()["edges"])
            print(f"store {db}: {counts} merged events, {edges} network edges; {args.workers} server worker(s), "
                  f"{os.cpu_count()} CPUs")
            print(f"{'endpoint':14} {'conc':>4} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'fail':>4}")
            for path, queries in (("/api/events", EVENT_QUERIES), ("/api/network", NETWORK_QUERIES)):
                for concurrency in args.concurrency:
                    r = hammer(base, path, queries, args.seconds, concurrency)
                    print(f"{path:14} {concurrency:>4} {r['requests']:>8} {r['rps']:>8.1f} {r['p50_ms']:>8.1f} "
                          f"{r['p99_ms']:>8.1f} {r['failures']:>4}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
