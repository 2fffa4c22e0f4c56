"""Fuzz ingest and the pipeline with seeded hostile documents and count what went wrong.

Each document is built from real news words, odd code points and digit runs (tests/fuzz/strategies.py), in a
random input format (plain text, JSON lines with surrogate escapes and NUL bytes, HTML nested past the parser's
depth limit, raw bytes). Prints documents read, internal errors (E999 or an exception out of extract), span
offsets that do not slice the text, and over-budget documents (E110).

Run: .venv/bin/python bench/bench_fuzz.py [--documents 2000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz.make_corpus import POISON, random_text

from rasid.api import extract
from rasid.records import ErrorRecord
from rasid.settings import Settings


def fuzz_document(rng: random.Random, index: int) -> tuple[str, bytes]:
    kind = rng.choice(("txt", "txt", "jsonl", "html", "bytes"))
    text = random_text(rng, rng.randint(1, 300))
    if rng.random() < 0.2:
        text = rng.choice(POISON) + " " + text
    if kind == "jsonl":
        lines = [json.dumps({"id": f"{index}-{i}", "text": random_text(rng, 20)}) for i in range(3)]
        surrogate = f"\\ud8{rng.randrange(256):02x}"
        lines.insert(rng.randrange(4), '{"id": "' + f"{index}-s" + '", "text": "' + surrogate + " " + POISON[0] + '"}')
        if rng.random() < 0.5:
            lines.insert(rng.randrange(5), '{"id": "nul", "text": "a\x00b"}')
        return f"{index}.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == "html":
        depth = rng.choice((5, 300, 600))
        body = "<div>" * depth + f"<p>{text}</p>" + "</div>" * depth
        return f"{index}.html", f"<html><body>{body}</body></html>".encode("utf-8", "surrogatepass")
    if kind == "bytes":
        return f"{index}.txt", bytes(rng.randrange(256) for _ in range(rng.randint(0, 400)))
    return f"{index}.txt", text.encode("utf-8", "surrogatepass")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for index in range(args.documents):
            name, data = fuzz_document(rng, index)
            (Path(folder) / name).write_bytes(data)
        started = time.perf_counter()
        try:
            for item in extract([folder], Settings(progress=False)):
                if isinstance(item, ErrorRecord):
                    counts[f"error {item.code}"] += 1
                    continue
                counts["documents coded"] += 1
                text = item.text
                bad = sum(text[m.start:m.end] != m.text for m in item.mentions)
                bad += sum(text[t.start:t.end] != t.text for t in item.times)
                bad += sum(text[e.sentence_start:e.sentence_end] != e.sentence for e in item.events)
                counts["offset mismatches"] += bad
                for err in item.errors:
                    counts[f"error {err.code}"] += 1
        except Exception as exc:  # the figure this benchmark exists to report
            counts["exceptions out of extract"] += 1
            print(f"extract raised {type(exc).__name__}: {exc}")
        elapsed = time.perf_counter() - started
    print(f"fuzzed inputs: {args.documents} files (seed {args.seed}), {elapsed:.1f} s")
    for key in sorted(counts):
        print(f"  {key}: {counts[key]}")
    print(f"  exceptions out of extract: {counts['exceptions out of extract']}; internal errors (E999): "
          f"{counts['error E999']}; offset mismatches: {counts['offset mismatches']}; over budget (E110): "
          f"{counts['error E110']}")


if __name__ == "__main__":
    main()
