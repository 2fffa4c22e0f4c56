"""Clitic segmentation against UD Arabic PUD: precision and recall of cut points inside words, and speed.

In PUD a clitic is its own token glued to its neighbour with ``SpaceAfter=No`` (ب + النسبة, نشرت + ها).
UD keeps the article on its noun and writes ل+ال as ل + لسلطة, so the system's cuts are mapped to that
convention before comparing: no cut after ال, and لل cut after its first letter. PUD is not used to build
the vocabulary, so these figures are held out.
Run: .venv/bin/python bench/bench_segmentation.py [--conllu PATH] [--errors 30]
"""

from __future__ import annotations

import argparse
import logging
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasid.text.chars import ARABIC_WORD
from rasid.text.segment import ENCLITIC_RATIOS, Piece, segment_word
from rasid.text.stems import Stems, load_stems

log = logging.getLogger("bench_segmentation")
PUD = Path("/work/shared/data/ud_arabic_pud/ar_pud-ud-test.conllu")


def read_groups(path: Path) -> Iterator[list[str]]:
    """Runs of PUD tokens written without a space between them (one orthographic unit each)."""
    group: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit():
            continue
        group.append(cols[1])
        if "SpaceAfter=No" not in cols[9]:
            yield group
            group = []
    if group:
        yield group


def gold_words(path: Path) -> Iterator[tuple[str, frozenset[int]]]:
    """Each Arabic word of PUD with the gold cut points inside it."""
    for group in read_groups(path):
        surface, bounds, at = "".join(group), set(), 0
        for piece in group:
            at += len(piece)
            bounds.add(at)
        for match in ARABIC_WORD.finditer(surface):
            inside = {b for b in bounds if match.start() < b < match.end()}
            yield match.group(), frozenset(b - match.start() for b in inside)


def ud_cuts(pieces: tuple[Piece, ...]) -> frozenset[int]:
    """System cuts in the UD convention (article kept on its noun; لل cut as ل|ل)."""
    cuts = set()
    for piece in pieces[:-1]:
        if piece.norm == "ال":
            continue
        cuts.add(piece.start + 1 if piece.norm == "لل" else piece.end)
    return frozenset(cuts)


def cut_class(word: str, cut: int) -> str:
    return "enclitic" if word[cut:] in ENCLITIC_RATIOS else "proclitic"


def score(stems: Stems, path: Path, show_errors: int) -> None:
    tally: Counter[str] = Counter()
    errors = []
    words = list(gold_words(path))
    started = time.perf_counter()
    predictions = [ud_cuts(segment_word(word, stems)) for word, _ in words]
    elapsed = time.perf_counter() - started
    for (word, gold), system in zip(words, predictions, strict=True):
        for cut in system | gold:
            outcome = "tp" if cut in system and cut in gold else "fp" if cut in system else "fn"
            tally[f"{cut_class(word, cut)} {outcome}"] += 1
        tally["words"] += 1
        tally["exact"] += system == gold
        if system != gold and len(errors) < show_errors:
            errors.append(f"{word}: gold {sorted(gold)} system {sorted(system)}")
    report(tally, elapsed)
    for line in errors:
        log.info("  %s", line)


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})"


def report(tally: Counter[str], elapsed: float) -> None:
    for kind in ("proclitic", "enclitic"):
        log.info("%-9s cuts %s", kind, prf(tally[f"{kind} tp"], tally[f"{kind} fp"], tally[f"{kind} fn"]))
    tp, fp, fn = (sum(tally[f"{k} {x}"] for k in ("proclitic", "enclitic")) for x in ("tp", "fp", "fn"))
    log.info("all       cuts %s", prf(tp, fp, fn))
    log.info("words %d, exactly right %.3f; %.1f µs/word", tally["words"], tally["exact"] / tally["words"],
             elapsed / tally["words"] * 1e6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conllu", type=Path, default=PUD)
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    score(load_stems(), args.conllu, args.errors)


if __name__ == "__main__":
    main()
