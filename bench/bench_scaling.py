"""How coding cost grows with document size: repeated units (a title noun, a verb) and real news text.

For each size the pipeline codes one document and the CPU seconds of the calling thread are printed with the
ratio to the previous size: a ratio near the size ratio (2 when sizes double) is linear growth, near 4
quadratic. The per-document budget (``document_cpu_seconds``) is switched off here so the full cost shows;
documents over ``max_sentence_words`` words in one sentence are still refused by the pipeline, which is the
cap itself, so the repeated units are measured in sentences of at most that many words joined by full stops.

Run: .venv/bin/python bench/bench_scaling.py [--sizes 500 1000 2000 4000 8000] [--real-kb 50 100 200 400]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rasid.pipeline import Pipeline
from rasid.records import Article, Document
from rasid.settings import Settings

SEEDS = Path(__file__).resolve().parents[1] / "src" / "rasid" / "samples" / "seeds"
UNITS = {"title noun": "الرئيس ", "verb": "هاجم ", "actor phrase": "وزير الخارجية الإيطالي "}


def cpu_seconds(pipeline: Pipeline, text: str) -> tuple[float, int, int]:
    started = time.thread_time()
    doc = pipeline(Document(Article(id="bench", text=text)))
    return time.thread_time() - started, len(doc.events), len(doc.errors)


def repeated(unit: str, count: int, sentence_words: int) -> str:
    per_sentence = max(1, sentence_words // max(1, len(unit.split())) - 1)
    sentences, left = [], count
    while left > 0:
        take = min(per_sentence, left)
        sentences.append("استقبل " + unit * take)
        left -= take
    return ". ".join(s.strip() for s in sentences) + "."


def real_text(kilobytes: int) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    copies = max(1, kilobytes * 1024 // len(seeds.encode("utf-8")) + 1)
    return ("\n\n".join([seeds] * copies))[: kilobytes * 1024 // 2]  # Arabic is about 2 bytes a character


def report(label: str, rows: list[tuple[int, float, int, int]], unit: str) -> None:
    print(f"\n{label}")
    previous = None
    for size, seconds, events, errors in rows:
        ratio = f"x{seconds / previous:.2f}" if previous else ""
        print(f"  {size:>7} {unit:<6} {seconds:8.3f} s  {ratio:>6}  events {events:5d}  errors {errors}")
        previous = seconds if seconds > 0 else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000, 8000])
    parser.add_argument("--real-kb", type=int, nargs="+", default=[50, 100, 200, 400])
    parser.add_argument("--single-sentence", action="store_true",
                        help="put each repeated unit run in one sentence (shows the sentence cap at work)")
    args = parser.parse_args()
    settings = Settings().with_(document_cpu_seconds=0)
    pipeline = Pipeline(settings)
    pipeline(Document(Article(id="warm", text="استقبل الرئيس التونسي وزير الخارجية الفرنسي.")))
    words = 10**9 if args.single_sentence else settings.max_sentence_words
    for name, unit in UNITS.items():
        rows = [(n, *cpu_seconds(pipeline, repeated(unit, n, words))) for n in args.sizes]
        report(f"repeated {name} ({unit.strip()})", rows, "units")
    rows = [(kb, *cpu_seconds(pipeline, real_text(kb))) for kb in args.real_kb]
    report("real news text (the seed articles, repeated)", rows, "KB")


if __name__ == "__main__":
    main()
