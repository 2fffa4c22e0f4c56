"""Word tokens over the normalised text, and phrase look-up that tolerates the proclitics و ف ب ل.

The grammar walks these tokens; every token keeps its span in the normalised text, and
``Normalized.to_raw`` maps a match back to raw offsets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|[/()\-،,؛;.:]")
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class WordToken:
    text: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return self.text.isdigit()


def word_tokens(normalised: str) -> tuple[WordToken, ...]:
    return tuple(WordToken(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(normalised))


def clitic_forms(word: str) -> tuple[str, ...]:
    """The word and its forms without a leading conjunction (و ف) and preposition (ب ل, لل -> ال)."""
    forms = [word]
    if len(word) > 3 and word[0] in "وف":
        forms.append(word[1:])
    for form in list(forms):
        if len(form) > 3 and form.startswith("لل"):
            forms.append("ال" + form[2:])
        elif len(form) > 3 and form[0] in "بل":
            forms.append(form[1:])
    return tuple(dict.fromkeys(forms))


def match_phrase(tokens: tuple[WordToken, ...], index: int, table: Mapping[str, V], max_words: int,
                 clitics: bool = True) -> tuple[V, int] | None:
    """The longest entry of ``table`` starting at token ``index``: (value, index after it)."""
    if index >= len(tokens):
        return None
    firsts = clitic_forms(tokens[index].text) if clitics else (tokens[index].text,)
    for size in range(min(max_words, len(tokens) - index), 0, -1):
        rest = [t.text for t in tokens[index + 1:index + size]]
        if any(not w.isalpha() for w in rest):
            continue
        for first in firsts:
            key = " ".join([first, *rest])
            if key in table:
                return table[key], index + size
    return None


def word_at(tokens: tuple[WordToken, ...], index: int) -> str:
    return tokens[index].text if 0 <= index < len(tokens) else ""
