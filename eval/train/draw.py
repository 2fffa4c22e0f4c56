"""Draw the eval/train articles: a training pool for the learned event coder, disjoint from every scored set.

Reproducible:
    python eval/train/draw.py /work/shared/data/news eval/train/docs /work/shared/eval/reserved.txt

The pool is drawn like eval/corpus (eval/corpus/draw.py: the same outlets, length window and per-country cap),
with its own seed, from the political sections where events are dense. It never draws an article listed in
reserved.txt, an eval/ant article or an eval/corpus article (dev or test), so training on it cannot leak into
any score. Articles are coded by hand from the text, the codebook and eval/corpus/GUIDELINES.md, like
eval/corpus; they are never scored. Batches for annotation are written to draw.json.
"""

from __future__ import annotations

import json
import random
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "corpus"))
import draw as corpus_draw  # noqa: E402 (the eval/corpus draw script, whose selection rules are reused)

SEED = 20261207
BATCHES = 6
# A second round, drawn after the first was coded in minutes and the pool could grow: 60 more per outlet in
# batches 7-18. The first round is unchanged by it (it uses the generator after the first round is assigned).
ROUND_TWO = {
    "AL": {"internationalNews": 50, "economy": 10},
    "BB": {"middleEast": 30, "internationalNews": 30},
    "CN": {"middleEast": 30, "internationalNews": 30},
    "FR": {"middleEast": 30, "internationalNews": 30},
    "SK": {"middleEast": 30, "internationalNews": 30},
    "JA": {"politic": 30, "internationalNews": 10, "localNews": 20},
}
ROUND_TWO_BATCHES = tuple(range(7, 19))
# A third round (batches 19-26), drawn after round two was coded: 40 more per outlet.
ROUND_THREE = {
    "AL": {"internationalNews": 40},
    "BB": {"middleEast": 20, "internationalNews": 20},
    "CN": {"middleEast": 20, "internationalNews": 20},
    "FR": {"middleEast": 20, "internationalNews": 20},
    "SK": {"middleEast": 20, "internationalNews": 20},
    "JA": {"politic": 20, "internationalNews": 5, "localNews": 15},
}
ROUND_THREE_BATCHES = tuple(range(19, 27))
ROUND_FOUR_BATCHES = tuple(range(27, 35))  # drawn after round three was coded: 40 more per outlet, same quotas
# Round five (batches 35-50), drawn after round four was coded: 80 more per outlet, round three's quotas twice;
# round six (batches 51-66) the same again, drawn after round five was coded.
ROUND_FIVE_BATCHES = (tuple(range(35, 43)), tuple(range(43, 51)))
ROUND_SIX_BATCHES = (tuple(range(51, 59)), tuple(range(59, 67)))
# round seven (batches 67-82) the same again, drawn after round six was coded; rounds eight (83-98) and nine
# (99-114) the same again, drawn after round seven was coded.
ROUND_SEVEN_BATCHES = (tuple(range(67, 75)), tuple(range(75, 83)))
ROUND_EIGHT_BATCHES = (tuple(range(83, 91)), tuple(range(91, 99)))
ROUND_NINE_BATCHES = (tuple(range(99, 107)), tuple(range(107, 115)))
ROUND_TEN_BATCHES = (tuple(range(115, 123)), tuple(range(123, 131)))  # drawn after rounds eight and nine were coded
ROUND_ELEVEN_BATCHES = (tuple(range(131, 139)), tuple(range(139, 147)))  # drawn after the relabelling pass
ROUND_TWELVE_BATCHES = (tuple(range(147, 155)), tuple(range(155, 163)))  # drawn after round eleven was in the model
ROUND_THIRTEEN_BATCHES = (tuple(range(163, 171)), tuple(range(171, 179)))  # drawn after round twelve was in the model
LATER_ROUNDS = ((ROUND_TWO, ROUND_TWO_BATCHES), (ROUND_THREE, ROUND_THREE_BATCHES), (ROUND_THREE, ROUND_FOUR_BATCHES),
                *((ROUND_THREE, batches) for batches in ROUND_FIVE_BATCHES + ROUND_SIX_BATCHES + ROUND_SEVEN_BATCHES
                                                                   + ROUND_EIGHT_BATCHES + ROUND_NINE_BATCHES
                                                                   + ROUND_TEN_BATCHES + ROUND_ELEVEN_BATCHES
                                                                   + ROUND_TWELVE_BATCHES
                                                                   + ROUND_THIRTEEN_BATCHES))
QUOTAS = {  # 30 per outlet, 180 articles
    "AL": (corpus_draw.MULTISOURCE, {"internationalNews": 30}),
    "BB": (corpus_draw.MULTISOURCE, {"middleEast": 15, "internationalNews": 15}),
    "CN": (corpus_draw.MULTISOURCE, {"middleEast": 15, "internationalNews": 15}),
    "FR": (corpus_draw.MULTISOURCE, {"middleEast": 15, "internationalNews": 15}),
    "SK": (corpus_draw.MULTISOURCE, {"middleEast": 15, "internationalNews": 15}),
    "JA": (corpus_draw.JAWHARA, {"politic": 14, "internationalNews": 6, "localNews": 10}),
}


def corpus_docnos() -> set[str]:
    rows = json.loads((HERE.parent / "corpus" / "draw.json").read_text(encoding="utf-8"))["documents"]
    return {row["doc"] for row in rows}


def main(news_dir: str, out_dir: str, reserved_path: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    excluded = corpus_draw.excluded_docnos(reserved_path, HERE.parent / "ant" / "docs") | corpus_docnos()
    rng = random.Random(SEED)
    archives: dict[str, tarfile.TarFile] = {}
    picked: dict[str, list[dict[str, str]]] = {}
    for prefix, (archive_name, quotas) in QUOTAS.items():
        if archive_name not in archives:
            archives[archive_name] = tarfile.open(Path(news_dir) / archive_name)  # noqa: SIM115 (closed at exit)
        picked[prefix] = corpus_draw.draw_outlet(archives[archive_name], prefix, quotas, excluded, rng)
    rows = corpus_draw.assign(picked, rng, dev_per_outlet=10**6, second_per_outlet=0,
                              batches=tuple(range(1, BATCHES + 1)))
    taken = excluded | {d["doc"] for docs in picked.values() for d in docs}
    for quotas_of, batches in LATER_ROUNDS:  # each round draws after the earlier ones, which it never changes
        drawn = {prefix: corpus_draw.draw_outlet(archives[QUOTAS[prefix][0]], prefix, quotas, taken, rng)
                 for prefix, quotas in quotas_of.items()}
        rows += corpus_draw.assign(drawn, rng, dev_per_outlet=10**6, second_per_outlet=0, batches=batches)
        for prefix, docs in drawn.items():
            picked[prefix] = picked[prefix] + docs
        taken |= {d["doc"] for docs in drawn.values() for d in docs}
    for row in rows:
        row["split"] = "train"
        del row["second_coded"]
    for doc in (d for docs in picked.values() for d in docs):
        raw = doc["raw"]
        (out / f"{doc['doc']}.txt").write_text(raw if raw.endswith("\n") else raw + "\n", encoding="utf-8")
    (HERE / "draw.json").write_text(
        json.dumps({"seed": SEED, "documents": rows}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for batch in sorted({row["batch"] for row in rows}):
        names = [row["doc"] for row in rows if row["batch"] == batch]
        (HERE / "annotations").mkdir(exist_ok=True)
        (HERE / "annotations" / f"batch-{batch}.docs").write_text("\n".join(names) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(rows)} articles: " + ", ".join(f"{p} {len(d)}" for p, d in picked.items()) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
