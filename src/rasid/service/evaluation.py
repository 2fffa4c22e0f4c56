"""Scoring rasid against gold data (``rasid eval events``), and the bundled seed articles with their gold."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from rasid.dedupe import merge_events
from rasid.errors import EvalError
from rasid.evaluate.gold import load_gold, split_documents
from rasid.evaluate.score import score_events, score_network
from rasid.network import build_network
from rasid.records import ErrorRecord
from rasid.service.ingest import extract
from rasid.settings import Settings


def sample_paths() -> list[Path]:
    """The bundled seed articles (see rasid/samples/seeds/SOURCE.md)."""
    root = Path(str(resources.files("rasid.samples").joinpath("seeds")))
    return sorted(root.glob("*.txt"))


def sample_gold() -> Path:
    return Path(str(resources.files("rasid.samples").joinpath("seed-gold.json")))


@dataclass(frozen=True)
class EvalReport:
    lenient: Any  # rasid.evaluate.score.EventScore
    strict: Any
    relations: list[Any]
    documents: int
    errors: list[ErrorRecord]
    system_events: list[dict[str, Any]]
    doc_ids: list[str]
    outlets: dict[str, str] = field(default_factory=dict)  # doc id -> outlet
    by_outlet: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # outlet -> (lenient, strict)

    def summary(self) -> dict[str, Any]:
        return {"documents": self.documents, "lenient": self.lenient.summary(), "strict": self.strict.summary(),
                "per_outlet": {name: {"documents": sum(1 for d in self.doc_ids if self.outlets.get(d) == name),
                                      "lenient": pair[0].summary(), "strict": pair[1].summary()}
                               for name, pair in sorted(self.by_outlet.items())},
                "network": {"required": len(self.relations), "correct": sum(r.ok for r in self.relations)},
                "errors": len(self.errors)}


def evaluate_events(gold_path: str | Path, paths: Iterable[str | Path], settings: Settings | None = None,
                    pubdate: date | None = None, split: str | None = None,
                    system_path: str | Path | None = None) -> EvalReport:
    """Extract ``paths`` and score them against the gold file, lenient and strict, overall and per outlet,
    plus the network.

    ``split`` ("dev" or "test") keeps the documents the gold file lists under that split (others are not
    coded). ``system_path`` scores the events of a JSON-lines file instead of running rasid (another system,
    or one annotator against another); its documents are the gold file's (or the split's).
    """
    gold = load_gold(gold_path)
    settings = settings or Settings()
    wanted = split_documents(gold, split)
    if system_path is not None:
        system = _read_system_events(system_path)
        listed = set(gold.get("outlets", {})) or {e["doc"] for e in gold["events"]} | {e["doc_id"] for e in system}
        doc_ids = sorted(wanted if wanted is not None else listed)
        return _scored(gold, system, doc_ids, [], dict(gold.get("outlets", {})), settings)
    docs, errors = [], []
    for item in extract(paths, settings, pubdate, only=wanted):
        (errors if isinstance(item, ErrorRecord) else docs).append(item)
    outlets = {d.id: d.article.source for d in docs} | dict(gold.get("outlets", {}))
    doc_ids = sorted(wanted) if wanted is not None else [d.id for d in docs]
    return _scored(gold, [e.to_json() for d in docs for e in d.events], doc_ids, errors, outlets, settings)


def _read_system_events(path: str | Path) -> list[dict[str, Any]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as exc:
        raise EvalError(f"cannot read system events from {path}: {exc}; give a JSON-lines file of events") from exc


def _scored(gold: dict[str, Any], system: list[dict[str, Any]], doc_ids: list[str], errors: list[ErrorRecord],
            outlets: dict[str, str], settings: Settings) -> EvalReport:
    merged = [m.to_json() for m in merge_events(system, window_days=settings.merge_window_days)]
    relations = score_network(gold.get("network", {}).get("required", []),
                              build_network(merged).to_json()["edges"])
    by_outlet = {}
    for name in sorted({outlets[d] for d in doc_ids if outlets.get(d)}):
        ids = [d for d in doc_ids if outlets.get(d) == name]
        by_outlet[name] = (score_events(gold["events"], system, False, ids),
                           score_events(gold["events"], system, True, ids))
    return EvalReport(score_events(gold["events"], system, False, doc_ids),
                      score_events(gold["events"], system, True, doc_ids), relations, len(doc_ids), errors, system,
                      doc_ids, outlets, by_outlet)
