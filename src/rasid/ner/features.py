"""Token features for the CRF name recogniser, as crfsuite attribute strings ("w:سراج", "-1:c256:17").

Each word gets: its match-normalised form; word shape and length; prefixes and suffixes; its clitic
segmentation (``rasid.text.segment``: proclitics, stem, enclitic); how common the form is in a large news
corpus (names are rare words); whether it is a known name word; its distributional clusters
(``rasid.ner.clusters``) at three granularities; and the BIO label of any actor-KB or place-gazetteer entry
covering it. A window of ``WINDOW`` words on each side repeats the most telling of these.

The attributes split in two so tagging can be fast: **static** ones are a pure function of one word and its
offset from the token being labelled (``static_attributes`` of the word's memoised ``values``), **dynamic**
ones depend on the sentence or document (gazetteer labels, sentence edges, word pairs, what the document
tagged earlier). A token's attributes are the static attributes of the words around it plus its dynamic
ones; training (``sentence``) and the compiled tagger (``rasid.ner.scorer``) read the same two parts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from rasid.ner.clusters import Clusters, key_of_stem, split_word
from rasid.ner.lexicon import Lexicon, kb_heads, kb_labels, place_heads, place_labels
from rasid.text.normalize import fold_text
from rasid.text.stems import Stems

WINDOW = 2
NEIGHBOUR_KEYS = ("w", "stem", "given", "pn", "c64", "c256", "oh")
NEAR_KEYS = ("pro", "suf2", "shape", "freq", "c1024")
CONJUNCTION_KEY = "c256"
OPTIONAL_KEYS = frozenset(("oh", "g3"))  # value keys of the switchable features (org heads, trigrams)
WORD_KEYS = ("w", "shape", "len", "pre2", "pre3", "suf1", "suf2", "suf3", "pro", "stem", "enc", "spre2", "ssuf2",
             "freq", "sfreq", "given", "pn")  # then one key per cluster granularity (c64, c256, c1024)


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """One word's feature ``values`` (key, value pairs: the static attributes, see ``static_attributes``)
    and what the dynamic attributes read: its normalised form, cluster key, cluster and gazetteer heads."""

    norm: str
    key: str  # cluster key: normalised, clitic-stripped
    pro: str
    values: tuple[tuple[str, str], ...]
    cluster: str = "-"  # mid-granularity cluster id, for the pair conjunctions
    kb_heads: tuple[str, ...] = ()  # readings that open a KB entry (``lexicon.kb_heads``)
    place_heads: tuple[str, ...] = ()  # readings that open a place name
    vector: np.ndarray | None = None  # the cluster key's dense vector (``Clusters.vector``), None when unknown


@dataclass(frozen=True, slots=True)
class Layers:
    """One sentence's words (memoised) and each token's dynamic attributes (in no particular order)."""

    words: tuple[WordFeatures, ...]
    dynamic: tuple[list[str], ...]


@dataclass(frozen=True, slots=True)
class Featurizer:
    """Turns the words of a sentence into CRF attributes; holds only immutable resources."""

    lexicon: Lexicon
    stems: Stems
    clusters: Clusters | None = None
    window: int = WINDOW
    conjunctions: bool = True  # cluster pairs of neighbouring words
    dims: int = 0  # leading dense vector components given as weighted attributes (0: none)
    dense_window: int = 1  # words each side whose vectors a token sees
    org_heads: bool = False  # the "oh" feature: which kind of organisation name the word can head
    ngrams: bool = False  # the stem's letter trigrams ("g3"), for the look of names never seen in training

    def sentence(self, words: Sequence[str], memo: dict | None = None,
                 earlier: Mapping[str, str] | None = None) -> list[list[str]] | list[dict[str, float]]:
        """Attributes of every word, context included (training and the reference tagger): names, or with
        dense features, a name -> value mapping per word (names weigh 1, vector components their value)."""
        layers = self.layers(words, {} if memo is None else memo, earlier)
        static = [static_attributes(f.values, self.window) for f in layers.words]
        names = [token_attributes(static, layers.dynamic[i], i) for i in range(len(static))]
        if not self.dims:
            return names
        return [weighted(names[i], dense_attributes(layers.words, i, self.dims, self.dense_window))
                for i in range(len(names))]

    def layers(self, words: Sequence[str], memo: dict, earlier: Mapping[str, str] | None = None) -> Layers:
        """Static word features (from ``memo`` when seen before) and dynamic token attributes.
        ``earlier`` maps cluster keys to the tag the document gave them before this sentence."""
        return self.layers_of([self.word(w, memo) for w in words], earlier)

    def layers_of(self, own: Sequence[WordFeatures], earlier: Mapping[str, str] | None = None) -> Layers:
        """``layers`` for words whose features are already known."""
        norms = [f.norm for f in own]
        kb = kb_labels(self.lexicon, norms, [f.kb_heads for f in own])
        geo = place_labels(self.lexicon, norms, [f.place_heads for f in own])
        dynamic = dynamic_attributes(own, kb, geo, earlier, self.window, self.conjunctions)
        return Layers(tuple(own), tuple(dynamic))

    def word(self, word: str, memo: dict) -> WordFeatures:
        found = memo.get(word)
        if found is None:
            found = memo[word] = self.word_features(word)
        return found

    def word_features(self, word: str) -> WordFeatures:
        norm = fold_text(word)
        pro, stem, enc = split_word(word, norm, self.stems)
        key = key_of_stem(stem)
        values = {
            "w": norm, "shape": shape(word), "len": str(min(len(norm), 8)),
            "pre2": norm[:2], "pre3": norm[:3], "suf1": norm[-1:], "suf2": norm[-2:], "suf3": norm[-3:],
            "pro": pro or "-", "stem": stem, "enc": enc or "-", "spre2": stem[:2], "ssuf2": stem[-2:],
            "freq": frequency_band(self.stems.count(norm)), "sfreq": frequency_band(self.stems.count(stem)),
            "given": str(stem in self.lexicon.given_names or norm in self.lexicon.given_names),
            "pn": self.name_part(norm, stem), **self.cluster_values(key), **self.head_values(norm, key),
        }
        vector = self.clusters.vector(key) if self.clusters is not None else None
        pairs = tuple(values.items()) + (trigrams(stem) if self.ngrams else ())
        return WordFeatures(norm, key, pro, pairs, values.get(CONJUNCTION_KEY, "-"),
                            kb_heads(self.lexicon, norm), place_heads(self.lexicon, norm), vector)

    def value_keys(self) -> frozenset[str]:
        """Every key of a word's ``values``: the static attributes at offset 0 are "key:value"."""
        extra = (("oh",) if self.org_heads else ()) + (("g3",) if self.ngrams else ())
        return frozenset(WORD_KEYS + extra + (self.clusters.sizes if self.clusters is not None else ()))

    def cluster_values(self, key: str) -> dict[str, str]:
        if self.clusters is None:
            return {}
        ids = self.clusters.of(key)
        return {name: (ids[i] if ids else "-") for i, name in enumerate(self.clusters.sizes)}

    def head_values(self, norm: str, key: str) -> dict[str, str]:
        """The kind of organisation the word heads (شركة -> company), when the org-head features are on."""
        if not self.org_heads:
            return {}
        return {"oh": self.lexicon.org_heads.get(key) or self.lexicon.org_heads.get(norm) or "-"}

    def name_part(self, norm: str, stem: str) -> str:
        """Whether the word is a known first name, a later part of people's names, or neither."""
        forms = (norm, stem, "ال" + stem)
        if any(f in self.lexicon.first_names for f in forms):
            return "first"
        return "part" if any(f in self.lexicon.name_parts for f in forms) else "-"

    def pieces(self, word: str, norm: str) -> tuple[str, str, str]:
        """(proclitics, stem, enclitic) of an Arabic word; other tokens are their own stem."""
        return split_word(word, norm, self.stems)


