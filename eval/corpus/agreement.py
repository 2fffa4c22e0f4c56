"""Inter-annotator agreement on the 30 articles coded twice, scored with rasid's own scorer.

Run: python eval/corpus/agreement.py   (then the two `rasid eval events --system` commands it prints)
Each annotator's required events are turned into system events (first listed root, first listed source and
target prefix, the sentence around the first cue as evidence) and scored against the other annotator's gold,
in both directions, lenient and strict. The first coder is the one whose events are in gold.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent
AGREEMENT = HERE / "agreement"
SENTENCE_END = re.compile(r"[.!?؟\n]")


def sentence_around(text: str, cue: str) -> str:
    at = text.find(cue)
    if at < 0:
        return cue
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end_match = SENTENCE_END.search(text, at + len(cue))
    return text[start:end_match.start() if end_match else len(text)].strip()


def as_system(event: dict, text: str) -> dict:
    def actor(prefixes: list[str]) -> dict | None:
        code = next((p for p in prefixes if p), "")
        return {"code": code} if code else None

    root = event["roots"][0]
    return {"doc_id": event["doc"], "root": root, "cameo": root + "0", "source": actor(event["source"]),
            "target": actor(event["target"]), "evidence": {"sentence": sentence_around(text, event["cues"][0])},
            "annotator_id": event["id"]}


def gold_file(events: list[dict], docs: list[str], outlets: dict[str, str]) -> dict:
    return {"format": "rasid-gold-1", "note": "one annotator's coding of the 30 second-coded eval/corpus articles",
            "outlets": {d: outlets[d] for d in docs}, "events": events, "network": {"required": []}}


def main() -> None:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    docs = gold["second_coded"]
    first = [e for e in gold["events"] if e["doc"] in set(docs)]
    second = [e for e in json.loads((AGREEMENT / "second-coder.json").read_text(encoding="utf-8"))
              if e["doc"] in set(docs)]
    texts = {d: (HERE / "docs" / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
    for name, events in (("first", first), ("second", second)):
        (AGREEMENT / f"{name}.gold.json").write_text(
            json.dumps(gold_file(events, docs, gold["outlets"]), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
        lines = [json.dumps(as_system(e, texts[e["doc"]]), ensure_ascii=False) for e in events if e["required"]]
        (AGREEMENT / f"{name}.system.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("rasid eval events --gold eval/corpus/agreement/first.gold.json "
          "--system eval/corpus/agreement/second.system.jsonl")
    print("rasid eval events --gold eval/corpus/agreement/second.gold.json "
          "--system eval/corpus/agreement/first.system.jsonl")


if __name__ == "__main__":
    main()
