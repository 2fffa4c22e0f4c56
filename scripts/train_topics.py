"""Train the topic model (politics, sport, economy, culture, technology) and write src/rasid/data/topics/.

Labels are the outlets' own sections in the ANT multisource corpus (middleEast and internationalNews are
politics). The 30 articles of eval/ant/ are left out. Features are sublinear TF-IDF of folded words over
the title and the first 3,000 characters (``rasid.topics.model.topic_words``), the 40,000 words seen in the
most articles (at least 3); the model is a multinomial logistic regression (scikit-learn, L-BFGS).

Before the final fit, each outlet is held out in turn (trained on the other four) and its accuracy and the
sport class's precision and recall are logged, as the honest figure for a new outlet.

Run: .venv/bin/python scripts/train_topics.py [--shared /work/shared/data]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
from collections import Counter
from pathlib import Path

import numpy as np
from held_out import held_out_docnos
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from rasid.ingest import iter_inputs
from rasid.records import Article
from rasid.settings import load_settings
from rasid.topics.model import TopicModel, topic_words, weighted_words

log = logging.getLogger("train_topics")
ROOT = Path(__file__).resolve().parents[1]
AREA = ROOT / "src" / "rasid" / "data" / "topics"
TOPIC_OF_SECTION = {"middleEast": "politics", "internationalNews": "politics", "sport": "sport",
                    "economy": "economy", "culture": "culture", "technology": "technology"}
VOCABULARY = 40_000
MIN_DOCUMENTS = 3
C = 4.0


def labelled_articles(shared: Path) -> list[tuple[list[str], str, str]]:
    """(topic words, topic, outlet) of every ANT article with a known section, the held-out articles
    (``held_out.py``: reserved, eval/ant and eval/corpus) aside."""
    held = held_out_docnos(shared)
    archive = shared / "news" / "ant_multisource" / "antcorpus_multisource.tar.gz"
    out = []
    for item in iter_inputs([str(archive)], load_settings(progress=False)):
        if not isinstance(item, Article) or item.id in held:
            continue
        topic = TOPIC_OF_SECTION.get(dict(item.meta).get("category", ""))
        if topic:
            out.append((topic_words(item.title, item.text), topic, item.source))
    return out


def vocabulary_of(documents: list[list[str]]) -> tuple[dict[str, int], np.ndarray]:
    seen = Counter(w for words in documents for w in set(words))
    kept = [w for w, n in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])) if n >= MIN_DOCUMENTS][:VOCABULARY]
    idf = np.array([math.log((1 + len(documents)) / (1 + seen[w])) + 1.0 for w in kept])
    return {w: i for i, w in enumerate(kept)}, idf


def matrix_of(documents: list[list[str]], vocabulary: dict[str, int], idf: np.ndarray) -> csr_matrix:
    rows = [weighted_words(words, vocabulary, idf) for words in documents]
    cols = np.concatenate([index for index, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    values = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    pointers = np.cumsum([0, *(len(index) for index, _ in rows)])
    return csr_matrix((values, cols, pointers), shape=(len(documents), len(vocabulary)))


def fit(documents: list[list[str]], labels: list[str]) -> TopicModel:
    vocabulary, idf = vocabulary_of(documents)
    classifier = LogisticRegression(C=C, max_iter=1000)
    classifier.fit(matrix_of(documents, vocabulary, idf), labels)
    return TopicModel(tuple(str(t) for t in classifier.classes_), vocabulary, idf, classifier.coef_.T.copy(),
                      classifier.intercept_.copy())


def held_out_outlets(data: list[tuple[list[str], str, str]]) -> None:
    for outlet in sorted({o for _, _, o in data}):
        train = [(w, t) for w, t, o in data if o != outlet]
        test = [(w, t) for w, t, o in data if o == outlet]
        model = fit([w for w, _ in train], [t for _, t in train])
        guesses = [max(p, key=p.get) if (p := model.probabilities(w)) else "" for w, _ in test]
        truth = [t for _, t in test]
        right = sum(g == t for g, t in zip(guesses, truth, strict=True))
        sport_true = sum(g == t == "sport" for g, t in zip(guesses, truth, strict=True))
        sport_guess, sport_gold = guesses.count("sport"), truth.count("sport")
        log.info("held-out %-18s %5d articles: accuracy %.3f; sport P %.3f R %.3f", outlet, len(test),
                 right / len(test), sport_true / max(sport_guess, 1), sport_true / max(sport_gold, 1))


def write(model: TopicModel, count: int) -> None:
    AREA.mkdir(parents=True, exist_ok=True)
    path = AREA / "topics.npz"
    model.save(path)
    entry = {"version": "2", "source": f"logistic regression trained by scripts/train_topics.py on {count} ANT "
             "multisource articles (Chouigui et al.; those of reserved.txt, eval/ant and eval/corpus left out: "
             "scripts/held_out.py), labels = the outlets' sections",
             "licence": "model derived from the ANT corpus (Apache-2.0); cite Chouigui et al.",
             "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "topics": list(model.topics),
             "words": len(model.vocabulary)}
    manifest = {"files": {"topics.npz": entry}}
    (AREA / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("wrote %s (%d words, %d bytes)", path, len(model.vocabulary), path.stat().st_size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--no-held-out", action="store_true", help="skip the per-outlet held-out figures")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    data = labelled_articles(args.shared)
    log.info("%d labelled articles: %s", len(data), dict(Counter(t for _, t, _ in data)))
    if not args.no_held_out:
        held_out_outlets(data)
    write(fit([w for w, _, _ in data], [t for _, t, _ in data]), len(data))


if __name__ == "__main__":
    main()
