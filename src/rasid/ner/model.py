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
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from rasid.errors import DataFileError
from rasid.ner.conll import Span, spans
from rasid.ner.features import Featurizer
from rasid.ner.lexicon import build_lexicon
from rasid.resources import data_path, file_checksum
from rasid.text.chars import ARABIC_WORD, LATIN_WORD, NUMBER
from rasid.text.normalize import normalize

log = logging.getLogger(__name__)

MODEL_FILE = "ner/anercorp.crfsuite"
# Words as ANERcorp tokenises them: Arabic words, numbers, Latin words, and each other visible character.
WORD_SCANNER = re.compile(f"{ARABIC_WORD.pattern}|{NUMBER.pattern}|{LATIN_WORD.pattern}|\\S")
TYPES = ("PERS", "ORG", "LOC", "MISC")
MEMO_LIMIT = 200_000  # words whose features a recogniser keeps between documents
MEMORY_WINDOW = 30  # sentences: about one news article of ANERcorp, which marks no article boundaries


@dataclass(frozen=True, slots=True)
class Entity:
    """A recognised name: character offsets into the text given to ``entities``, and its type."""

    start: int
    end: int
    type: str
    text: str


class NameMemory:
    """Surnames of people the recogniser named in full in the last ``window`` sentences of a document.

    A later bare occurrence that the CRF left untagged is tagged B-PERS: "يوسف القرضاوي … فتوى القرضاوي".
    One memory per document (per stretch of a CoNLL file); it holds no state between documents.
    """

    def __init__(self, window: int = MEMORY_WINDOW) -> None:
        self.recent: deque[frozenset[str]] = deque(maxlen=window)

    def propagate(self, words: Sequence[str], tags: list[str]) -> list[str]:
        known = frozenset().union(*self.recent) if self.recent else frozenset()
        norms = [normalize(w).text for w in words]
        out = [("B-PERS" if tag == "O" and bare_name(norm) & known else tag) for norm, tag in zip(norms, tags,
                                                                                                    strict=True)]
        self.recent.append(frozenset(norms[s.end - 1] for s in spans(out)
                                     if s.type == "PERS" and s.end - s.start > 1 and len(norms[s.end - 1]) >= 3))
        return out


def bare_name(norm: str) -> set[str]:
    """The word and its readings without one glued conjunction or preposition (للشهرستاني, بايهود)."""
    forms = {norm}
    if norm[:2] == "لل":
        forms.add("ا" + norm[1:])
    if norm[:1] in "وبلف" and len(norm) > 4:
        forms.add(norm[1:])
    return forms


class Recognizer:
    """A loaded CRF tagger with the featurizer it was trained with."""

    def __init__(self, tagger: pycrfsuite.Tagger, featurizer: Featurizer, path: Path, version: str) -> None:
        self.tagger = tagger
        self.featurizer = featurizer
        self.path = path
        self.version = version  # the model file's sha256 prefix, for provenance
        # Per-word features are pure functions of the word, so a run reuses them across documents; the
        # memo is emptied when it reaches MEMO_LIMIT words to bound memory on large corpora.
        self.word_memo: dict = {}

    def tag(self, words: Sequence[str], memo: dict | None = None, memory: NameMemory | None = None) -> list[str]:
        """One BIO tag (B-PERS, I-ORG, O…) per word; with a document ``memory``, surnames of people named
        earlier are tagged too."""
        if not words:
            return []
        if memo is None:
            if len(self.word_memo) > MEMO_LIMIT:
                self.word_memo.clear()
            memo = self.word_memo
        tags = list(self.tagger.tag(self.featurizer.sentence(words, memo)))
        return memory.propagate(words, tags) if memory is not None else tags

    def proclitics(self, word: str) -> str:
        """The proclitics the segmenter reads on ``word`` ("وسامي" -> "و", "وليد" -> ""), as written."""
        pro, _, _ = self.featurizer.pieces(word, normalize(word).text)
        return word[:len(pro)] if pro else ""

    def entities(self, text: str, memo: dict | None = None, memory: NameMemory | None = None) -> list[Entity]:
        """The names in ``text`` (one sentence), with offsets into it."""
        found = [(m.start(), m.end()) for m in WORD_SCANNER.finditer(text)]
        tags = self.tag([text[s:e] for s, e in found], memo, memory)
        return [entity_of(text, found, span) for span in spans(tags)]


def entity_of(text: str, bounds: list[tuple[int, int]], span: Span) -> Entity:
    start, end = bounds[span.start][0], bounds[span.end - 1][1]
    return Entity(start, end, span.type, text[start:end])


def load_recognizer(path: Path | None = None, kb: object = None, gazetteer: object = None,
                    stems: object = None) -> Recognizer:
    """Open the CRF model at ``path`` (default: the bundled one) with the KB, places and stems it reads.

    Pass the run's loaded ``kb``/``gazetteer``/``stems`` to share them; missing ones are loaded here.
    """
    from rasid.actors.kb import load_knowledge_base
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
    lexicon = build_lexicon(kb or load_knowledge_base(), gazetteer or load_gazetteer())  # type: ignore[arg-type]
    featurizer = Featurizer(lexicon, stems or load_stems())  # type: ignore[arg-type]
    log.debug("loaded name recogniser %s", model_path)
    return Recognizer(tagger, featurizer, model_path, file_checksum(model_path)[:8])
