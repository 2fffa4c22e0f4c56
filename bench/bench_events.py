"""Time the ``events`` stage alone: sentences/s and ms/article on ANT middleEast news.

The stages before it (sentences, tokens, mentions) run once, untimed; then the events stage runs over the
prepared documents ``--repeat`` times and the best run is reported, so the figure is the coder's own cost.
Articles are ``--limit`` middleEast members of the ANT multisource tarball taken at an even stride over
the sorted member names (so every outlet is sampled), so runs are comparable before and after a change.
Time is process CPU time, which other work on the machine disturbs less than wall time.
Held-out articles (reserved, eval/ant, eval/corpus; see bench/corpus.py) are skipped.

Usage: .venv/bin/python bench/bench_events.py [--tar PATH] [--limit 500] [--repeat 2] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tarfile
import time
from pathlib import Path

from corpus import held_out_member, kept

from rasid.events.stages import run_events
from rasid.ingest.document import read_document
from rasid.pipeline import Pipeline
from rasid.records import Article, Document, Event
from rasid.settings import Settings

DEFAULT_TAR = (Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant_multisource"
               / "antcorpus_multisource.tar.gz")
PREPARE = ("sentences", "tokens", "mentions")


def middle_east_articles(tar_path: Path, limit: int, settings: Settings) -> list[Article]:
    """``limit`` middleEast articles at an even stride over the sorted member names."""
    with tarfile.open(tar_path, "r:gz") as archive:
        members = sorted((m for m in archive.getmembers() if m.isfile() and "/middleEast/" in m.name
                          and not held_out_member(m.name)),
                         key=lambda m: m.name)
        articles: list[Article] = []
        for member in members[::max(1, len(members) // limit)]:
            data = archive.extractfile(member).read()
            articles += [a for a in kept(read_document(data, member.name, settings)) if isinstance(a, Article)]
            if len(articles) >= limit:
                break
    return articles[:limit]


def prepare(articles: list[Article], settings: Settings) -> tuple[list[Document], Pipeline]:
    pipeline = Pipeline(Settings(pipeline=PREPARE, progress=False))
    return [pipeline(Document(a)) for a in articles], pipeline


def time_events(docs: list[Document], pipeline: Pipeline) -> tuple[float, list[str]]:
    """CPU seconds for the events stage over ``docs``, and one line per event (for --dump)."""
    started = time.process_time()
    coded = [run_events(doc, pipeline.context) for doc in docs]
    elapsed = time.process_time() - started
    return elapsed, [_line(e) for doc in coded for e in doc.events]


def _line(event: Event) -> str:
    codes = [r.code if r else "-" for r in (event.source, event.target)]
    return "\t".join([event.doc_id, str(event.trigger_start), event.cameo, *codes, event.modality, event.trigger])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tar", type=Path, default=DEFAULT_TAR)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--profile", action="store_true", help="Print the 25 costliest functions.")
    parser.add_argument("--dump", type=Path, help="Write one line per event here (to diff two versions).")
    args = parser.parse_args(argv)
    if not args.tar.exists():
        print(f"no corpus at {args.tar}; pass --tar", file=sys.stderr)
        return 2
    settings = Settings(progress=False)
    docs, pipeline = prepare(middle_east_articles(args.tar, args.limit, settings), settings)
    if docs:
        run_events(docs[0], pipeline.context)  # load the lexicon and ontology outside the timed runs
    sentences = sum(len(d.sentences) for d in docs)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(time_events, docs, pipeline)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    runs = [time_events(docs, pipeline) for _ in range(max(1, args.repeat))]
    elapsed, lines = min(runs, key=lambda run: run[0])
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"articles: {len(docs)}  sentences: {sentences}  events: {len(lines)}")
    print(f"events stage: {elapsed:.2f} s  {sentences / elapsed:.0f} sentences/s  "
          f"{1000 * elapsed / max(1, len(docs)):.1f} ms/article (CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