def trigrams(stem: str) -> tuple[tuple[str, str], ...]:
    """The distinct letter trigrams of an Arabic stem with its edges marked ("<سرا", "سرا", "راج", "اج>")."""
    if len(stem) < 2 or not "\u0621" <= stem[0] <= "\u06ff":
        return ()
    marked = f"<{stem}>"
    return tuple(("g3", g) for g in dict.fromkeys(marked[i:i + 3] for i in range(len(marked) - 2)))


def keys_at(offset: int) -> tuple[str, ...] | None:
    """Which feature keys a word shows a token ``offset`` words away (None: all of them, at offset 0)."""
    if offset == 0:
        return None
    return NEIGHBOUR_KEYS + (NEAR_KEYS if abs(offset) == 1 else ())


def static_attributes(values: Sequence[tuple[str, str]], window: int = WINDOW) -> tuple[tuple[str, ...], ...]:
    """The word's attributes when it sits ``offset`` words from the token being labelled, for each offset
    in [-window, window] (index ``window + offset``): all of ``values`` at 0, fewer further away."""
    table = dict(values)
    out: list[tuple[str, ...]] = []
    for offset in range(-window, window + 1):
        keys = keys_at(offset)
        if keys is None:
            out.append(("bias", *(f"{k}:{v}" for k, v in values)))
        else:
            out.append(tuple(f"{offset}:{k}:{table[k]}" for k in keys if k in table))
    return tuple(out)


