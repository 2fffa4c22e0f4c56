"""CoNLL exact-span scoring: an entity counts only when its type and both boundaries match the gold.

``score(gold, predicted)`` takes parallel tag sequences; ``evaluate_file(path, recognizer)`` tags the
words of a gold CoNLL file and scores them, which is what ``rasid eval ner FILE`` prints. The file is read
as running text: what was tagged in the 30 sentences before is remembered (``NameMemory``: the document
feature, and bare surnames of people named in full), as within an article in the pipeline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasid.errors import EvalError
from rasid.ner.conll import read_conll, spans
from rasid.ner.model import NameMemory, Recognizer

OVERALL = "overall"


@dataclass(frozen=True, slots=True)
class TypeScore:
    type: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int | str]:
        return {"type": self.type, "gold": self.gold, "predicted": self.predicted, "correct": self.correct,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class NerReport:
    scores: tuple[TypeScore, ...]  # one per type, then the overall row
    sentences: int = 0
    tokens: int = 0
    seconds: float = 0.0
    source: str = field(default="")

    @property
    def overall(self) -> TypeScore:
        return self.scores[-1]

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "sentences": self.sentences, "tokens": self.tokens,
                "seconds": round(self.seconds, 2), "scores": [s.to_json() for s in self.scores]}


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> tuple[TypeScore, ...]:
    """Per-type and overall exact-span scores of parallel tag sequences (one sequence per sentence)."""
    counts: Counter = Counter()
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        if len(gold_tags) != len(predicted_tags):
            raise EvalError(f"a sentence has {len(gold_tags)} gold tags but {len(predicted_tags)} predicted")
        wanted = {(s.start, s.end, s.type) for s in spans(gold_tags)}
        found = {(s.start, s.end, s.type) for s in spans(predicted_tags)}
        for kind, group in (("gold", wanted), ("predicted", found), ("correct", wanted & found)):
            for _, _, type_ in group:
                counts[(type_, kind)] += 1
    types = sorted({t for t, _ in counts})
    rows = [TypeScore(t, counts[(t, "gold")], counts[(t, "predicted")], counts[(t, "correct")]) for t in types]
    total = TypeScore(OVERALL, *(sum(getattr(r, k) for r in rows) for k in ("gold", "predicted", "correct")))
    return (*rows, total)


def evaluate_file(path: Path, recognizer: Recognizer) -> NerReport:
    """Tag the words of the gold CoNLL file at ``path`` and score the tags against its last column."""
    import time

    sentences = read_conll(path)
    if not sentences:
        raise EvalError(f"no tagged sentences in {path}")
    memory = NameMemory()
    clock = time.perf_counter()
    predicted = [recognizer.tag(s.words, None, memory) for s in sentences]
    elapsed = time.perf_counter() - clock
    tokens = sum(len(s.words) for s in sentences)
    return NerReport(score([s.tags for s in sentences], predicted), len(sentences), tokens, elapsed, str(path))


def format_report(report: NerReport) -> str:
    """A plain table: type, gold, predicted, correct, P, R, F1."""
    lines = [f"{'type':8} {'gold':>6} {'pred':>6} {'ok':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    for s in report.scores:
        lines.append(f"{s.type:8} {s.gold:6d} {s.predicted:6d} {s.correct:6d} "
                     f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    rate = int(report.tokens / report.seconds) if report.seconds else 0
    lines.append(f"{report.sentences} sentences, {report.tokens} tokens, {rate} tokens/s")
    return "\n".join(lines)
