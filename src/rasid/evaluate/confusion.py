"""A confusion report by CAMEO root, so that weak event categories are visible.

For each gold root (a gold event's first listed root): how many required gold events were matched and
missed, and for the missed ones what the system coded in the gold event's evidence sentences instead (the
sentences holding one of its cues): another root, the same root with other actors ("04 actors"), or
nothing. System events that match no gold event are counted by their own root.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rasid.evaluate.score import GoldEvent, SystemEvent, cue_matches, score_events

NOTHING = "nothing"
SAME_ROOT = "actors"


@dataclass
class RootRow:
    root: str
    gold: int = 0
    matched: int = 0
    instead: Counter[str] = field(default_factory=Counter)  # what the system coded for the missed ones

    @property
    def missed(self) -> int:
        return self.gold - self.matched


@dataclass(frozen=True)
class ConfusionReport:
    mode: str
    rows: tuple[RootRow, ...]
    false_positives: dict[str, int]  # system root -> events that matched no gold event

    def to_json(self) -> dict[str, object]:
        return {"mode": self.mode, "false_positives": dict(self.false_positives),
                "roots": [{"root": r.root, "gold": r.gold, "matched": r.matched, "missed": r.missed,
                           "instead": dict(r.instead)} for r in self.rows]}


def _gold_root(gold: GoldEvent) -> str:
    return str(gold["roots"][0]) if gold.get("roots") else "?"


def _sentence(system: SystemEvent) -> str:
    return str((system.get("evidence") or {}).get("sentence", ""))


def coded_instead(gold: GoldEvent, system: Sequence[SystemEvent]) -> list[str]:
    """Labels for what the system coded in the sentences of a missed gold event."""
    labels = []
    for event in system:
        if event.get("doc_id") != gold["doc"] or not cue_matches(gold.get("cues", ()), _sentence(event)):
            continue
        root = str(event.get("root") or "")
        labels.append(f"{root} {SAME_ROOT}" if root in gold["roots"] else root)
    return labels or [NOTHING]


def confusion_by_root(gold_events: Iterable[GoldEvent], system_events: Iterable[SystemEvent],
                      strict: bool = False, doc_ids: Iterable[str] | None = None) -> ConfusionReport:
    """Matched, missed and coded-instead counts per gold root, and false positives per system root."""
    gold, system = list(gold_events), list(system_events)
    docs = sorted(set(doc_ids)) if doc_ids is not None else None
    score = score_events(gold, system, strict, docs)
    matched = {m.gold_id for m in score.matches}
    rows: dict[str, RootRow] = defaultdict(lambda: RootRow(""))
    for event in (g for g in gold if g.get("required", True) and (docs is None or g["doc"] in docs)):
        row = rows[_gold_root(event)]
        row.root, row.gold = _gold_root(event), row.gold + 1
        if event["id"] in matched:
            row.matched += 1
        else:
            row.instead.update(coded_instead(event, system))
    positives = Counter(str(s.get("root") or "") for s in score.false_positives)
    return ConfusionReport("strict" if strict else "lenient", tuple(rows[r] for r in sorted(rows)),
                           dict(sorted(positives.items())))


def render_confusion(report: ConfusionReport) -> str:
    """Plain-text table: one line per gold root, then the false positives by root."""
    lines = [f"confusion by root ({report.mode}): gold matched missed | coded instead for the missed"]
    for row in report.rows:
        instead = ", ".join(f"{label} x{n}" for label, n in row.instead.most_common())
        lines.append(f"  {row.root:>3}  {row.gold:>3} {row.matched:>4} {row.missed:>4}  | {instead}".rstrip(" |"))
    positives = ", ".join(f"{root} x{n}" for root, n in report.false_positives.items()) or "none"
    lines.append(f"  false positives by system root: {positives}")
    return "\n".join(lines)
