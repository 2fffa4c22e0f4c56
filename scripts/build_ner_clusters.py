"""Learn distributional word clusters for the name recogniser from unlabelled Arabic news.

Word clusters give the CRF what ANERcorp alone cannot: that an unseen word behaves like known names, places
or organisation heads because it appears in the same contexts in a large corpus. Recipe:

1. Read TITLE and TEXT of every article of the ANT corpora (shared/data/news: ant_multisource, 31.5k
   articles, and ant_jawharafm, 10.2k; Apache-2.0), scan words as the recogniser does
   (``rasid.ner.model.WORD_SCANNER``) and reduce each to its cluster key: match-normalised, proclitics,
   article and enclitic removed (``rasid.ner.clusters.cluster_key``), so والسراج and السراج share one row.
2. Count, for every key seen at least ``--min-count`` times, which of the ``--contexts`` most frequent keys
   occur one and two words to its left and right (four separate context blocks, so word order counts).
3. Positive PMI with context-distribution smoothing (alpha 0.75), truncated SVD (``--dims``), rows scaled
   by the square root of the singular values and L2-normalised.
4. k-means (scikit-learn, fixed seed) at each granularity of ``--sizes`` (default 64, 256, 1024).
5. The first ``--vector-dims`` SVD components (largest singular values first) of every clustered key, each
   dimension scaled to unit variance over the vocabulary, as dense word features (float16).

Writes src/rasid/data/ner/clusters.tsv (key, then one cluster id per granularity), vectors.npy (one row
per row of clusters.tsv, same order) and their MANIFEST.json entries. Deterministic for given inputs and
arguments (fixed seeds; one thread for k-means).
Run: .venv/bin/python scripts/build_ner_clusters.py [--shared /work/shared/data]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from held_out import held_out_docnos, member_docno
from scipy import sparse
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.utils.extmath import randomized_svd

from rasid.ner.clusters import CLUSTER_FILE, VECTOR_FILE, cluster_key
from rasid.ner.model import WORD_SCANNER
from rasid.text.normalize import normalize
from rasid.text.stems import Stems, load_stems

log = logging.getLogger("build_ner_clusters")

AREA = Path(__file__).resolve().parent.parent / "src" / "rasid" / "data" / "ner"
ARCHIVES = ("ant_multisource/antcorpus_multisource.tar.gz", "ant_jawharafm/antcorpus_jawharafm.tar.gz")
FIELDS = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)
SENTENCE_END = re.compile(r"[.!?؟\n]")
OFFSETS = (-2, -1, 1, 2)
ALPHA = 0.75
SEED = 20240601
VERSION = "3"
SOURCE = ("k-means clusters (sizes {sizes}) of PPMI+SVD word vectors learnt from TITLE+TEXT of the ANT corpora "
          "(antcorpus/antcorpus.multisource.data f117ce4 and antcorpus/antcorpus.data 06f6a10, Chouigui et al.; "
          "{tokens:,} tokens; the articles of reserved.txt, eval/ant and eval/corpus left out: scripts/held_out.py) "
          "by scripts/build_ner_clusters.py; keys are normalised, clitic-stripped word forms")
VECTOR_SOURCE = ("float16 matrix, one row per clusters.tsv row: the {dims} leading components of the same PPMI+SVD "
                 "word vectors ({tokens:,} tokens of ANT news, the held-out articles left out), each scaled to unit "
                 "variance; scripts/build_ner_clusters.py")
LICENCE = "derived data; ANT corpora Apache-2.0 (cite Chouigui et al.)"


def article_texts(shared: Path) -> Iterator[str]:
    """TITLE and TEXT of every article in the ANT archives, in archive order, the held-out articles
    (``held_out.py``) left unread."""
    held = held_out_docnos(shared)
    for name in ARCHIVES:
        with tarfile.open(shared / "news" / name) as archive:
            for member in archive:
                if member.isfile() and member.name.endswith(".txt") and member_docno(member.name) not in held:
                    raw = archive.extractfile(member).read().decode("utf-8", errors="replace")  # type: ignore
                    yield from (m.group(2).strip() for m in FIELDS.finditer(raw))


def tokenised(shared: Path, stems: Stems) -> tuple[list[str], np.ndarray]:
    """(vocabulary of keys, corpus as key ids) with -1 at sentence breaks, so windows never cross them."""
    keys: dict[str, int] = {}
    by_word: dict[str, int] = {}
    ids: list[int] = []
    for text in article_texts(shared):
        for chunk in SENTENCE_END.split(text):
            for match in WORD_SCANNER.finditer(chunk):
                word = match.group()
                found = by_word.get(word)
                if found is None:
                    key = cluster_key(word, normalize(word).text, stems)
                    found = by_word[word] = keys.setdefault(key, len(keys))
                ids.append(found)
            ids.append(-1)
    return list(keys), np.asarray(ids, dtype=np.int64)


def cooccurrence(corpus: np.ndarray, targets: np.ndarray, contexts: np.ndarray, n_contexts: int) -> sparse.csr_matrix:
    """Counts of (target row, offset block × context column) over the corpus."""
    blocks = []
    for offset in OFFSETS:
        left = corpus[max(0, -offset):len(corpus) - max(0, offset)]
        right = corpus[max(0, offset):len(corpus) - max(0, -offset)]
        row, col = targets[np.maximum(left, 0)], contexts[np.maximum(right, 0)]
        keep = (left >= 0) & (right >= 0) & (row >= 0) & (col >= 0)
        n_rows = int(targets.max()) + 1
        blocks.append(sparse.coo_matrix((np.ones(int(keep.sum()), dtype=np.float32), (row[keep], col[keep])),
                                        shape=(n_rows, n_contexts)).tocsr())
    return sparse.hstack(blocks).tocsr()


def ppmi(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Positive pointwise mutual information with smoothed context probabilities."""
    total = counts.sum()
    row_p = np.asarray(counts.sum(axis=1)).ravel() / total
    col = np.asarray(counts.sum(axis=0)).ravel() ** ALPHA
    col_p = col / col.sum()
    coo = counts.tocoo()
    values = np.log((coo.data / total) / (row_p[coo.row] * col_p[coo.col]))
    keep = values > 0
    return sparse.csr_matrix((values[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)


def vectors(matrix: sparse.csr_matrix, dims: int) -> np.ndarray:
    u, s, _ = randomized_svd(matrix, n_components=dims, n_iter=5, random_state=SEED)
    vecs = u * np.sqrt(s)
    return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)


def kmeans(vecs: np.ndarray, size: int) -> np.ndarray:
    """Cluster ids; full k-means for small k, mini-batch for large k (same seed)."""
    if size <= 256:
        model = KMeans(n_clusters=size, n_init=3, random_state=SEED, max_iter=100)
    else:
        model = MiniBatchKMeans(n_clusters=size, n_init=3, random_state=SEED, batch_size=8192, max_iter=100)
    return model.fit_predict(vecs.astype(np.float32))


def dense(vecs: np.ndarray, dims: int) -> np.ndarray:
    """The leading ``dims`` components, each scaled to unit variance, as float16 (compact, enough precision)."""
    head = vecs[:, :dims]
    return (head / np.maximum(head.std(axis=0, keepdims=True), 1e-9)).astype(np.float16)


def build(shared: Path, min_count: int, n_contexts: int, dims: int, sizes: tuple[int, ...],
          vector_dims: int) -> tuple[list, np.ndarray, int]:
    stems = load_stems()
    vocab, corpus = tokenised(shared, stems)
    tokens = int((corpus >= 0).sum())
    freq = np.bincount(corpus[corpus >= 0], minlength=len(vocab))
    order = np.argsort(-freq, kind="stable")
    kept = order[freq[order] >= min_count]
    targets = np.full(len(vocab), -1, dtype=np.int64)
    targets[kept] = np.arange(len(kept))
    contexts = np.full(len(vocab), -1, dtype=np.int64)
    contexts[order[:n_contexts]] = np.arange(min(n_contexts, len(vocab)))
    log.info("%d tokens, %d keys, %d clustered (count >= %d)", tokens, len(vocab), len(kept), min_count)
    vecs = vectors(ppmi(cooccurrence(corpus, targets, contexts, n_contexts)), dims)
    labels = [kmeans(vecs, size) for size in sizes]
    good = [i for i, k in enumerate(kept) if writable(vocab[k])]
    rows = [(vocab[kept[i]], *(int(lab[i]) for lab in labels)) for i in good]
    return rows, dense(vecs, vector_dims)[good], tokens


def writable(key: str) -> bool:
    """Keys a TSV row can hold: not empty (a word of only diacritics), no tab, not read as a comment."""
    return bool(key) and not key.startswith("#") and "\t" not in key and "\n" not in key


def write(rows: list, table: np.ndarray, sizes: tuple[int, ...], tokens: int, suffix: str = "") -> None:
    """Write the table, the vectors and their manifest entries; with a ``suffix`` (a trial build), write
    clusters<suffix>.tsv and vectors<suffix>.npy and leave the manifest alone."""
    path = AREA / Path(CLUSTER_FILE).name.replace(".tsv", f"{suffix}.tsv")
    header = "\t".join(("key", *(f"c{s}" for s in sizes)))
    lines = ["# normalised clitic-stripped word form and its k-means cluster per granularity; see MANIFEST.json",
             header, *("\t".join(map(str, row)) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    vector_path = AREA / Path(VECTOR_FILE).name.replace(".npy", f"{suffix}.npy")
    with vector_path.open("wb") as handle:
        np.save(handle, table, allow_pickle=False)
    if suffix:
        return
    manifest_path = AREA / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["files"][path.name] = {
        "version": VERSION, "source": SOURCE.format(sizes="/".join(map(str, sizes)), tokens=tokens),
        "licence": LICENCE, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    manifest["files"][vector_path.name] = {
        "version": VERSION, "source": VECTOR_SOURCE.format(dims=table.shape[1], tokens=tokens),
        "licence": LICENCE, "sha256": hashlib.sha256(vector_path.read_bytes()).hexdigest()}
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("wrote %s: %d keys, %d bytes", path, len(rows), path.stat().st_size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--contexts", type=int, default=10_000)
    parser.add_argument("--dims", type=int, default=200)
    parser.add_argument("--sizes", default="64,256,1024")
    parser.add_argument("--vector-dims", type=int, default=64)
    parser.add_argument("--suffix", default="", help="trial build: clusters<SUFFIX>.tsv, no manifest entry")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    sizes = tuple(int(s) for s in args.sizes.split(","))
    rows, table, tokens = build(args.shared, args.min_count, args.contexts, args.dims, sizes, args.vector_dims)
    write(rows, table, sizes, tokens, args.suffix)


if __name__ == "__main__":
    main()
