"""Distributional word clusters for the name recogniser (``data/ner/clusters.tsv``).

Each row maps a cluster key — a word match-normalised, with proclitics, article and enclitic removed
(والسراج, السراج and سراج share one key) — to its k-means cluster at several granularities, learnt from
unlabelled ANT news by ``scripts/build_ner_clusters.py``. Words in one cluster occur in the same contexts,
so a name never seen in ANERcorp still shares a feature with names that were.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from rasid.errors import DataFileError
from rasid.resources import data_path, read_tsv
from rasid.text.segment import segment_word
from rasid.text.stems import Stems

CLUSTER_FILE = "ner/clusters.tsv"
VECTOR_FILE = "ner/vectors.npy"  # one float16 row per row of CLUSTER_FILE
DIGITS = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Clusters:
    """Key -> cluster ids (one per granularity, coarse to fine, as strings ready for features), and each
    key's dense vector (``VECTOR_FILE``: the SVD components the clusters were cut from)."""

    sizes: tuple[str, ...]  # column names: c64, c256, c1024 …
    table: Mapping[str, tuple[str, ...]]
    rows: Mapping[str, int] = field(default_factory=dict)  # key -> its row of ``vectors``
    vectors: np.ndarray | None = None  # (keys, dims) float16, read-only

    def of(self, key: str) -> tuple[str, ...] | None:
        return self.table.get(key)

    def vector(self, key: str) -> np.ndarray | None:
        """The key's dense vector (float16, unit variance per dimension); None for an unknown key."""
        row = self.rows.get(key)
        return None if row is None or self.vectors is None else self.vectors[row]


def split_word(word: str, norm: str, stems: Stems) -> tuple[str, str, str]:
    """(proclitics, stem, enclitic) of a word as the segmenter reads it; other tokens are their own stem."""
    if not norm or not ("\u0621" <= norm[0] <= "\u06ff"):
        return "", norm, ""
    parts = segment_word(word, stems)
    pro = "".join(p.norm for p in parts if p.kind == "proclitic")
    stem = "".join(p.norm for p in parts if p.kind == "word") or norm
    enc = "".join(p.norm for p in parts if p.kind == "enclitic")
    return pro, stem, enc


def key_of_stem(stem: str) -> str:
    """The cluster key of a segmented stem: digits folded, so years and counts share rows."""
    return DIGITS.sub("0", stem)


def cluster_key(word: str, norm: str, stems: Stems) -> str:
    """The key a word is clustered and looked up under (``norm`` is its match-normalised form)."""
    return key_of_stem(split_word(word, norm, stems)[1])


def load_clusters(name: str = CLUSTER_FILE, vector_name: str | None = VECTOR_FILE) -> Clusters:
    """Read the bundled cluster table (every row must give one id per granularity) and, unless
    ``vector_name`` is None, the vector table aligned with it."""
    path = data_path(name)
    with path.open(encoding="utf-8") as handle:
        header = next(line for line in handle if line.strip() and not line.startswith("#")).rstrip("\n").split("\t")
    if header[:1] != ["key"] or len(header) < 2:
        raise DataFileError(f"cluster table header must be 'key' then granularities, got {header}", source=str(path))
    sizes = tuple(header[1:])
    keys: list[str] = []
    table: dict[str, tuple[str, ...]] = {}
    for row in read_tsv(path, header, header):
        keys.append(row["key"])
        table[row["key"]] = tuple(row[s] for s in sizes)
    vectors = load_vectors(vector_name, len(keys)) if vector_name else None
    rows = {key: index for index, key in enumerate(keys)} if vectors is not None else {}
    return Clusters(sizes, MappingProxyType(table), MappingProxyType(rows), vectors)


def load_vectors(name: str, expected: int) -> np.ndarray:
    """The float16 vector table, one row per cluster row; the shapes must agree."""
    path = data_path(name)
    try:
        table = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as exc:
        raise DataFileError(f"not a vector table: {exc}", source=str(path)) from exc
    if table.ndim != 2 or table.shape[0] != expected or table.dtype != np.float16:
        raise DataFileError(f"vector table must be float16 with {expected} rows, got {table.dtype} {table.shape}",
                            source=str(path))
    table.setflags(write=False)
    return table
