"""Near-duplicate articles (wire copy republished, lightly edited) with MinHash LSH over word shingles.

Each article becomes the set of its normalised word n-grams; MinHash estimates the Jaccard similarity of two
sets and LSH finds the pairs above a threshold without comparing every pair. Articles are offered in
publication order, so the canonical article of a group is the first published; a later copy links to the
canonical of whatever it matches, so chains never form. Signatures are plain integer arrays so a store can
keep them and a later run can match new articles against old ones (incremental).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from rasid.text.normalize import fold_text

DEFAULT_THRESHOLD = 0.8
NUM_PERM = 128
SEED = 20180218
SHINGLE_WORDS = 3
SCHEME = "affine32"  # datasketch's hash scheme; stored signatures are only comparable within one scheme
SIGNATURE_DTYPE = np.uint32
MIN_SHINGLES = 5  # shorter texts (a headline, a caption) say too little to call a copy
WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    doc_id: str
    canonical_id: str
    similarity: float  # the MinHash estimate of the Jaccard similarity of their shingle sets


def fold_words(text: str) -> list[str]:
    """Words of the text with diacritics, alef/ya/ta marbuta and digits folded, as search does."""
    return WORD.findall(fold_text(text))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = fold_words(text)
    return {" ".join(words[i:i + size]) for i in range(max(0, len(words) - size + 1))}


def new_minhash(num_perm: int = NUM_PERM, seed: int = SEED, permutations: object = None) -> MinHash:
    """An empty MinHash; CRC-32 hashes shingles (stable across processes, and far cheaper than SHA-1)."""
    return MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME, hashfunc=zlib.crc32, permutations=permutations)


def signature(text: str, num_perm: int = NUM_PERM, seed: int = SEED, template: MinHash | None = None) \
        -> np.ndarray | None:
    """The MinHash hash values of the text's shingles; None when the text is too short to judge.

    Pass a ``template`` (``new_minhash()``) when signing many texts, so its permutations are drawn once.
    """
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = new_minhash(num_perm, seed, template.permutations if template is not None else None)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(minhash.hashvalues, dtype=SIGNATURE_DTYPE)


def signatures(texts: Iterable[str], num_perm: int = NUM_PERM, seed: int = SEED) -> Iterator[np.ndarray | None]:
    template = new_minhash(num_perm, seed)
    for text in texts:
        yield signature(text, num_perm, seed, template)


def as_minhash(values: np.ndarray, seed: int = SEED) -> LeanMinHash:
    return LeanMinHash(seed=seed, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """An LSH index that links each new article to the canonical article it copies, if any."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = NUM_PERM, seed: int = SEED) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
        self.threshold, self.seed = threshold, seed
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, LeanMinHash] = {}
        self._canonical: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, doc_id: str, values: np.ndarray, canonical_id: str | None = None) -> NearDuplicate | None:
        """Index the article; return its link when it copies an indexed one (``canonical_id`` if known)."""
        if doc_id in self._hashes:
            return None
        minhash = as_minhash(values, self.seed)
        link = self._best_match(doc_id, minhash)
        self._canonical[doc_id] = canonical_id or (link.canonical_id if link else doc_id)
        self._lsh.insert(doc_id, minhash)
        self._hashes[doc_id] = minhash
        return link

    def _best_match(self, doc_id: str, minhash: LeanMinHash) -> NearDuplicate | None:
        scored = [(minhash.jaccard(self._hashes[other]), other) for other in self._lsh.query(minhash)]
        scored = [(score, other) for score, other in scored if score >= self.threshold]
        if not scored:
            return None
        score, other = max(scored, key=lambda pair: (pair[0], _negated(pair[1])))
        return NearDuplicate(doc_id, self._canonical[other], round(float(score), 4))


def _negated(text: str) -> tuple[int, ...]:
    """Sort key preferring the smaller id on equal scores (max() with a reversed string order)."""
    return tuple(-ord(c) for c in text)


def find_near_duplicates(texts: Iterable[tuple[str, str]], threshold: float = DEFAULT_THRESHOLD) \
        -> list[NearDuplicate]:
    """Links for ``(doc_id, text)`` pairs given in publication order; the first of a group is canonical."""
    index = NearDuplicateIndex(threshold)
    pairs = list(texts)
    links = []
    for (doc_id, _), values in zip(pairs, signatures(text for _, text in pairs), strict=True):
        if values is not None and (link := index.add(doc_id, values)):
            links.append(link)
    return links


def group_sizes(links: Sequence[NearDuplicate]) -> dict[str, int]:
    """Canonical id -> number of articles in its group (the canonical itself included)."""
    sizes: dict[str, int] = {}
    for link in links:
        sizes[link.canonical_id] = sizes.get(link.canonical_id, 1) + 1
    return sizes
