"""Assemble eval/train/gold.json (format rasid-gold-1, one split "train") from the draw and the coded batches.

Run: python eval/train/build_gold.py
Only articles whose batch has been coded are included. The file is for training the learned event coder
(scripts/train_event_model.py --train-only); it is never scored.
"""

from __future__ import annotations

import json
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

HERE = Path(__file__).parent


def _corpus_outlets() -> dict[str, str]:
    """eval/corpus's outlet names (its build_gold.py): one table for both gold files."""
    spec = spec_from_file_location("corpus_build_gold", HERE.parent / "corpus" / "build_gold.py")
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.OUTLETS


OUTLETS = _corpus_outlets()


def coded_batches() -> dict[int, list[dict]]:
    return {int(p.stem.split("-")[1]): json.loads(p.read_text(encoding="utf-8"))
            for p in HERE.glob("annotations/batch-*.json")}


def build() -> dict:
    rows = json.loads((HERE / "draw.json").read_text(encoding="utf-8"))["documents"]
    batches = coded_batches()
    rows = [r for r in rows if r["batch"] in batches]
    drawn = {r["doc"] for r in rows}
    first = {}  # an article drawn twice (Jawhara FM's "92", in batches 35 and 83) keeps its first batch's coding
    for row in sorted(rows, key=lambda r: r["batch"]):
        first.setdefault(row["doc"], row["batch"])
    events = [e for number in sorted(batches) for e in batches[number] if first.get(e["doc"]) == number]
    return {
        "format": "rasid-gold-1",
        "note": (f"eval/train: {len(rows)} articles drawn by eval/train/draw.py, disjoint from eval/corpus, eval/ant "
                 "and the reserved articles, coded by hand from the text, the codebook and "
                 "eval/corpus/GUIDELINES.md; for training only, never scored"),
        "split": {"train": sorted(drawn)},
        "outlets": {r["doc"]: OUTLETS[r["outlet"]] for r in sorted(rows, key=lambda r: r["doc"])},
        "events": events,
        "network": {"required": []},
    }


def main() -> None:
    gold = build()
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    required = sum(1 for e in gold["events"] if e["required"])
    print(f"gold.json: {len(gold['outlets'])} documents, {len(gold['events'])} events, {required} required")


if __name__ == "__main__":
    main()
