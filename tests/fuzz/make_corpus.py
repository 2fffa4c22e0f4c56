"""Write the fixed-seed fuzz corpus under tests/fuzz/corpus (run: python -m tests.fuzz.make_corpus).

Documents in every input format, built from real news words and the odd code points, digits and structures
that broke rasid before (superscript digits before a month, digit runs past Python's int limit, lone
surrogate escapes, NUL bytes in JSON lines, HTML nested past libxml2's depth limit, repeated titles and verbs).
The corpus is committed; CI runs it through ingest and the pipeline (tests/fuzz/test_corpus.py).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.fuzz.strategies import ODD, WORDS

SEED = 20261206
OUT = Path(__file__).parent / "corpus"
POISON = (
    "استقبل الرئيس التونسي وزير الخارجية الفرنسي في ³ مايو ٢٠١٨",
    "هاجمت القوات السورية مواقع المعارضة في " + "9" * 5000 + " يناير",
    "وقع الهجوم في ²⁰¹⁸ وفي ① مارس",
    "استقبل " + "الرئيس " * 700,
    "هاجم " * 300,
    "قال وزير الخارجية " + "، " * 400 + "إن",
)


def random_text(rng: random.Random, words: int) -> str:
    pool = WORDS * 4 + ODD
    return " ".join(rng.choice(pool) for _ in range(words))


def documents(rng: random.Random) -> dict[str, bytes]:
    docs: dict[str, bytes] = {}
    for index, text in enumerate(POISON):
        docs[f"poison-{index:02d}.txt"] = text.encode("utf-8")
    for index in range(24):
        docs[f"random-{index:02d}.txt"] = random_text(rng, rng.randint(5, 200)).encode("utf-8", "surrogatepass")
    lines = [json.dumps({"id": f"j{i}", "text": random_text(rng, 30)}) for i in range(6)]
    lines.insert(2, '{"id": "surrogate", "text": "\\ud800 ' + POISON[0] + '"}')
    lines.insert(4, '{"id": "nul", "text": "abc\x00def"}')
    lines.insert(5, '{"id": "broken", "text": ')
    docs["lines.jsonl"] = "\n".join(lines).encode("utf-8")
    deep = "<div>" * 400 + f"<p>{POISON[0]} يوم الاثنين</p>" + "</div>" * 400
    docs["deep.html"] = f"<html><head><title>t</title></head><body>{deep}</body></html>".encode()
    docs["broken.html"] = b"<html><body><p>" + POISON[1].encode() + b"<div><span"
    docs["cp1256.txt"] = POISON[0].encode("cp1256", "ignore")
    docs["utf16.txt"] = POISON[0].encode("utf-16")
    docs["empty.txt"] = b""
    docs["binary.bin"] = bytes(rng.randrange(256) for _ in range(300))
    return docs


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, data in documents(random.Random(SEED)).items():
        (OUT / name).write_bytes(data)
    print(f"{len(list(OUT.iterdir()))} documents in {OUT}")


if __name__ == "__main__":
    main()
