"""Check an annotation file of eval/corpus before it is merged into gold.json (format, codes, cues).

Run: python eval/corpus/check_annotations.py eval/corpus/annotations/batch-1.json
It reads only the annotation file and the article texts (from the docs/ folder beside annotations/, so it checks
eval/train batches too); it never runs rasid.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DOCS = Path(__file__).parent / "docs"
CODE_RE = re.compile(r"^([A-Z]{3}([A-Z]{3})*)?$")
ROOT_RE = re.compile(r"^(0[1-9]|1[0-9]|20)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
KEYS = {"id", "doc", "required", "source", "target", "roots", "undirected", "date", "gloss", "cues"}


def problems_of(event: dict, texts: dict[str, str], docs: Path = DOCS) -> list[str]:
    found: list[str] = []
    missing = KEYS - event.keys()
    if missing:
        found.append(f"missing keys {sorted(missing)}")
    doc = event.get("doc", "")
    if doc not in texts:
        path = docs / f"{doc}.txt"
        if not path.exists():
            return [*found, f"no article {path}"]
        texts[doc] = path.read_text(encoding="utf-8")
    for side in ("source", "target"):
        codes = event.get(side)
        if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and CODE_RE.match(c) for c in codes):
            found.append(f"{side} must be a non-empty list of code prefixes, got {codes!r}")
    roots = event.get("roots")
    if not isinstance(roots, list) or not roots or not all(isinstance(r, str) and ROOT_RE.match(r) for r in roots):
        found.append(f"roots must be two-digit CAMEO roots, got {roots!r}")
    if event.get("date") is not None and not DATE_RE.match(str(event.get("date"))):
        found.append(f"date must be YYYY-MM-DD, YYYY-MM or null, got {event.get('date')!r}")
    cues = event.get("cues")
    if not isinstance(cues, list) or not cues:
        found.append("cues must be a non-empty list")
    else:
        found += [f"cue not in the article: {cue!r}" for cue in cues if cue not in texts[doc]]
    return found


def check(path: Path) -> int:
    events = json.loads(path.read_text(encoding="utf-8"))
    events = events["events"] if isinstance(events, dict) else events
    texts: dict[str, str] = {}
    ids: set[str] = set()
    bad = 0
    for event in events:
        issues = problems_of(event, texts, path.resolve().parent.parent / "docs")
        if event.get("id") in ids:
            issues.append("duplicate id")
        ids.add(event.get("id"))
        for issue in issues:
            bad += 1
            sys.stdout.write(f"{event.get('id')}: {issue}\n")
    required = sum(1 for e in events if e.get("required"))
    sys.stdout.write(f"{path}: {len(events)} events, {required} required, {len(texts)} documents, {bad} problems\n")
    return bad


if __name__ == "__main__":
    sys.exit(1 if sum(check(Path(p)) for p in sys.argv[1:]) else 0)
