"""Draw a reproducible sample of cross-outlet merged events for a hand check.

Run from the repository root:

    .venv/bin/python eval/handchecks/draw_merges.py --db FILE [--n 30] [--seed 20261201] [--full]

Opens the store read-only, takes every merged event reported by two or more different outlets (ordered by
id), samples ``--n`` of them with ``random.Random(seed)`` and prints each in the format of
``merges_30_final.txt``: a header line (id, CAMEO code, source->target, first/last date, articles, outlets,
codes, dates, places), then one line per report (outlet, publication date, CAMEO code, event date, place)
with the article title (T:) and the evidence sentence (S:). Titles are cut at 60 characters and sentences
at 200 unless ``--full`` is given. Verdicts are added by hand afterwards.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
from pathlib import Path

CANDIDATES = "SELECT id FROM merged_events WHERE json_array_length(outlets) >= 2 ORDER BY id"
MENTIONS = """
SELECT em.outlet, a.published, a.title, em.cameo, em.date, em.sentence, e.location_name
FROM event_mentions em JOIN articles a ON a.id = em.doc_id
LEFT JOIN events e ON e.doc_id = em.doc_id AND e.id = em.event_id
WHERE em.merged_id = ? ORDER BY a.published, em.doc_id, em.sentence_start
"""


def draw(db: str, n: int, seed: int, full: bool = False) -> str:
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    ids = [row[0] for row in conn.execute(CANDIDATES)]
    cut_title, cut_sentence = (None, None) if full else (60, 200)
    lines = []
    for number, merged_id in enumerate(random.Random(seed).sample(ids, n), 1):
        m = json.loads(conn.execute("SELECT json FROM merged_events WHERE id = ?", (merged_id,)).fetchone()[0])
        source, target = (m.get(role) or {} for role in ("source", "target"))
        lines.append(f"## {number} {merged_id} cameo={m['cameo']} {source.get('code')}->{target.get('code')} "
                     f"first={m.get('first_date')} last={m.get('last_date')} arts={m['num_articles']} "
                     f"outlets={m['num_sources']} codes={m['codes']} dates={m['dates']} "
                     f"loc={m.get('locations', {})}")
        for outlet, published, title, cameo, date, sentence, place in conn.execute(MENTIONS, (merged_id,)):
            lines.append(f"   [{outlet[:8]} {(published or '?')[:10]} {cameo} {date} {place or '-'}] "
                         f"T: {title[:cut_title]}")
            lines.append(f"        S: {sentence[:cut_sentence]}")
    conn.close()
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the rasid SQLite store (opened read-only)")
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--full", action="store_true", help="do not cut titles and sentences")
    args = parser.parse_args()
    print(draw(args.db, args.n, args.seed, args.full), end="")


if __name__ == "__main__":
    main()
