"""Train the CRF name recogniser on the ANERcorp train part and write src/rasid/data/ner/anercorp.crfsuite.

Reproducible: L-BFGS is deterministic, the settings below are fixed, and the features read only bundled
data (actor KB, places gazetteer, word counts, the name and city lists of scripts/build_ner_data.py and the
word clusters of scripts/build_ner_clusters.py; run those first). Settings were chosen with ``--select``,
which trains on the first 85% of the train part and scores the last 15% (a contiguous block of whole
articles, like the official test part), read as running text with the document memory, as tagging does.
The test part is only read by ``--evaluate``, after training. NewsFANE Gold is the same text as ANERcorp
and is never read here.

With the document feature, training has two stages: every training sentence is first tagged by a model
trained on the other folds (``rasid.ner.train.cross_predictions``), and the final model learns from those
predicted tags what "tagged X earlier in the article" is worth.

Run: .venv/bin/python scripts/train_ner.py [--shared /work/shared/data] [--select STEP,...] [--evaluate]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rasid.actors.kb import load_knowledge_base
from rasid.ner.clusters import load_clusters
from rasid.ner.conll import TaggedSentence, read_conll, valid_tag
from rasid.ner.evaluate import TypeScore, evaluate_file, format_report, score
from rasid.ner.features import Featurizer
from rasid.ner.lexicon import build_lexicon
from rasid.ner.model import NameMemory, Recognizer, load_recognizer
from rasid.ner.train import Hyperparameters, cross_predictions, document_memory, open_tagger, split_dev, train_model
from rasid.places.gazetteer import load_gazetteer
from rasid.text.stems import load_stems

log = logging.getLogger("train_ner")

AREA = Path(__file__).resolve().parent.parent / "src" / "rasid" / "data" / "ner"
MODEL = "anercorp.crfsuite"
TRAIN = "ANERCorp_camel_like_train.txt"
TEST = "ANERCorp_camel_like_test.txt"
DEV_SHARE = 0.15
FOLDS = 4
VERSION = "2"


@dataclass(frozen=True)
class Setting:
    """One point of the selection: feature switches and CRF hyperparameters."""

    clusters: bool = True
    window: int = 2
    conjunctions: bool = True
    document: bool = True
    aqmar: bool = False  # add the AQMAR Wikipedia articles (PER/LOC/ORG, MIS* read as MISC) to training
    params: Hyperparameters = field(default_factory=Hyperparameters)


# The selection, in the order it was run, each scored on the dev split (overall exact-span F1): base 0.688,
# clusters 0.724, window3 0.722, conjunctions 0.731, c1=0.01 0.734, c1=0.1 0.729, c2=0.1 0.733,
# c1=0.01+c2=0.1 0.727, document 0.721 (0.711 with the type alone), iter300 0.728, aqmar 0.701.
# CHOSEN is the best on dev: clusters, window 2, cluster conjunctions, c1 = 0.01, no document feature.
STEPS = {
    "base": Setting(clusters=False, conjunctions=False, document=False),
    "clusters": Setting(conjunctions=False, document=False),
    "window3": Setting(window=3, conjunctions=False, document=False),
    "conjunctions": Setting(document=False),
    "c1=0.01": Setting(document=False, params=Hyperparameters(c1=0.01, c2=0.01)),
    "c1=0.1": Setting(document=False, params=Hyperparameters(c1=0.1, c2=0.01)),
    "c2=0.1": Setting(document=False, params=Hyperparameters(c1=0.05, c2=0.1)),
    "c1=0.01+c2=0.1": Setting(document=False, params=Hyperparameters(c1=0.01, c2=0.1)),
    "document": Setting(),
    "iter300": Setting(document=False, params=Hyperparameters(max_iterations=300)),
    "aqmar": Setting(document=False, aqmar=True),
}
CHOSEN = Setting(document=False, params=Hyperparameters(c1=0.01, c2=0.01))


def featurizer(setting: Setting) -> Featurizer:
    clusters = load_clusters() if setting.clusters else None
    return Featurizer(build_lexicon(load_knowledge_base(), load_gazetteer()), load_stems(), clusters,
                      setting.window, setting.conjunctions)


def fit(sentences: list[TaggedSentence], setting: Setting, features: Featurizer, path: Path) -> Path:
    """Train one model; with the document feature, first tag the sentences fold by fold."""
    earlier = None
    if setting.document:
        predicted = cross_predictions(sentences, features, setting.params, FOLDS, path.parent)
        earlier = document_memory(sentences, predicted, features)
    return train_model(sentences, features, path, setting.params, earlier)


def aqmar(shared: Path) -> list[TaggedSentence]:
    """The AQMAR articles with their tags mapped to ANERcorp's types (PER -> PERS, MIS0..MIS3 -> MISC).
    Read leniently: the files hold a few malformed tags ("IO"), read as O."""
    out: list[TaggedSentence] = []
    for path in sorted((shared / "ner" / "aqmar").glob("*.txt")):
        if path.name == "SOURCE.txt":
            continue
        rows: list[tuple[str, str]] = []
        for line in [*path.read_text(encoding="utf-8-sig").splitlines(), ""]:
            fields = line.split()
            if len(fields) >= 2:
                rows.append((" ".join(fields[:-1]), anercorp_tag(fields[-1])))
            elif not fields and rows:
                out.append(TaggedSentence(tuple(w for w, _ in rows), tuple(t for _, t in rows)))
                rows = []
    return out


def anercorp_tag(tag: str) -> str:
    if not valid_tag(tag):
        return "O"
    if tag == "O":
        return tag
    kind = tag[2:].lstrip("-")
    kind = "PERS" if kind == "PER" else "MISC" if kind.startswith("MIS") else kind
    return f"{tag[:2]}{kind}" if kind in ("PERS", "LOC", "ORG", "MISC") else "O"


def dev_scores(name: str, setting: Setting, train: list, dev: list, workdir: Path,
               shared: Path) -> tuple[TypeScore, ...]:
    features = featurizer(setting)
    train = train + aqmar(shared) if setting.aqmar else train
    model = fit(train, setting, features, workdir / f"{name}.crfsuite")
    recognizer = Recognizer(open_tagger(model), features, model, name)
    memory = NameMemory()
    scores = score([s.tags for s in dev], [recognizer.tag(s.words, {}, memory) for s in dev])
    overall = scores[-1]
    log.info("%-14s dev %s (P %.3f R %.3f; %d bytes)", name, " ".join(f"{s.type} {s.f1:.3f}" for s in scores),
             overall.precision, overall.recall, model.stat().st_size)
    return scores


def select(shared: Path, names: list[str], keep: Path | None) -> None:
    """Train each named step on 85% of train and log its dev scores (models kept in ``keep`` if given)."""
    train, dev = split_dev(read_conll(shared / "ner" / "anercorp" / TRAIN), DEV_SHARE)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            dev_scores(name, STEPS[name], train, dev, keep or Path(tmp), shared)


def write_manifest(model: Path, setting: Setting, test_f1: float | None) -> None:
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    entry = {"version": VERSION,
             "source": "CRF trained by scripts/train_ner.py on ANERcorp (Benajiba & Rosso 2007), train part of "
                       "the CAMeL Lab split as rebuilt in shared/data/ner/anercorp (ANERCorp_camel_like_train.txt); "
                       "features read clusters.tsv, name_words.tsv, city_names.tsv, the actor KB and the places "
                       "gazetteer",
             "licence": "model derived from ANERcorp: CAMeL Lab split CC BY-SA 4.0, keep attribution",
             "sha256": digest, "setting": asdict(setting), "kb_version": load_knowledge_base().version}
    if test_f1 is not None:
        entry["anercorp_test_f1"] = round(test_f1, 4)
        entry["anercorp_test_f1_note"] = "rasid eval ner on the test part (exact span, document memory on)"
    path = AREA / "MANIFEST.json"
    manifest = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"files": {}}
    manifest["files"][MODEL] = entry  # the word lists' and clusters' entries are kept
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--select", help="comma-separated steps to score on the dev split, or 'all'")
    parser.add_argument("--keep", type=Path, help="with --select: keep the dev models in this folder")
    parser.add_argument("--evaluate", action="store_true", help="score the trained model on the test part")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    corpus = args.shared / "ner" / "anercorp"
    if args.select:
        select(args.shared, list(STEPS) if args.select == "all" else args.select.split(","), args.keep)
        return
    with tempfile.TemporaryDirectory() as tmp:
        train = read_conll(corpus / TRAIN) + (aqmar(args.shared) if CHOSEN.aqmar else [])
        staged = fit(train, CHOSEN, featurizer(CHOSEN), Path(tmp) / MODEL)
        model = AREA / MODEL
        model.write_bytes(staged.read_bytes())
    test_f1 = None
    if args.evaluate:
        report = evaluate_file(corpus / TEST, load_recognizer(model))
        log.info("ANERcorp test:\n%s", format_report(report))
        test_f1 = report.overall.f1
    write_manifest(model, CHOSEN, test_f1)
    log.info("wrote %s (%d bytes)", model, model.stat().st_size)


if __name__ == "__main__":
    main()
