"""Draw the ANT gold articles: a seeded random draw from the middleEast category, stratified by country.

Reproducible: `python eval/ant/draw.py /path/to/antcorpus_multisource.tar.gz eval/ant/docs`. Articles are
shuffled with a fixed seed, bucketed by the first country their title names, kept when the body is of a
length a coder can annotate (300-2,000 characters), and taken in shuffled order until each bucket's quota is
full. Nothing here looks at rasid's output. Docs are numbered so that each bucket is split across the dev
half (1-15) and the held-out test half (16-30).
"""

from __future__ import annotations

import random
import re
import sys
import tarfile
from pathlib import Path

SEED = 20180218
MIN_BODY, MAX_BODY = 300, 2000
BUCKETS = (  # (name, quota, title words)
    ("syria", 4, ("سوري", "دمشق", "حلب", "إدلب", "الغوطة", "عفرين", "درعا", "الأسد")),
    ("yemen", 4, ("اليمن", "يمني", "الحوثي", "صنعاء", "عدن", "الحديدة", "تعز")),
    ("iraq", 3, ("العراق", "عراقي", "بغداد", "الموصل", "البصرة", "كركوك", "أربيل")),
    ("palestine", 4, ("فلسطين", "غزة", "القدس", "الضفة", "إسرائيل", "حماس", "الفلسطيني")),
    ("lebanon", 3, ("لبنان", "لبناني", "بيروت", "حزب الله", "الحريري")),
    ("gulf", 3, ("السعودي", "الرياض", "الإمارات", "قطر", "البحرين", "الكويت", "عمان", "الخليج")),
    ("egypt", 3, ("مصر", "مصري", "القاهرة", "السيسي", "سيناء")),
    ("sudan", 3, ("السودان", "سوداني", "الخرطوم", "دارفور", "البشير")),
    ("iran_turkey", 3, ("إيران", "إيراني", "طهران", "تركيا", "تركي", "أنقرة", "أردوغان")),
)
FIELD_RE = {tag: re.compile(rf"<{tag}>(.*?)</{tag}>", re.DOTALL) for tag in ("DOCNO", "TITLE", "TEXT")}


def field(raw: str, tag: str) -> str:
    match = FIELD_RE[tag].search(raw)
    return match.group(1).strip() if match else ""


def bucket_of(title: str) -> str | None:
    for name, _quota, words in BUCKETS:
        if any(word in title for word in words):
            return name
    return None


def middle_east_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = [m for m in archive.getmembers() if m.isfile() and "/middleEast/" in m.name]
    return sorted(members, key=lambda m: m.name)


def draw(archive_path: str) -> dict[str, list[tuple[str, str]]]:
    picked: dict[str, list[tuple[str, str]]] = {name: [] for name, _q, _w in BUCKETS}
    quota = {name: q for name, q, _w in BUCKETS}
    with tarfile.open(archive_path) as archive:
        members = middle_east_members(archive)
        random.Random(SEED).shuffle(members)
        for member in members:
            raw = archive.extractfile(member).read().decode("utf-8", errors="replace")
            name = bucket_of(field(raw, "TITLE"))
            if name is None or len(picked[name]) >= quota[name]:
                continue
            if MIN_BODY <= len(field(raw, "TEXT")) <= MAX_BODY:
                picked[name].append((field(raw, "DOCNO"), raw))
            if all(len(picked[n]) >= quota[n] for n in quota):
                break
    return picked


def numbered(picked: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """Dev gets the first ceil/floor half of each bucket, alternating, so both halves span the region."""
    dev, test = [], []
    odd_seen = 0
    for name, _q, _w in BUCKETS:
        docs = picked[name]
        cut = (len(docs) + (odd_seen % 2 == 0)) // 2
        odd_seen += len(docs) % 2
        dev.extend(docs[:cut])
        test.extend(docs[cut:])
    return dev + test


def main(archive_path: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for number, (docno, raw) in enumerate(numbered(draw(archive_path)), start=1):
        (out / f"{number:02d}_{docno}.txt").write_text(raw if raw.endswith("\n") else raw + "\n", encoding="utf-8")
        sys.stdout.write(f"{number:02d} {docno}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