def dynamic_attributes(own: Sequence[WordFeatures], kb: Sequence[str], geo: Sequence[str],
                       earlier: Mapping[str, str] | None, window: int = WINDOW,
                       conjunctions: bool = True) -> list[list[str]]:
    """Sentence- and document-dependent attributes of every token: word pairs, cluster pairs, sentence
    edges, gazetteer labels in the window, the KB label bigram, and the document memory."""
    n = len(own)
    norms = ["^", *(f.norm for f in own), "$"]
    clusters = ["^", *(f.cluster for f in own), "$"]
    previous_kb = ["^", *kb]
    out = []
    for i in range(n):
        here = [f"-1|0:{norms[i]}|{norms[i + 1]}", f"0|+1:{norms[i + 1]}|{norms[i + 2]}"]
        if conjunctions:
            here += [f"c-1|0:{clusters[i]}|{clusters[i + 1]}", f"c0|+1:{clusters[i + 1]}|{clusters[i + 2]}"]
        if i < window or i >= n - window:
            here += [f"{o}:edge" for o in range(-window, window + 1) if not 0 <= i + o < n]
        if previous_kb[i] or kb[i]:
            here.append(f"kb-1|kb:{previous_kb[i]}|{kb[i]}")
        seen = earlier.get(own[i].key) if earlier else None
        if seen:
            here.append(f"doc:{seen}")
        out.append(here)
    for labels, name in ((kb, "kb"), (geo, "geo")):
        for position in [p for p in range(n) if labels[p]]:
            for offset in range(-window, window + 1):
                if 0 <= position - offset < n:
                    out[position - offset].append(f"{offset}:{name}:{labels[position]}")
    return out


def dense_name(offset: int, dim: int) -> str:
    """The attribute of vector component ``dim`` of the word ``offset`` words away: "v:3", "-1:v:3"."""
    return f"v:{dim}" if offset == 0 else f"{offset}:v:{dim}"


def dense_attributes(words: Sequence[WordFeatures], index: int, dims: int, window: int) -> dict[str, float]:
    """The first ``dims`` vector components of the words within ``window`` of token ``index`` (words with
    no vector add nothing: their components count as zero)."""
    out: dict[str, float] = {}
    for offset in range(-window, window + 1):
        position = index + offset
        vector = words[position].vector if 0 <= position < len(words) else None
        if vector is not None:
            out.update((dense_name(offset, d), float(v)) for d, v in enumerate(vector[:dims].tolist()) if v)
    return out


def weighted(names: Sequence[str], dense: Mapping[str, float]) -> dict[str, float]:
    """Attribute names (each weighing 1; a repeated name counts twice, as in a list) plus dense values."""
    out: dict[str, float] = {}
    for name in names:
        out[name] = out.get(name, 0.0) + 1.0
    out.update(dense)
    return out


def token_attributes(static: Sequence[tuple[tuple[str, ...], ...]], dynamic: Sequence[str], index: int) -> list[str]:
    """All attributes of token ``index``: static ones of the window's words, then its dynamic ones."""
    out: list[str] = []
    window = len(static[index]) // 2
    for offset in range(-window, window + 1):
        position = index + offset
        if 0 <= position < len(static):
            out += static[position][window + offset]
    out += dynamic
    return out


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
