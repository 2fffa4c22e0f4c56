"""Train the CRF name recogniser on the ANERcorp train part and write src/rasid/data/ner/anercorp.crfsuite.

Reproducible: L-BFGS is deterministic, the hyperparameters below are fixed, and the features read only
bundled data (actor KB, places gazetteer, word counts, and the name and city lists that
scripts/build_ner_data.py writes; run that first). They were chosen with ``--select``, which trains
on the first 85% of the train part and scores the last 15% (a contiguous block of whole articles, like the
official test part); the test part is only read by ``--evaluate``, after training. NewsFANE Gold is the
same text as ANERcorp and is never read here.

Run: .venv/bin/python scripts/train_ner.py [--shared /work/shared/data] [--select] [--evaluate]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import tempfile
from pathlib import Path

from rasid.actors.kb import load_knowledge_base
from rasid.ner.conll import read_conll
from rasid.ner.evaluate import evaluate_file, format_report, score
from rasid.ner.features import Featurizer
from rasid.ner.lexicon import build_lexicon
from rasid.ner.model import load_recognizer
from rasid.ner.train import Hyperparameters, open_tagger, split_dev, train_model
from rasid.places.gazetteer import load_gazetteer
from rasid.text.stems import load_stems

log = logging.getLogger("train_ner")

AREA = Path(__file__).resolve().parent.parent / "src" / "rasid" / "data" / "ner"
MODEL = "anercorp.crfsuite"
TRAIN = "ANERCorp_camel_like_train.txt"
TEST = "ANERCorp_camel_like_test.txt"
DEV_SHARE = 0.15
# Chosen on the dev split with --select (see docs/actors.md for the scores of each setting).
CHOSEN = Hyperparameters(c1=0.05, c2=0.01, max_iterations=150)
GRID = (Hyperparameters(c1=0.05, c2=0.01, max_iterations=150), Hyperparameters(c1=0.01, c2=0.01, max_iterations=200))
VERSION = "1"


def featurizer() -> Featurizer:
    return Featurizer(build_lexicon(load_knowledge_base(), load_gazetteer()), load_stems())


def select(train_path: Path) -> None:
    """Train each GRID setting on 85% of train and log its dev scores."""
    train, dev = split_dev(read_conll(train_path), DEV_SHARE)
    features = featurizer()
    dev_features = [features.sentence(s.words) for s in dev]
    with tempfile.TemporaryDirectory() as tmp:
        for params in GRID:
            tagger = open_tagger(train_model(train, features, Path(tmp) / "dev.crfsuite", params))
            scores = score([s.tags for s in dev], [tagger.tag(x) for x in dev_features])
            log.info("%s dev: %s", params, " ".join(f"{s.type} {s.f1:.3f}" for s in scores))


def write_manifest(model: Path, params: Hyperparameters, test_f1: float | None) -> None:
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    entry = {"version": VERSION,
             "source": "CRF trained by scripts/train_ner.py on ANERcorp (Benajiba & Rosso 2007), train part of "
                       "the CAMeL Lab split as rebuilt in shared/data/ner/anercorp (ANERCorp_camel_like_train.txt)",
             "licence": "model derived from ANERcorp: CAMeL Lab split CC BY-SA 4.0, keep attribution",
             "sha256": digest, "hyperparameters": {"c1": params.c1, "c2": params.c2,
                                                   "max_iterations": params.max_iterations},
             "kb_version": load_knowledge_base().version}
    if test_f1 is not None:
        entry["anercorp_test_f1"] = round(test_f1, 4)
    path = AREA / "MANIFEST.json"
    manifest = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"files": {}}
    manifest["files"][MODEL] = entry  # the word lists' entries (scripts/build_ner_data.py) are kept
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--select", action="store_true", help="score the hyperparameter grid on the dev split")
    parser.add_argument("--evaluate", action="store_true", help="score the trained model on the test part")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    corpus = args.shared / "ner" / "anercorp"
    if args.select:
        select(corpus / TRAIN)
        return
    model = train_model(read_conll(corpus / TRAIN), featurizer(), AREA / MODEL, CHOSEN)
    test_f1 = None
    if args.evaluate:
        report = evaluate_file(corpus / TEST, load_recognizer(model))
        log.info("ANERcorp test:\n%s", format_report(report))
        test_f1 = report.overall.f1
    write_manifest(model, CHOSEN, test_f1)
    log.info("wrote %s (%d bytes)", model, model.stat().st_size)


if __name__ == "__main__":
    main()
