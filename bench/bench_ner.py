"""Measure the name recogniser's speed, alone and inside the ``mentions`` stage.

1. CRF alone: tag the ANERcorp test sentences (tokens given), tokens/s, plus the test scores.
2. The recogniser alone on real news sentences, words/s: "before" tags through python-crfsuite (every
   token's attribute strings handed to crfsuite, as the recogniser did before it was compiled), "after"
   through ``Recognizer.entities`` (``rasid.ner.scorer``: per-word weight vectors, numpy Viterbi). Each is
   run cold (empty per-word memo) and warm (memo filled by the cold run), and the two must agree on the tags.
3. The mentions stage on real news: the first ``--articles`` articles of the ANT multisource corpus
   (shared/data/news/ant_multisource, 31.5k articles, 9.66M words), split into sentences, with the
   knowledge base only and with the recogniser and typo correction; tokens/s and the time the whole corpus
   would take on one core.
Held-out articles (reserved, eval/ant, eval/corpus; see bench/corpus.py) are skipped.
Run: .venv/bin/python bench/bench_ner.py [--shared /work/shared] [--articles 300]
"""

from __future__ import annotations

import argparse
import logging
import re
import tarfile
import time
from pathlib import Path

from corpus import held_out_member

from rasid.actors.kb import load_knowledge_base
from rasid.actors.recognize import recognize_mentions
from rasid.ner.evaluate import evaluate_file, format_report
from rasid.ner.model import WORD_SCANNER, Recognizer, load_recognizer
from rasid.places.gazetteer import load_gazetteer
from rasid.records import Article, Document
from rasid.text.split import split_sentences
from rasid.text.stems import load_stems

log = logging.getLogger("bench_ner")
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
CORPUS_WORDS = 9_660_000


def ant_articles(shared: Path, limit: int) -> list[str]:
    """The TEXT of the first ``limit`` articles of the ANT multisource archive, held-out ones left unread."""
    data = shared / "data"
    path = data / "news" / "ant_multisource" / "antcorpus_multisource.tar.gz"
    texts: list[str] = []
    with tarfile.open(path) as archive:
        for member in archive:
            if len(texts) >= limit:
                break
            if not member.isfile() or not member.name.endswith(".txt") or held_out_member(member.name, data):
                continue
            raw = archive.extractfile(member).read().decode("utf-8", errors="replace")  # type: ignore[union-attr]
            found = TEXT.search(raw)
            if found and found.group(1).strip():
                texts.append(found.group(1).strip())
    return texts


def stage_speed(docs: list[Document], kb: object, ner: object, counts: object) -> tuple[float, int]:
    """(seconds, mentions) for recognising every document, starting with an empty per-word memo."""
    if ner is not None:
        ner.word_memo.clear()  # type: ignore[attr-defined]
    clock = time.perf_counter()
    mentions = sum(len(recognize_mentions(d, kb, ner, counts)) for d in docs)  # type: ignore[arg-type]
    return time.perf_counter() - clock, mentions


def tagging_speed(ner: Recognizer, sentences: list[list[str]]) -> None:
    """Words/s of the crfsuite path ("before") and the compiled path ("after"), cold then warm."""
    words = [[m.group() for m in WORD_SCANNER.finditer(s)] for s in sentences]
    total = sum(len(w) for w in words)
    tags: dict[str, list] = {}
    for label, run in (("before (crfsuite)", lambda memo: [list(ner.tagger.tag(ner.featurizer.sentence(w, memo)))
                                                            for w in words]),
                       ("after (compiled)", lambda memo: [ner.tag(w, memo) for w in words])):
        memo: dict = {}
        ner.word_memo.clear()
        for state in ("cold", "warm"):
            clock = time.perf_counter()
            tags[label] = run(memo)
            seconds = time.perf_counter() - clock
            log.info("recogniser alone, %s, %s: %d words in %.2fs = %d words/s", label, state, total, seconds,
                     total / seconds)
    same = sum(a == b for a, b in zip(*tags.values(), strict=True))
    log.info("the two paths agree on %d of %d sentences", same, len(words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    kb, gazetteer, stems = load_knowledge_base(), load_gazetteer(), load_stems()
    clock = time.perf_counter()
    ner = load_recognizer(kb=kb, gazetteer=gazetteer, stems=stems)
    log.info("recogniser loaded in %.3fs", time.perf_counter() - clock)
    test = args.shared / "data" / "ner" / "anercorp" / "ANERCorp_camel_like_test.txt"
    log.info("ANERcorp test (CRF alone):\n%s", format_report(evaluate_file(test, ner)))

    texts = ant_articles(args.shared, args.articles)
    docs = [Document(Article(id=f"ant{i}", text=t), sentences=split_sentences(t, f"ant{i}"))
            for i, t in enumerate(texts)]
    tagging_speed(ner, [s.text for d in docs for s in d.sentences])
    words = sum(len(t.split()) for t in texts)
    for label, recogniser, counts in (("KB only", None, None), ("KB + CRF + typos", ner, stems.counts)):
        seconds, mentions = stage_speed(docs, kb, recogniser, counts)
        rate = words / seconds if seconds else 0.0
        log.info("mentions stage, %s: %d articles, %d words, %d mentions in %.1fs = %d words/s; "
                 "whole ANT corpus (%.2fM words) ~ %.0f min on one core", label, len(docs), words, mentions,
                 seconds, rate, CORPUS_WORDS / 1e6, CORPUS_WORDS / rate / 60 if rate else 0)


if __name__ == "__main__":
    main()
