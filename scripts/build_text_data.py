"""Build src/rasid/data/text/stems.tsv (Arabic word-form frequencies) and refresh the area manifest.

The tokeniser decides clitic splits by asking whether the stem left after removing a clitic is an attested
word, and how the whole form's frequency compares with the stem's. Those counts come from real news text:
the ANT multisource corpus (TITLE and TEXT of every article) and the tokens of ANERcorp and AQMAR.
UD Arabic PUD is deliberately left out: it is the gold the segmentation benchmark measures against.

Forms are counted after ``normalize(..., "match")`` (no diacritics, alef/ya/ta marbuta folded), so the
keys are what ``rasid.text.tokenize`` looks up. Only the most frequent forms are kept.
Run: .venv/bin/python scripts/build_text_data.py [--shared /work/shared/data] [--top 70000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import tarfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from held_out import held_out_docnos, member_docno

from rasid.text.chars import ARABIC_WORD
from rasid.text.normalize import normalize

log = logging.getLogger("build_text_data")

AREA = Path(__file__).resolve().parent.parent / "src" / "rasid" / "data" / "text"
STEMS_FILE = "stems.tsv"
ANT_ARCHIVE = Path("news/ant_multisource/antcorpus_multisource.tar.gz")
NER_FILES = (Path("ner/anercorp/ANERCorp_original_HassanAzzam.txt"),)
NER_DIRS = (Path("ner/aqmar"),)
FIELD = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)
SOURCE = ("word-form counts (match-normalised) from ANT corpus v2.1 multisource (antcorpus/"
          "antcorpus.multisource.data f117ce4, Chouigui et al.; TITLE+TEXT of its 31.5k articles but those of "
          "reserved.txt, eval/ant and eval/corpus: scripts/held_out.py), ANERcorp "
          "(Benajiba & Rosso) tokens and AQMAR (Mohit et al. 2012) tokens; built by scripts/build_text_data.py")
LICENCE = ("derived counts; ANT Apache-2.0 (cite Chouigui et al.), ANERcorp research use / CAMeL split "
           "CC BY-SA 4.0, AQMAR CC BY-SA 3.0: keep attribution")
VERSION = "1"
STEMS_VERSION = "2"  # since the held-out articles are left out
MIN_COUNT = 3
HAND_WRITTEN = {
    "unsplit.tsv": "rasid contributors: lexicalised Arabic forms the clitic segmenter keeps whole",
    "boilerplate.tsv": "rasid contributors: Arabic and English page-furniture cues (share, follow, corrections)",
}


def ant_texts(archive: Path, held: frozenset[str]) -> Iterator[str]:
    """The TITLE and TEXT fields of every article in the ANT tarball, the ``held`` DOCNOs left unread."""
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".txt")) or member_docno(member.name) in held:
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            raw = handle.read().decode("utf-8", errors="replace")
            for match in FIELD.finditer(raw):
                yield match.group(2)


def ner_tokens(path: Path) -> Iterator[str]:
    """First column of a one-token-a-line NER file."""
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            parts = line.replace("\u200e", "").split()
            if parts:
                yield parts[0]


def count_words(texts: Iterable[str], counts: Counter[str]) -> None:
    for text in texts:
        counts.update(ARABIC_WORD.findall(text))


def fold_counts(raw_counts: Counter[str]) -> Counter[str]:
    """Merge raw spellings under their match-normalised key."""
    folded: Counter[str] = Counter()
    for form, count in raw_counts.items():
        key = normalize(form).text
        if key:
            folded[key] += count
    return folded


def collect(shared: Path) -> Counter[str]:
    raw: Counter[str] = Counter()
    count_words(ant_texts(shared / ANT_ARCHIVE, held_out_docnos(shared)), raw)
    log.info("ANT: %d distinct raw forms, %d tokens", len(raw), sum(raw.values()))
    for path in NER_FILES:
        count_words(ner_tokens(shared / path), raw)
    for folder in NER_DIRS:
        for path in sorted((shared / folder).glob("*.txt")):
            if path.name != "SOURCE.txt":
                count_words(ner_tokens(path), raw)
    log.info("with NER corpora: %d distinct raw forms", len(raw))
    return fold_counts(raw)


def write_stems(counts: Counter[str], top: int) -> Path:
    rows = [(form, n) for form, n in counts.most_common(top) if n >= MIN_COUNT]
    rows.sort(key=lambda row: (-row[1], row[0]))
    path = AREA / STEMS_FILE
    lines = ["# Arabic word forms (match-normalised) and their corpus counts; see MANIFEST.json", "form\tcount"]
    lines += [f"{form}\t{n}" for form, n in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log.info("wrote %d forms to %s", len(rows), path)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(total_tokens: int | None) -> None:
    """Checksum every data file of the area; keep the stems entry when the stems were not rebuilt."""
    path = AREA / "MANIFEST.json"
    files = json.loads(path.read_text(encoding="utf-8"))["files"] if path.exists() else {}
    if total_tokens is not None:
        files[STEMS_FILE] = {"version": STEMS_VERSION, "source": SOURCE, "licence": LICENCE,
                             "corpus_tokens": str(total_tokens)}
    files[STEMS_FILE]["sha256"] = sha256(AREA / STEMS_FILE)
    for name, source in HAND_WRITTEN.items():
        files[name] = {"version": VERSION, "source": source, "licence": "Apache-2.0", "sha256": sha256(AREA / name)}
    path.write_text(json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--top", type=int, default=70_000)
    parser.add_argument("--manifest-only", action="store_true", help="only refresh checksums")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    AREA.mkdir(parents=True, exist_ok=True)
    if args.manifest_only:
        write_manifest(None)
        return
    counts = collect(args.shared)
    write_stems(counts, args.top)
    write_manifest(sum(counts.values()))


if __name__ == "__main__":
    main()
