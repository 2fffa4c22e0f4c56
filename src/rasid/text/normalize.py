"""Arabic normalisation as small named character maps, each returning text plus an offset map.

``Normalized.offsets[i]`` is the index in the raw text of normalised character ``i``; the list has one
extra entry (the raw length) so that an end offset maps too. Display always uses the raw text; the
normalised form is only for matching.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rasid.text.chars import DIGITS

DIACRITICS = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)])
TATWEEL = "\u0640"
INVISIBLES = frozenset("\u00ad\u200b\u200c\u200d\u200e\u200f\u061c\ufeff"
                       "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")
ALEF_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
HAMZA_CARRIERS = {"ؤ": "و", "ئ": "ي"}
YA_VARIANTS = {"ى": "ي", "ی": "ي", "ې": "ي"}
TA_MARBUTA = {"ة": "ه"}
OTHER_LETTERS = {"ک": "ك", "ڪ": "ك", "گ": "ك"}
QUOTES = {c: '"' for c in "“”«»„‟″＂〝〞❝❞"} | {c: "'" for c in "‘’‚‛′`"}
PUNCT = {"٪": "%", "٫": ".", "٬": ","}


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    offsets: tuple[int, ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span covering normalised span [start, end).

        The span keeps what normalisation dropped right after its last character (harakat, tatweel,
        invisible marks), so a highlighted word keeps its final vowel.
        """
        if start >= end:
            raw = self.offsets[start]
            return raw, raw
        return self.offsets[start], max(self.offsets[end - 1] + 1, self.offsets[end])

    def index_to_raw(self, index: int) -> int:
        return self.offsets[index]


def _char_map(*, diacritics: bool, tatweel: bool, alef: bool, hamza: bool, ya: bool, ta_marbuta: bool,
              digits: bool, quotes: bool) -> dict[str, str]:
    table: dict[str, str] = {c: "" for c in INVISIBLES}
    if diacritics:
        table |= {c: "" for c in DIACRITICS}
    if tatweel:
        table[TATWEEL] = ""
    for enabled, mapping in ((alef, ALEF_VARIANTS), (hamza, HAMZA_CARRIERS), (ya, YA_VARIANTS),
                             (ta_marbuta, TA_MARBUTA), (digits, DIGITS), (quotes, QUOTES),
                             (True, OTHER_LETTERS), (True, PUNCT)):
        if enabled:
            table |= mapping
    return table


PROFILES: dict[str, dict[str, str]] = {
    # For matching names, triggers and cues: everything folded.
    "match": _char_map(diacritics=True, tatweel=True, alef=True, hamza=True, ya=True, ta_marbuta=True,
                       digits=True, quotes=True),
    # For display-safe processing (sentence splitting, dates): spelling kept, noise removed.
    "light": _char_map(diacritics=True, tatweel=True, alef=False, hamza=False, ya=False, ta_marbuta=False,
                       digits=True, quotes=True),
}


# The fast path: str.translate with a table of one-to-one or dropped characters, valid when the text has no
# presentation forms (which expand) and no character whose lower case depends on context or changes length.
_TRANSLATE = {name: str.maketrans(table) for name, table in PROFILES.items()}
_DROPPED = {name: re.compile("[" + re.escape("".join(sorted(c for c, v in table.items() if not v))) + "]+")
            for name, table in PROFILES.items()}
_SLOW_PATH = re.compile("[\ufb50-\ufefc\u03a3\u0130]")
assert all(len(v) <= 1 for table in PROFILES.values() for v in table.values())


def _kept_offsets(text: str, dropped: re.Pattern[str]) -> tuple[int, ...]:
    offsets: list[int] = []
    previous = 0
    for match in dropped.finditer(text):
        offsets.extend(range(previous, match.start()))
        previous = match.end()
    offsets.extend(range(previous, len(text) + 1))
    return tuple(offsets)


def _fold_char(char: str, table: dict[str, str], lower: bool) -> str:
    mapped = table.get(char)
    if mapped is not None:
        return mapped
    if "\ufb50" <= char <= "\ufefc":  # Arabic presentation forms, incl. the lam-alef ligatures
        folded = unicodedata.normalize("NFKC", char)
        return "".join(table.get(c, c) for c in folded)
    return char.lower() if lower else char


def normalize(text: str, profile: str = "match") -> Normalized:
    """Normalise ``text`` and keep, for every output character, its raw index."""
    lower = profile == "match"
    if _SLOW_PATH.search(text) is None:
        folded = text.translate(_TRANSLATE[profile])
        result = folded.lower() if lower else folded
        if len(result) == len(folded):
            if len(folded) == len(text):  # nothing dropped: the offsets are the identity
                return Normalized(result, tuple(range(len(text) + 1)))
            return Normalized(result, _kept_offsets(text, _DROPPED[profile]))
    return _normalize_by_char(text, profile, lower)


def _normalize_by_char(text: str, profile: str, lower: bool) -> Normalized:
    table = PROFILES[profile]
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char, table, lower)
        out.append(folded)
        offsets.extend([index] * len(folded))
    offsets.append(len(text))
    return Normalized("".join(out), tuple(offsets))


def fold_text(text: str) -> str:
    """The "match" normalisation without offsets (``normalize(text).text``), for search, shingling and keys
    where none are needed: the offsets cost more than the folding."""
    if _SLOW_PATH.search(text) is None:
        folded = text.translate(_TRANSLATE["match"])
        result = folded.lower()
        if len(result) == len(folded):
            return result
    return normalize(text).text


def normalize_key(text: str) -> str:
    """The matching key of a dictionary entry: ``normalize(text).text`` with whitespace collapsed."""
    return " ".join(fold_text(text).split())


def strip_diacritics(text: str) -> str:
    return "".join(c for c in text if c not in DIACRITICS and c != TATWEEL)
