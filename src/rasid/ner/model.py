"""The trained name recogniser: a CRF (python-crfsuite) over ``rasid.ner.features``.

``load_recognizer(path)`` opens a model file once; the object is then shared read-only by a run (the
pipeline ``Context`` holds it). The bundled model is ``rasid/data/ner/anercorp.crfsuite``, built by
``scripts/train_ner.py``.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pycrfsuite

from rasid.errors import DataFileError
from rasid.ner.clusters import load_clusters
from rasid.ner.conll import Span, spans
from rasid.ner.features import OPTIONAL_KEYS, Featurizer, WordFeatures
from rasid.ner.lexicon import build_lexicon
from rasid.ner.scorer import CompiledCrf
from rasid.ner.viterbi import decode_many
from rasid.resources import data_path, file_checksum
from rasid.text.chars import ARABIC_WORD, LATIN_WORD, NUMBER
from rasid.text.clitics import CLITIC_LETTERS, LIL
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.stage import Context

log = logging.getLogger(__name__)

MODEL_FILE = "ner/anercorp.crfsuite"
# Words as ANERcorp tokenises them: Arabic words, numbers, Latin words, and each other visible character.
WORD_SCANNER = re.compile(f"{ARABIC_WORD.pattern}|{NUMBER.pattern}|{LATIN_WORD.pattern}|\\S")
TYPES = ("PERS", "ORG", "LOC", "MISC")
MEMO_LIMIT = 100_000  # words whose features a recogniser keeps between documents
MEMORY_WINDOW = 30  # sentences: about one news article of ANERcorp, which marks no article boundaries
MIN_KEY = 2  # shorter keys (clitic remnants) are not remembered


@dataclass(frozen=True, slots=True)
class Entity:
    """A recognised name: character offsets into the text given to ``entities``, and its type."""

    start: int
    end: int
    type: str
    text: str


class NameMemory:
    """What the recogniser tagged in the last ``window`` sentences of one document.

    Two uses: a later bare surname that the CRF left untagged is tagged B-PERS ("يوسف القرضاوي … فتوى
    القرضاوي"), and ``earlier()`` gives the CRF each word's last tag in the document as a feature (the same
    string is usually the same kind of name throughout an article). One memory per document (per stretch
    of a CoNLL file); it holds no state between documents.
    """

    def __init__(self, window: int = MEMORY_WINDOW) -> None:
        self.recent: deque[frozenset[str]] = deque(maxlen=window)
        self.tagged: deque[dict[str, str]] = deque(maxlen=window)

    def earlier(self) -> dict[str, str]:
        """Cluster key -> the tag it last had in an entity of an earlier sentence."""
        merged: dict[str, str] = {}
        for sentence in self.tagged:
            merged.update(sentence)
        return merged

    def record(self, keys: Sequence[str], tags: Sequence[str]) -> None:
        """Remember the entity tags of one sentence's words (by cluster key)."""
        self.tagged.append({k: t for k, t in zip(keys, tags, strict=True) if t != "O" and len(k) >= MIN_KEY})

    def propagate(self, words: Sequence[str], tags: list[str], norms: Sequence[str] | None = None) -> list[str]:
        known = frozenset().union(*self.recent) if self.recent else frozenset()
        norms = [normalize(w).text for w in words] if norms is None else norms
        out = [("B-PERS" if tag == "O" and known and not known.isdisjoint(bare_name(norm)) else tag)
               for norm, tag in zip(norms, tags, strict=True)]
        found = spans(out) if "B-PERS" in out or "I-PERS" in out else ()
        self.recent.append(frozenset(norms[s.end - 1] for s in found
                                     if s.type == "PERS" and s.end - s.start > 1 and len(norms[s.end - 1]) >= 3))
        return out


def bare_name(norm: str) -> set[str]:
    """The word and its readings without one glued conjunction or preposition (للشهرستاني, بايهود)."""
    forms = {norm}
    if norm[:2] == LIL:
        forms.add("ا" + norm[1:])
    if norm[:1] in CLITIC_LETTERS and len(norm) > 4:
        forms.add(norm[1:])
    return forms


