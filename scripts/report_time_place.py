"""Report how rasid dates and places events on the ANT multisource corpus (articles with real publication dates).

Gives the share of events dated from the text (not the publication date), the share with a location, the
breakdown by date method and place role, and writes two random samples (dated events, located events) with
their evidence to bench/out/ for hand-checking.
Run: .venv/bin/python scripts/report_time_place.py [--limit 600] [--sample 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from collections import Counter
from pathlib import Path

from rasid.pipeline import Pipeline
from rasid.records import Document, Event
from rasid.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from bench_time_place import DEFAULT_CORPUS, ant_articles  # noqa: E402

log = logging.getLogger("report_time_place")
OUT = ROOT / "bench" / "out"
FROM_TEXT = frozenset({"absolute", "anchor", "relative", "weekday", "part", "hijri", "paragraph"})


def coded_documents(limit: int, stride: int, category: str) -> list[Document]:
    pipeline = Pipeline(Settings(progress=False))
    return [pipeline(Document(a)) for a in ant_articles(DEFAULT_CORPUS, category, limit, stride)]


def event_row(doc: Document, event: Event) -> dict[str, object]:
    place = event.location
    published = doc.article.published
    return {
        "doc": doc.article.origin, "published": published.isoformat() if published else None,
        "sentence": " ".join(event.sentence.split()), "trigger": event.trigger, "cameo": event.cameo,
        "date": event.date, "date_text": event.date_text, "precision": event.date_precision,
        "method": event.date_method,
        "place": None if place is None else {"text": place.text, "name": place.name, "country": place.country,
                                             "feature": place.feature, "role": place.role,
                                             "lat": place.lat, "lon": place.lon},
    }


def shares(docs: list[Document]) -> dict[str, object]:
    events = [e for d in docs for e in d.events]
    total = max(len(events), 1)
    dated = sum(e.date_method in FROM_TEXT for e in events)
    located = sum(e.location is not None for e in events)
    return {
        "articles": len(docs), "events": len(events),
        "dated_from_text": dated, "dated_from_text_share": round(dated / total, 3),
        "located": located, "located_share": round(located / total, 3),
        "date_methods": dict(Counter(e.date_method for e in events).most_common()),
        "place_roles": dict(Counter(e.location.role for e in events if e.location).most_common()),
        "place_features": dict(Counter(e.location.feature for e in events if e.location).most_common()),
        "articles_with_timezone": sum(bool(d.article.published and d.article.published.utcoffset() is not None)
                                      for d in docs),
    }


def sample(docs: list[Document], wanted, size: int, rng: random.Random) -> list[dict[str, object]]:
    pool = [(d, e) for d in docs for e in d.events if wanted(e)]
    return [event_row(d, e) for d, e in rng.sample(pool, min(size, len(pool)))]


def write_markdown(path: Path, title: str, rows: list[dict[str, object]]) -> None:
    lines = [f"# {title}", ""]
    for number, row in enumerate(rows, 1):
        place = row["place"] or {}
        lines += [f"## {number}. {row['doc']} (published {row['published']})",
                  f"- sentence: {row['sentence']}", f"- trigger: {row['trigger']} ({row['cameo']})",
                  f"- date: {row['date']} ({row['precision']}, {row['method']}) from «{row['date_text']}»",
                  f"- place: «{place.get('text')}» -> {place.get('name')}, {place.get('country')} "
                  f"({place.get('feature')}, {place.get('role')})", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--stride", type=int, default=5)
    parser.add_argument("--category", default="middleEast")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    docs = coded_documents(args.limit, args.stride, args.category)
    report = shares(docs)
    rng = random.Random(args.seed)
    dated = sample(docs, lambda e: e.date_method in FROM_TEXT, args.sample, rng)
    located = sample(docs, lambda e: e.location is not None, args.sample, rng)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "time_place_report.json").write_text(json.dumps({"shares": report, "dated_sample": dated,
                                                            "located_sample": located}, ensure_ascii=False,
                                                           indent=1), encoding="utf-8")
    write_markdown(OUT / "time_place_dated_sample.md", "Events dated from the text", dated)
    write_markdown(OUT / "time_place_located_sample.md", "Located events", located)
    log.info("%s", json.dumps(report, ensure_ascii=False, indent=1))
    log.info("samples written to %s", OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
