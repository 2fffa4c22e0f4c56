"""Tokens with raw offsets: Arabic words cut into clitic segments, numbers, Latin words, punctuation.

Every token satisfies ``text[t.start:t.end] == t.text``. The segments of one orthographic word share a
document-wide ``word_index``, so a matcher can work on words or on segments.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from rasid.memo import Memo
from rasid.records import Sentence, Token
from rasid.text.chars import ARABIC_WORD, LATIN_WORD, NUMBER
from rasid.text.normalize import normalize
from rasid.text.segment import Piece, segment_word
from rasid.text.stems import Stems, load_stems

SCANNER = re.compile(
    f"(?P<arabic>{ARABIC_WORD.pattern})|(?P<number>{NUMBER.pattern})|(?P<latin>{LATIN_WORD.pattern})"
    r"|(?P<symbol>[\U0001F1E6-\U0001F1FF]{2})"  # a flag is one symbol made of two regional indicators
    r"|(?P<other>(\S)\6*)"
)


def _other_kind(char: str) -> str:
    return "punct" if unicodedata.category(char).startswith("P") else "symbol"


def _scan(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every orthographic unit in ``text[start:end]``."""
    for match in SCANNER.finditer(text, start, end):
        other = match.group("other")
        yield match.start(), match.end(), _other_kind(other[0]) if other else str(match.lastgroup)


Segmenter = Callable[[str], tuple[Piece, ...]]


def _word_tokens(text: str, start: int, end: int, kind: str, context: tuple[int, int],
                 segment: Segmenter) -> list[Token]:
    sentence_index, word_index = context
    raw = text[start:end]
    if kind != "arabic":
        return [Token(start, end, raw, normalize(raw).text, kind, sentence_index, word_index)]
    return [Token(start + p.start, start + p.end, raw[p.start:p.end], p.norm, p.kind, sentence_index, word_index)
            for p in segment(raw)]


def tokenize(text: str, sentences: Sequence[Sentence], stems: Stems | None = None,
             segment: Segmenter | None = None) -> tuple[Token, ...]:
    """Tokens of every sentence, in document order.

    ``stems`` licenses clitic splits; pass the loaded vocabulary (``ctx.stems``). Without it the bundled
    one is read from disk on every call, which is correct but slow in a loop. ``segment`` replaces the
    word segmenter, e.g. with the run's memo of it (``tokens_stage``); it must agree with ``segment_word``.
    """
    if segment is None:
        vocabulary = stems if stems is not None else load_stems()
        segment = Memo(lambda word: segment_word(word, vocabulary))
    tokens: list[Token] = []
    word_index = 0
    for sentence in sentences:
        for start, end, kind in _scan(text, sentence.start, sentence.end):
            context = (sentence.index, word_index)
            tokens.extend(_word_tokens(text, start, end, kind, context, segment))
            word_index += 1
    return tuple(tokens)
