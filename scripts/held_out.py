"""The ANT articles no build script may read, not even as unlabelled text.

Three sets are scored or kept for checks, and a build that learns from the raw text of the corpus (word counts,
word clusters, the name recogniser's self-training, the topic model) must skip them:
- the articles listed in ``/work/shared/eval/reserved.txt``, kept for independent checks;
- the ``eval/ant`` articles (its held-out half is scored);
- the ``eval/corpus`` articles, dev and test (test is the locked split).

Articles are skipped by their DOCNO, which is the archive member's file name, before the member is read.
The eval/train pool is not held out: it is training data.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def reserved_path(shared: Path) -> Path:
    """reserved.txt beside the shared data folder (``shared`` is ``/work/shared/data``)."""
    return shared.parent / "eval" / "reserved.txt"


def held_out_docnos(shared: Path) -> frozenset[str]:
    """DOCNOs of every reserved, eval/ant and eval/corpus article. A missing reserved list is an error: a
    build that cannot see it would read those articles."""
    path = reserved_path(shared)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the reserved-article list is needed to leave those articles out")
    lines = path.read_text(encoding="utf-8").splitlines()
    reserved = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    ant = {p.stem.split("_", 1)[-1] for p in (ROOT / "eval" / "ant" / "docs").glob("*.txt")}
    rows = json.loads((ROOT / "eval" / "corpus" / "draw.json").read_text(encoding="utf-8"))["documents"]
    return frozenset(reserved | ant | {row["doc"] for row in rows})


def member_docno(member_name: str) -> str:
    """The DOCNO of an archive member (``.../AL-economy-14-20180215.txt`` → ``AL-economy-14-20180215``)."""
    return Path(member_name).stem
