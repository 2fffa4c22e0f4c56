"""Conservative clitic segmentation of one Arabic orthographic word, licensed by corpus counts.

A word is read as ``[و|ف] [ب|ل|ك|لل|س] [ال] stem [enclitic]``. Each clitic is cut only when the rest is
an attested form (``Stems``) and the evidence does not say the whole word is a lexeme of its own:

* the whole form must not be far more frequent than the rest (``كانت`` is not ك+انت: 36 times ``انت``);
* a form that itself takes the article is a noun, not clitic+stem (``بحث`` ~ ``البحث``, ``دولي`` ~ ``الدولي``);
* lexicalised words listed in ``unsplit.tsv`` stay whole (كما، الذي، التقى).

The ratios below were set from corpus counts of typical pairs (وقال/قال ≈ 2, وأضاف/أضاف ≈ 20,
بلاده/بلاد ≈ 19, كانت/انت ≈ 36, هناك/هنا ≈ 5) and checked against UD Arabic PUD (bench/).
Cut points are found on the match-normalised letters and mapped back to raw offsets, so diacritics and
tatweel stay inside the piece they follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasid.text.clitics import ARTICLE, CONJUNCTIONS, FUTURE, LIL, MARKER_PREPOSITIONS, PREPOSITIONS
from rasid.text.normalize import fold_text, normalize
from rasid.text.stems import Stems

MIN_COUNT = 3  # a form seen fewer times is not evidence
SHORT_STEM_COUNT = 1000  # a two-letter stem must be a very common word (ما، هو، في، عن), not a fragment
ARTICLE_SHARE = 0.1  # if ال+form is seen this often relative to form, form is a noun of its own
# clitic -> max whole/rest ratio (the clitics themselves are rasid.text.clitics'; a test checks the keys)
CONJUNCTION_RATIOS = {"و": 60.0, "ف": 20.0}
PREPOSITION_RATIOS = {"ب": 20.0, "ل": 15.0, "ك": 3.0}
LIL_RATIO = 15.0
FUTURE_RATIO = 3.0
FUTURE_NEXT = frozenset("يتنأ")
# enclitic pronoun -> (max whole/stem ratio, needs the whole form to be attested); all of ENCLITIC_PRONOUNS
ENCLITIC_RATIOS = {
    "هما": (40.0, False), "كما": (2.0, True), "هم": (40.0, False), "هن": (5.0, True), "ها": (40.0, False),
    "كم": (2.0, True), "كن": (1.0, True), "ني": (0.5, True), "نا": (2.0, True), "ه": (25.0, False),
    "ك": (0.5, True), "ي": (1.0, True),
}
# the enclitics by their last letter, in ENCLITIC_RATIOS order: a word is tried only against those it can end with
ENCLITICS_BY_LAST = {letter: tuple((s, v) for s, v in ENCLITIC_RATIOS.items() if s[-1] == letter)
                     for letter in {s[-1] for s in ENCLITIC_RATIOS}}
PROCLITIC_RUN = re.compile(f"({'|'.join(CONJUNCTIONS)})?({'|'.join((LIL, *PREPOSITIONS, FUTURE))})?({ARTICLE})?")


@dataclass(frozen=True, slots=True)
class Piece:
    """One segment of a word: offsets relative to the word, its kind and its matching form."""

    start: int
    end: int
    kind: str  # proclitic | word | enclitic
    norm: str


@dataclass(frozen=True, slots=True)
class _Analysis:
    cuts: tuple[tuple[int, str], ...]  # (end index in the skeleton, kind of the piece ending there)
    core_count: int
    stem_norm: str = ""  # the stem's citation form when an enclitic changed its spelling (حكومت -> حكومه)


class _Word:
    """The skeleton (match-normalised letters) of one word and the raw letter behind each of them."""

    def __init__(self, word: str, stems: Stems) -> None:
        self.normalized = normalize(word)
        self.sk = self.normalized.text
        self.raw = [word[i] for i in self.normalized.offsets[:-1]]
        self.stems = stems

    def f(self, form: str) -> int:
        return self.stems.count(form)

    def lexical(self, form: str) -> bool:
        """``form`` is a word on its own: listed as unsplittable, or a noun that takes the article."""
        if form in self.stems.unsplit:
            return True
        with_article = self.f(ARTICLE + form)
        return with_article >= MIN_COUNT and with_article > ARTICLE_SHARE * self.f(form)

    def raw_is(self, index: int, letters: str) -> bool:
        return index < len(self.raw) and self.raw[index] in letters


def _support(w: _Word, pos: int, layer: int) -> int:
    """Count of the rest from ``pos``: its own count, or that of the stem a deeper analysis finds."""
    own = w.f(w.sk[pos:])
    if own >= MIN_COUNT:
        return own
    deeper = _analyse(w, pos, layer)
    return deeper.core_count if deeper.cuts else 0


def _licensed(w: _Word, pos: int, width: int, ratio: float, layer: int) -> bool:
    whole, rest = w.sk[pos:], w.sk[pos + width:]
    if len(rest) < 2 or w.lexical(whole):
        return False
    support = _support(w, pos + width, layer)
    if len(rest) == 2 and support < SHORT_STEM_COUNT:
        return False
    return support >= MIN_COUNT and w.f(whole) <= ratio * support


def _prefixed(w: _Word, pos: int, width: int, kind: str, next_layer: int) -> _Analysis:
    rest = _analyse(w, pos + width, next_layer)
    return _Analysis(((pos + width, kind), *rest.cuts), rest.core_count, rest.stem_norm)


def _conjunction(w: _Word, pos: int) -> _Analysis | None:
    ratio = CONJUNCTION_RATIOS.get(w.sk[pos:pos + 1])
    if ratio and w.raw_is(pos, CONJUNCTIONS) and _licensed(w, pos, 1, ratio, 1):
        return _prefixed(w, pos, 1, "proclitic", 1)
    return None


def _preposition(w: _Word, pos: int) -> _Analysis | None:
    sk = w.sk
    if sk.startswith(LIL, pos) and w.raw_is(pos + 1, "ل") and _lil_licensed(w, pos):
        return _prefixed(w, pos, 2, "proclitic", 3)
    ratio = PREPOSITION_RATIOS.get(sk[pos:pos + 1])
    if sk[pos:pos + 1] in MARKER_PREPOSITIONS and sk[pos + 1:] in ENCLITIC_RATIOS:
        return None  # له، بهم: a preposition carrying a pronoun, read by the enclitic step
    if ratio and w.raw_is(pos, PREPOSITIONS) and _licensed(w, pos, 1, ratio, 2):
        return _prefixed(w, pos, 1, "proclitic", 2)
    if sk.startswith(FUTURE, pos) and w.raw_is(pos + 1, FUTURE_NEXT) and _licensed(w, pos, 1, FUTURE_RATIO, 3):
        return _prefixed(w, pos, 1, "proclitic", 3)
    return None


def _lil_licensed(w: _Word, pos: int) -> bool:
    """ل + ال with the alef dropped (للسلطة): the rest must be attested, bare or with the article."""
    whole, rest = w.sk[pos:], w.sk[pos + 2:]
    if len(rest) < 2 or whole in w.stems.unsplit:
        return False
    support = max(w.f(rest), w.f(ARTICLE + rest))
    return support >= MIN_COUNT and w.f(whole) <= LIL_RATIO * support


def _article(w: _Word, pos: int) -> _Analysis | None:
    whole, rest = w.sk[pos:], w.sk[pos + 2:]
    if not (whole.startswith(ARTICLE) and w.raw_is(pos, "ا") and w.raw_is(pos + 1, "ل")):
        return None
    if len(rest) < 2 or whole in w.stems.unsplit:
        return None
    if w.f(rest) < MIN_COUNT and w.f(whole) >= MIN_COUNT:
        return None  # an attested word whose rest is not a word: ألمانيا spelt المانيا, الجزائر
    return _Analysis(((pos + 2, "proclitic"), (len(w.sk), "word")), w.f(rest))


def _stem_count(w: _Word, stem: str, end: int) -> tuple[int, str]:
    """Count of a stem left by an enclitic and its citation spelling when that differs.

    حكومت -> حكومه (ta marbuta), قالو -> قالوا, لقاي -> لقاء and ابناو -> ابناء (hamza seat).
    """
    candidates = [stem]
    if stem.endswith("ت") and w.raw_is(end - 1, "ت"):
        candidates.append(stem[:-1] + "ه")
    if stem.endswith("و"):
        candidates.append(stem + "ا")
    if w.raw_is(end - 1, "ئؤ"):
        candidates.append(stem[:-1] + "ء")
    best = max(candidates, key=w.f)
    return w.f(best), ("" if best == stem or best == stem + "ا" else best)


def _enclitic(w: _Word, pos: int) -> _Analysis | None:
    core = w.sk[pos:]
    for suffix, (ratio, needs_whole) in ENCLITICS_BY_LAST.get(core[-1:], ()):
        cut = len(w.sk) - len(suffix)
        stem = w.sk[pos:cut]
        if not core.endswith(suffix) or "".join(w.raw[cut:]) != suffix or core in w.stems.unsplit:
            continue
        if stem in MARKER_PREPOSITIONS and (stem, suffix) != ("ب", "ي"):  # بي is mostly بي بي سي
            return _Analysis(((cut, "word"), (len(w.sk), "enclitic")), MIN_COUNT)
        if len(stem) < 2 or (suffix != "ه" and w.lexical(core)) or core in w.stems.unsplit:
            continue  # (ال + a form in -ه is folded with the -ة noun: العمله is العملة, not evidence)
        count, citation = _stem_count(w, stem, cut)
        if len(stem) == 2 and count < SHORT_STEM_COUNT:
            continue
        if suffix == "ي" and not citation.endswith("ه"):
            continue  # -ي on a bare stem is a nisba or a construct plural (مسؤولي، وزيري), not "my"
        whole = w.f(core)
        if count >= MIN_COUNT and whole <= ratio * count and (whole or not needs_whole):
            return _Analysis(((cut, "word"), (len(w.sk), "enclitic")), count, citation)
    return None


def _analyse(w: _Word, pos: int, layer: int) -> _Analysis:
    """Best analysis of the skeleton from ``pos``, trying the clitic layers from ``layer`` on.

    When a clitic is licensed, the reading that skips it is still considered, and wins if it reaches a
    more frequent stem (لدينا is لدي+نا, not ل+دينا).
    """
    for index in range(layer, len(STEPS)):
        taken = STEPS[index](w, pos)
        if taken is not None:
            skipped = _analyse(w, pos, index + 1) if index + 1 < len(STEPS) else None
            if skipped is not None and skipped.cuts and skipped.core_count > taken.core_count:
                return skipped
            return taken
    return _Analysis((), w.f(w.sk[pos:]))


STEPS = (_conjunction, _preposition, _article, _enclitic)


def _proclitic_run(w: _Word) -> _Analysis | None:
    """A bare run of proclitics joined to the next word by tatweel or a quote mark: بـ، الـ، وبـ، لـ."""
    match = PROCLITIC_RUN.fullmatch(w.sk)
    if match is None or not match.group(0):
        return None
    cuts = tuple((match.end(g), "proclitic") for g in (1, 2, 3) if match.group(g))
    return _Analysis(cuts, 0)


def _to_pieces(word: str, w: _Word, analysis: _Analysis) -> tuple[Piece, ...]:
    offsets = w.normalized.offsets
    pieces, start = [], 0
    for index, (cut, kind) in enumerate(analysis.cuts):
        end = len(word) if cut == len(w.sk) else offsets[cut]
        if end <= start:
            return (Piece(0, len(word), "word", w.sk),)  # a cut inside a ligature: keep the word whole
        norm = fold_text(word[start:end])
        if kind == "word" and analysis.stem_norm and index + 1 < len(analysis.cuts):
            norm = analysis.stem_norm
        pieces.append(Piece(start, end, kind, norm))
        start = end
    return tuple(pieces)


def segment_word(word: str, stems: Stems) -> tuple[Piece, ...]:
    """Split one Arabic orthographic word into proclitics, stem and enclitic (offsets relative to ``word``)."""
    w = _Word(word, stems)
    if not w.sk:
        return (Piece(0, len(word), "word", ""),)
    run = _proclitic_run(w) if word.endswith("\u0640") else None
    if run is not None:
        return _to_pieces(word, w, run)
    analysis = _analyse(w, 0, 0)
    if not analysis.cuts:
        return (Piece(0, len(word), "word", w.sk),)
    cuts = analysis.cuts if analysis.cuts[-1][0] == len(w.sk) else (*analysis.cuts, (len(w.sk), "word"))
    return _to_pieces(word, w, _Analysis(cuts, analysis.core_count, analysis.stem_norm))
