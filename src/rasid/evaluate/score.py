"""Score system events against gold events with the rules of ``shared/eval/README.md``.

Pure functions over plain dicts (the JSON shapes of the scorer), so any system's output can be scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasid.text.normalize import normalize_key

GoldEvent = Mapping[str, Any]
SystemEvent = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Match:
    gold_id: str
    system_index: int


@dataclass(frozen=True)
class EventScore:
    mode: str  # lenient | strict
    required: int
    matched_required: int
    system: int
    matched_system: int
    matches: tuple[Match, ...]
    misses: tuple[GoldEvent, ...]
    false_positives: tuple[SystemEvent, ...]

    @property
    def precision(self) -> float:
        return self.matched_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        return {"mode": self.mode, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "required": self.required, "matched_required": self.matched_required,
                "system": self.system, "matched_system": self.matched_system}


@dataclass(frozen=True)
class RelationResult:
    a: str
    b: str
    expected: str
    net: float
    edges: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return (self.net > 0) if self.expected == "+" else (self.net < 0)


def _code(actor: Mapping[str, Any] | None) -> str:
    return (actor or {}).get("code") or ""


def prefix_accepts(prefixes: Sequence[str], code: str) -> bool:
    """[""] alone accepts anything; otherwise "" accepts a missing actor and others match by prefix."""
    if list(prefixes) == [""]:
        return True
    if not code:
        return "" in prefixes
    return any(p and code.startswith(p) for p in prefixes)


def cue_matches(cues: Sequence[str], sentence: str) -> bool:
    key = normalize_key(sentence)
    return any(normalize_key(cue) in key for cue in cues)


def event_matches(gold: GoldEvent, system: SystemEvent, strict: bool) -> bool:
    if system.get("root") not in gold["roots"]:
        return False
    src, tgt = _code(system.get("source")), _code(system.get("target"))
    ok = prefix_accepts(gold["source"], src) and prefix_accepts(gold["target"], tgt)
    if not ok and gold.get("undirected"):
        ok = prefix_accepts(gold["source"], tgt) and prefix_accepts(gold["target"], src)
    if ok and strict:
        ok = cue_matches(gold.get("cues", ()), (system.get("evidence") or {}).get("sentence", ""))
    return ok


def _augment(g: int, edges: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    for s in edges[g]:
        if s in seen:
            continue
        seen.add(s)
        if s not in owner or _augment(owner[s], edges, owner, seen):
            owner[s] = g
            return True
    return False


def _max_matching(edges: list[list[int]], taken: set[int]) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths); returns system index -> gold index."""
    owner: dict[int, int] = {}
    pruned = [[s for s in e if s not in taken] for e in edges]
    for g in range(len(pruned)):
        _augment(g, pruned, owner, set())
    return owner


def match_document(gold: Sequence[GoldEvent], system: Sequence[SystemEvent], strict: bool) -> list[Match]:
    """One-to-one matching within a document: required gold first, then optional."""
    matches: list[Match] = []
    taken: set[int] = set()
    for required in (True, False):
        group = [g for g in gold if bool(g.get("required", True)) == required]
        edges = [[i for i, s in enumerate(system) if event_matches(g, s, strict)] for g in group]
        for s_index, g_index in _max_matching(edges, taken).items():
            matches.append(Match(group[g_index]["id"], s_index))
            taken.add(s_index)
    return matches


def score_events(gold_events: Iterable[GoldEvent], system_events: Iterable[SystemEvent],
                 strict: bool = False, doc_ids: Iterable[str] | None = None) -> EventScore:
    """Score over the documents in ``doc_ids`` (default: every document the gold or system names)."""
    gold_by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    sys_by_doc: dict[str, list[SystemEvent]] = defaultdict(list)
    for g in gold_events:
        gold_by_doc[g["doc"]].append(g)
    for s in system_events:
        sys_by_doc[s["doc_id"]].append(s)
    docs = sorted(set(doc_ids) if doc_ids is not None else set(gold_by_doc) | set(sys_by_doc))
    matches, misses, fps = [], [], []
    required = matched_required = n_system = 0
    for doc in docs:
        gold, system = gold_by_doc.get(doc, []), sys_by_doc.get(doc, [])
        doc_matches = match_document(gold, system, strict)
        matched_gold = {m.gold_id for m in doc_matches}
        matched_sys = {m.system_index for m in doc_matches}
        required += sum(1 for g in gold if g.get("required", True))
        matched_required += sum(1 for g in gold if g.get("required", True) and g["id"] in matched_gold)
        n_system += len(system)
        matches += doc_matches
        misses += [g for g in gold if g.get("required", True) and g["id"] not in matched_gold]
        fps += [s for i, s in enumerate(system) if i not in matched_sys]
    return EventScore("strict" if strict else "lenient", required, matched_required, n_system,
                      n_system - len(fps), tuple(matches), tuple(misses), tuple(fps))


def score_network(relations: Iterable[Mapping[str, str]], edges: Iterable[Mapping[str, Any]]
                  ) -> list[RelationResult]:
    """Each gold relation: net signed weight of edges between codes starting with a and b."""
    edges = list(edges)
    results = []
    for rel in relations:
        a, b = rel["a"], rel["b"]
        hits = tuple(e for e in edges if _joins(e, a, b))
        net = sum(abs(float(e["weight"])) * (1 if e["sign"] == "+" else -1) for e in hits)
        results.append(RelationResult(a, b, rel["sign"], net, hits))
    return results


def _joins(edge: Mapping[str, Any], a: str, b: str) -> bool:
    x, y = edge["a"], edge["b"]
    return (x.startswith(a) and y.startswith(b)) or (x.startswith(b) and y.startswith(a))
