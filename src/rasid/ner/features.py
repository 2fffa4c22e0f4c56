"""Token features for the CRF name recogniser.

Each word gets: its match-normalised form; word shape and length; prefixes and suffixes; its clitic
segmentation (``rasid.text.segment``: proclitics, stem, enclitic); how common the form is in a large news
corpus (names are rare words); whether it is a known given name; and the BIO label of any actor-KB or
place-gazetteer entry covering it. A window of two words on each side repeats the most telling of these.
Training (ANERcorp tokens) and tagging (words scanned from raw text) go through the same function.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rasid.ner.lexicon import Lexicon, kb_labels, place_labels
from rasid.text.normalize import normalize
from rasid.text.segment import segment_word
from rasid.text.stems import Stems

Features = dict[str, float | str]
WINDOW = 2
NEIGHBOUR_KEYS = ("w", "stem", "kb", "geo", "given", "pn")
NEAR_KEYS = ("pro", "suf2", "shape", "freq")


@dataclass(frozen=True, slots=True)
class Featurizer:
    """Turns the words of a sentence into CRF feature dicts; holds only immutable resources."""

    lexicon: Lexicon
    stems: Stems

    def sentence(self, words: Sequence[str], memo: dict[str, Features] | None = None) -> list[Features]:
        """Features of every word, context included. ``memo`` (per call site) reuses per-word work."""
        memo = {} if memo is None else memo
        own = [self.word(w, memo) for w in words]
        norms = [str(f["w"]) for f in own]
        kb = kb_labels(self.lexicon, norms)
        geo = place_labels(self.lexicon, norms)
        own = [{**f, "kb": kb[i] or "-", "geo": geo[i] or "-"} for i, f in enumerate(own)]
        return [with_context(own, i) for i in range(len(own))]

    def word(self, word: str, memo: dict[str, Features]) -> Features:
        found = memo.get(word)
        if found is None:
            found = memo[word] = self.word_features(word)
        return found

    def word_features(self, word: str) -> Features:
        norm = normalize(word).text
        pro, stem, enc = self.pieces(word, norm)
        return {
            "w": norm, "shape": shape(word), "len": str(min(len(norm), 8)),
            "pre2": norm[:2], "pre3": norm[:3], "suf1": norm[-1:], "suf2": norm[-2:], "suf3": norm[-3:],
            "pro": pro or "-", "stem": stem, "enc": enc or "-", "spre2": stem[:2], "ssuf2": stem[-2:],
            "freq": frequency_band(self.stems.count(norm)), "sfreq": frequency_band(self.stems.count(stem)),
            "given": str(stem in self.lexicon.given_names or norm in self.lexicon.given_names),
            "pn": self.name_part(norm, stem),
        }

    def name_part(self, norm: str, stem: str) -> str:
        """Whether the word is a known first name, a later part of people's names, or neither."""
        forms = (norm, stem, "ال" + stem)
        if any(f in self.lexicon.first_names for f in forms):
            return "first"
        return "part" if any(f in self.lexicon.name_parts for f in forms) else "-"

    def pieces(self, word: str, norm: str) -> tuple[str, str, str]:
        """(proclitics, stem, enclitic) of an Arabic word; other tokens are their own stem."""
        if not norm or not ("\u0621" <= norm[0] <= "\u06ff"):
            return "", norm, ""
        parts = segment_word(word, self.stems)
        pro = "".join(p.norm for p in parts if p.kind == "proclitic")
        stem = "".join(p.norm for p in parts if p.kind == "word") or norm
        enc = "".join(p.norm for p in parts if p.kind == "enclitic")
        return pro, stem, enc


def shape(word: str) -> str:
    """A coarse class: Arabic, Latin, digits, punctuation or mixed."""
    kinds = set()
    for char in word:
        if char.isdigit():
            kinds.add("d")
        elif char.isalpha():
            kinds.add("a" if "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufefc" else "l")
        elif char not in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640":
            kinds.add("p")
    return "".join(sorted(kinds)) or "-"


def frequency_band(count: int) -> str:
    """Corpus frequency on a log scale: unseen, rare … very common."""
    return str(min(int(math.log10(count + 1) * 2), 10))


def with_context(own: list[Features], index: int) -> Features:
    features: Features = {"bias": 1.0, **{k: v for k, v in own[index].items()}}
    for offset in range(-WINDOW, WINDOW + 1):
        position = index + offset
        if offset == 0:
            continue
        if not 0 <= position < len(own):
            features[f"{offset}:edge"] = 1.0
            continue
        other = own[position]
        for key in NEIGHBOUR_KEYS:
            features[f"{offset}:{key}"] = other[key]
        if abs(offset) == 1:
            for key in NEAR_KEYS:
                features[f"{offset}:{key}"] = other[key]
    features["-1|0"] = f"{features.get('-1:w', '^')}|{own[index]['w']}"
    features["0|+1"] = f"{own[index]['w']}|{features.get('1:w', '$')}"
    features["kb-1|kb"] = f"{features.get('-1:kb', '^')}|{own[index]['kb']}"
    return features
