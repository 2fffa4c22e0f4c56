"""Assemble eval/corpus/gold.json from the annotation batches and the draw.

Run: python eval/corpus/build_gold.py
Reads draw.json (documents, outlets, splits) and annotations/batch-*.json (the primary coding of every
article), and writes gold.json in the rasid-gold-1 format with split.dev, split.test and an outlet per
document. The second coder's file (agreement/second-coder.json) is never merged: it is only used to measure
agreement (agreement.py). Nothing here reads rasid's output.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
OUTLETS = {"AL": "Al Arabiya", "BB": "BBC Arabic", "CN": "CNN Arabic", "FR": "France 24",
           "SK": "Sky News Arabia", "JA": "Jawhara FM"}


def load_batches() -> list[dict]:
    events: list[dict] = []
    for path in sorted(HERE.glob("annotations/batch-*.json"), key=lambda p: int(p.stem.split("-")[1])):
        events += json.loads(path.read_text(encoding="utf-8"))
    return events


def build() -> dict:
    rows = json.loads((HERE / "draw.json").read_text(encoding="utf-8"))["documents"]
    drawn = {row["doc"] for row in rows}
    events = [e for e in load_batches() if e["doc"] in drawn]
    split = {name: sorted(r["doc"] for r in rows if r["split"] == name) for name in ("dev", "test")}
    return {
        "format": "rasid-gold-1",
        "note": (f"eval/corpus: {len(rows)} articles from six outlets drawn by eval/corpus/draw.py and coded by hand "
                 "from the text and the codebook (GUIDELINES.md); split.dev for error analysis and tuning, split.test "
                 "locked (scored only at the start and end of a round of work)"),
        "split": split,
        "outlets": {r["doc"]: OUTLETS[r["outlet"]] for r in sorted(rows, key=lambda r: r["doc"])},
        "second_coded": sorted(r["doc"] for r in rows if r["second_coded"]),
        "events": events,
        "network": {"required": []},
    }


def main() -> None:
    gold = build()
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    required = sum(1 for e in gold["events"] if e["required"])
    print(f"gold.json: {len(gold['outlets'])} documents, {len(gold['events'])} events, {required} required; "
          f"dev {len(gold['split']['dev'])}, test {len(gold['split']['test'])}")


if __name__ == "__main__":
    main()
