"""Word tokens over the normalised text, and phrase look-up that tolerates the proclitics و ف ب ل.

The grammar walks these tokens; every token keeps its span in the normalised text, and
``Normalized.to_raw`` maps a match back to raw offsets. ``rasid.text.normalize.normalize`` gives exactly what
``rasid.text.normalize`` gives for the match profile, with C-level ``str.translate`` instead of a per-character
loop (the dates and places stages normalise whole articles, so this is their largest fixed cost).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar, overload

from rasid.text.clitics import CLITIC_LETTERS, CONJUNCTIONS, LIL, MARKER_PREPOSITIONS

TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|[/()\-،,؛;.:]")
V = TypeVar("V")


class PhraseTable(Mapping[str, V]):
    """A read-only phrase -> value table that knows its first words and longest phrase, so a look-up
    at a token that starts no phrase costs one set test."""

    __slots__ = ("_entries", "firsts", "max_words")

    def __init__(self, entries: Mapping[str, V]) -> None:
        self._entries = dict(entries)
        self.firsts = frozenset(key.split()[0] for key in self._entries)
        self.max_words = max((len(key.split()) for key in self._entries), default=0)

    def __getitem__(self, key: str) -> V:
        return self._entries[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"PhraseTable({len(self._entries)} phrases)"


@dataclass(frozen=True, slots=True)
class WordToken:
    text: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return self.text.isdigit()


class TokenSeq(Sequence[WordToken]):
    """The word tokens of a normalised text, kept as parallel tuples of texts and start offsets: an
    article has hundreds of tokens and the grammars look at few of them, so ``WordToken`` objects are
    made only when asked for."""

    __slots__ = ("starts", "texts")

    def __init__(self, normalised: str) -> None:
        self.texts: tuple[str, ...] = tuple(TOKEN_RE.findall(normalised))
        self.starts: tuple[int, ...] = tuple(map(re.Match.start, TOKEN_RE.finditer(normalised)))

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, index: int) -> WordToken: ...

    @overload
    def __getitem__(self, index: slice) -> list[WordToken]: ...

    def __getitem__(self, index: int | slice) -> WordToken | list[WordToken]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.texts)))]
        text, start = self.texts[index], self.starts[index]
        return WordToken(text, start, start + len(text))

    def end(self, index: int) -> int:
        return self.starts[index] + len(self.texts[index])


def word_tokens(normalised: str) -> TokenSeq:
    return TokenSeq(normalised)


def clitic_forms(word: str) -> tuple[str, ...]:
    """The word and its forms without a leading conjunction (و ف) and preposition (ب ل, لل -> ال)."""
    if len(word) <= 3 or word[0] not in CLITIC_LETTERS:
        return (word,)
    forms = [word]
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        forms.append(word[1:])
    for form in list(forms):
        if len(form) > 3 and form.startswith(LIL):
            forms.append("ال" + form[2:])
        elif len(form) > 3 and form[0] in MARKER_PREPOSITIONS:
            forms.append(form[1:])
    return tuple(dict.fromkeys(forms))


def trigger_indices(tokens: TokenSeq, words: frozenset[str]) -> list[int]:
    """Indices of the digit tokens and of the tokens one of whose clitic forms is in ``words``."""
    return [i for i, text in enumerate(tokens.texts)
            if text[0].isdigit() or any(f in words for f in clitic_forms(text))]


def match_phrase(tokens: TokenSeq, index: int, table: Mapping[str, V], max_words: int,
                 clitics: bool = True) -> tuple[V, int] | None:
    """The longest entry of ``table`` starting at token ``index``: (value, index after it)."""
    texts = tokens.texts
    if index >= len(texts):
        return None
    firsts = clitic_forms(texts[index]) if clitics else (texts[index],)
    if isinstance(table, PhraseTable):
        firsts = tuple(f for f in firsts if f in table.firsts)
        if not firsts:
            return None
        max_words = min(max_words, table.max_words)
    for size in range(min(max_words, len(texts) - index), 0, -1):
        rest = texts[index + 1:index + size]
        if any(not w.isalpha() for w in rest):
            continue
        for first in firsts:
            key = " ".join([first, *rest])
            if key in table:
                return table[key], index + size
    return None


def word_at(tokens: TokenSeq, index: int) -> str:
    return tokens.texts[index] if 0 <= index < len(tokens.texts) else ""