class Recognizer:
    """A loaded CRF, compiled for fast tagging (``rasid.ner.scorer``), with the featurizer it was trained with."""

    def __init__(self, tagger: pycrfsuite.Tagger, featurizer: Featurizer, path: Path, version: str) -> None:
        self.tagger = tagger
        self.path = path
        self.version = version  # the model file's sha256 prefix, for provenance
        self.crf = CompiledCrf.from_tagger(tagger, featurizer.value_keys() | OPTIONAL_KEYS, featurizer.window)
        self.featurizer = matching(featurizer, self.crf)
        # A word's features and weight vectors are pure functions of the word, so a run reuses them across
        # documents. Only what tagging needs is kept (not the attribute strings), and the memo is emptied
        # when it reaches MEMO_LIMIT words to bound memory (about 1 kB a word).
        self.word_memo: dict[str, tuple[WordFeatures, np.ndarray]] = {}

    def tag(self, words: Sequence[str], memo: dict | None = None, memory: NameMemory | None = None,
            decoded: list[str] | None = None) -> list[str]:
        """One BIO tag (B-PERS, I-ORG, O…) per word; with a document ``memory``, what the document tagged
        earlier is a feature and surnames of people named earlier are tagged too. ``decoded`` is the CRF's
        own tags for ``words`` when ``decode_many`` already found them. ``memo`` is accepted for callers of
        the earlier interface and unused: per-word work is cached by the recogniser itself."""
        if not words:
            return []
        self._bound_memo()
        entries = [self.entry(w) for w in words]
        own = [features for features, _ in entries]
        tags = decoded
        if tags is None:
            earlier = memory.earlier() if memory is not None and self.crf.reads_document else None
            layers = self.featurizer.layers_of(own, earlier)
            tags = self.crf.viterbi(self.crf.emissions(layers, [vectors for _, vectors in entries]))
        if memory is None:
            return tags
        tags = memory.propagate(words, tags, [f.norm for f in own])
        if self.crf.reads_document:
            memory.record([f.key for f in own], tags)
        return tags

    def decode_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]] | None:
        """The CRF's tags for each sentence's words, decoded together (``rasid.ner.viterbi``); None when the
        model reads the document feature, whose value depends on the tags of the sentences before."""
        if self.crf.reads_document:
            return None
        self._bound_memo()
        prepared = []
        for words in sentences:
            entries = [self.entry(w) for w in words]
            prepared.append((self.featurizer.layers_of([features for features, _ in entries], None),
                             [vectors for _, vectors in entries]))
        scores = self.crf.emissions_many(prepared)
        labels = self.crf.labels
        return [[labels[i] for i in path] for path in decode_many(scores, self.crf.transitions)]

    def _bound_memo(self) -> None:
        if len(self.word_memo) > MEMO_LIMIT:
            self.word_memo.clear()

    def entry(self, word: str) -> tuple[WordFeatures, np.ndarray]:
        """The word's features without their attribute strings, and its weight vector per offset."""
        found = self.word_memo.get(word)
        if found is None:
            features = self.featurizer.word_features(word)
            found = self.word_memo[word] = (replace(features, values=(), vector=None),
                                            self.crf.vectors(features.values, features.vector))
        return found

    def proclitics(self, word: str) -> str:
        """The proclitics the segmenter reads on ``word`` ("وسامي" -> "و", "وليد" -> ""), as written."""
        pro = self.entry(word)[0].pro
        return word[:len(pro)] if pro else ""

    def entities(self, text: str, memo: dict | None = None, memory: NameMemory | None = None,
                 decoded: list[str] | None = None) -> list[Entity]:
        """The names in ``text`` (one sentence), with offsets into it; ``decoded`` as for ``tag``."""
        found = word_bounds(text)
        tags = self.tag([text[s:e] for s, e in found], memo, memory, decoded)
        return [entity_of(text, found, span) for span in spans(tags)]

    def decode_texts(self, texts: Sequence[str]) -> list[list[str]] | None:
        """``decode_many`` over sentences given as text, split into words as ``entities`` splits them."""
        return self.decode_many([[text[s:e] for s, e in word_bounds(text)] for text in texts])


def word_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` as the recogniser reads it (``WORD_SCANNER``)."""
    return [(m.start(), m.end()) for m in WORD_SCANNER.finditer(text)]


def matching(featurizer: Featurizer, crf: CompiledCrf) -> Featurizer:
    """The featurizer with the switchable features on exactly when the model has weights for them: org
    heads, trigrams and dense vectors are read from the model file, not configured twice."""
    keys = {key for key, _ in crf.values}
    return replace(featurizer, org_heads="oh" in keys, ngrams="g3" in keys, dims=crf.dims,
                   dense_window=crf.dense_window if crf.dims else featurizer.dense_window)


def entity_of(text: str, bounds: list[tuple[int, int]], span: Span) -> Entity:
    start, end = bounds[span.start][0], bounds[span.end - 1][1]
    return Entity(start, end, span.type, text[start:end])


def context_recognizer(context: Context) -> Recognizer | None:
    """The recogniser a run context holds: None when its settings turn NER off, else the bundled model sharing
    the context's KB, places, stems and clusters."""
    if not context.settings.ner:
        return None
    return load_recognizer(kb=context.kb, gazetteer=context.gazetteer, stems=context.stems, clusters=context.clusters)


def load_recognizer(path: Path | None = None, *, kb: object, gazetteer: object = None,
                    stems: object = None, clusters: object = None) -> Recognizer:
    """Open the CRF model at ``path`` (default: the bundled one) with the actor KB, places and stems it reads.

    The caller passes the KB (the recogniser sits below the actor area and never loads it); pass the run's
    loaded ``gazetteer``/``stems``/``clusters`` to share them, missing ones are loaded here.
    """
    from rasid.places.gazetteer import load_gazetteer
    from rasid.text.stems import load_stems

    model_path = path or data_path(MODEL_FILE)
    if not model_path.exists():
        raise DataFileError("name recogniser model is missing; run scripts/train_ner.py", source=str(model_path))
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(model_path))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"not a CRF model file: {exc}", source=str(model_path)) from exc
    lexicon = build_lexicon(kb, gazetteer or load_gazetteer())  # type: ignore[arg-type]
    featurizer = Featurizer(lexicon, stems or load_stems(), clusters or load_clusters())  # type: ignore[arg-type]
    log.debug("loaded name recogniser %s", model_path)
    return Recognizer(tagger, featurizer, model_path, file_checksum(model_path)[:8])
