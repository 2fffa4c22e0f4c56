"""Read and validate a gold file (format ``rasid-gold-1``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasid.errors import EvalError

GOLD_FORMAT = "rasid-gold-1"
EVENT_KEYS = ("id", "doc", "source", "target", "roots")


def load_gold(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EvalError(f"gold file not found: {path}") from exc
    except json.JSONDecodeError as exc:
        raise EvalError(f"gold file {path} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if data.get("format") != GOLD_FORMAT:
        raise EvalError(f"gold file {path} has format {data.get('format')!r}; expected {GOLD_FORMAT!r}")
    for index, event in enumerate(data.get("events", [])):
        absent = [k for k in EVENT_KEYS if k not in event]
        if absent:
            raise EvalError(f"gold event #{index} in {path} lacks {', '.join(absent)}")
    return data


SPLITS = ("dev", "test")


def split_documents(gold: dict[str, Any], split: str | None) -> set[str] | None:
    """The document ids of ``split`` in the gold file (None when no split is asked for)."""
    if split is None:
        return None
    if split not in SPLITS:
        raise EvalError(f"unknown split {split!r}; choose one of: {', '.join(SPLITS)}")
    listed = gold.get("split", {}).get(split)
    if not listed:
        raise EvalError(f"the gold file has no split.{split} list of documents")
    return set(listed)
