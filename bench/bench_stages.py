"""Per-stage time of the extraction pipeline on real news, cold and warm, to show where a document's time goes.

The first ``--warm`` articles of the ANT multisource corpus are run untimed (so per-process memos of word
analyses fill as they would in a long ingest), then the next ``--articles`` are timed stage by stage.
Prints milliseconds per article for each stage, the total, and articles/s on one core.
Held-out articles (reserved, eval/ant, eval/corpus; see bench/corpus.py) are skipped.

Run: .venv/bin/python bench/bench_stages.py [--warm 2000] [--articles 1000] [PATH ...]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from itertools import islice
from pathlib import Path

from corpus import kept

from rasid.ingest import iter_inputs
from rasid.pipeline import Pipeline
from rasid.records import Article, Document
from rasid.settings import load_settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_multisource"


def timed_run(pipeline: Pipeline, article: Article, spent: Counter[str]) -> None:
    doc = Document(article)
    for stage in pipeline.stages:
        started = time.perf_counter()
        doc = stage.func(doc, pipeline.context)
        spent[stage.name] += time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(p) for p in sorted(DEFAULT.glob("*.tar.gz"))])
    parser.add_argument("--warm", type=int, default=2000)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args(argv)
    settings = load_settings(progress=False)
    pipeline = Pipeline(settings)
    articles = (a for a in kept(iter_inputs(args.paths, settings)) if isinstance(a, Article) and a.language == "ar")
    started = time.perf_counter()
    for article in islice(articles, args.warm):
        pipeline(Document(article))
    print(f"warm-up: {args.warm} articles in {time.perf_counter() - started:.1f} s")
    spent: Counter[str] = Counter()
    count = 0
    for article in islice(articles, args.articles):
        timed_run(pipeline, article, spent)
        count += 1
    total = sum(spent.values())
    for name in settings.pipeline:
        print(f"{name:>14}: {1000 * spent[name] / count:7.2f} ms/article ({100 * spent[name] / total:4.1f}%)")
    print(f"{'total':>14}: {1000 * total / count:7.2f} ms/article; {count / total:.1f} articles/s on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
