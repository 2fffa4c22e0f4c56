"""Render event dicts and networks for people (rich tables) and tools (JSON lines, TSV)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

TSV_COLUMNS = ("doc_id", "cameo", "root", "plover", "quad_class", "goldstein", "source_code", "source_name",
               "source_text", "target_code", "target_name", "target_text", "date", "date_text",
               "date_precision", "location", "country", "lat", "lon", "evidence_start", "evidence_end",
               "evidence", "confidence", "sources")


def _actor(event: Mapping[str, Any], role: str, key: str) -> str:
    return str((event.get(role) or {}).get(key) or "")


def event_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """One flat row of an event dict, for TSV and tables."""
    location = event.get("location") or {}
    evidence = event.get("evidence") or {}
    return {
        "doc_id": event.get("doc_id", ""), "cameo": event.get("cameo", ""), "root": event.get("root", ""),
        "plover": event.get("plover", ""), "quad_class": event.get("quad_class", ""),
        "goldstein": event.get("goldstein", ""),
        **{f"{r}_{k}": _actor(event, r, k) for r in ("source", "target") for k in ("code", "name", "text")},
        "date": event.get("date") or "", "date_text": event.get("date_text") or "",
        "date_precision": event.get("date_precision") or "",
        "location": location.get("name") or location.get("text") or "", "country": location.get("country") or "",
        "lat": location.get("lat") if location.get("lat") is not None else "",
        "lon": location.get("lon") if location.get("lon") is not None else "",
        "evidence_start": evidence.get("start", ""), "evidence_end": evidence.get("end", ""),
        "evidence": " ".join(str(evidence.get("sentence", "")).split()),
        "confidence": event.get("confidence", ""), "sources": ",".join(event.get("sources") or []),
    }


def write_events(events: Iterable[Mapping[str, Any]], fmt: str, out: TextIO) -> None:
    out.writelines(event_lines(events, fmt))


def event_lines(events: Iterable[Mapping[str, Any]], fmt: str) -> Iterator[str]:
    """Events as JSON lines or TSV (a header line first), one line at a time (for a pager or a stream)."""
    if fmt == "jsonl":
        for event in events:
            yield json.dumps(event, ensure_ascii=False, default=str) + "\n"
        return
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TSV_COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_MINIMAL, extrasaction="ignore")
    writer.writeheader()
    yield _drain(buffer)
    for event in events:
        writer.writerow(event_row(event))
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _clip(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _evidence_snippet(event: Mapping[str, Any], width: int = 60) -> str:
    """The evidence around the trigger, so the row shows why the event was coded."""
    evidence = event.get("evidence") or {}
    sentence = str(evidence.get("sentence", ""))
    start = int(evidence.get("trigger_start", evidence.get("start", 0)) or 0) - int(evidence.get("start", 0) or 0)
    begin = max(0, min(start - width // 3, len(sentence) - width))
    return ("…" if begin else "") + _clip(sentence[begin:], width)


def _console(console: Console | None) -> Console:
    if console is not None:
        return console
    plain = Console()
    return plain if plain.is_terminal else Console(width=160)


def events_table(events: Iterable[Mapping[str, Any]], console: Console | None = None) -> None:
    table = Table(title="events", show_lines=False)
    for col in ("doc", "code", "source", "target", "date", "place", "n", "evidence"):
        table.add_column(col, overflow="ellipsis", no_wrap=col != "evidence")
    for event in events:
        row = event_row(event)
        table.add_row(str(row["doc_id"])[:8], f"{row['cameo']} {row['plover']}",
                      _clip(f"{row['source_code']} {row['source_text']}", 26),
                      _clip(f"{row['target_code']} {row['target_text']}", 26),
                      str(row["date"] or row["date_text"]), _clip(str(row["location"]), 14),
                      str(len(event.get("sources") or [])), _evidence_snippet(event))
    _console(console).print(table)


def network_table(graph: Mapping[str, Any], console: Console | None = None) -> None:
    table = Table(title="alliance network")
    for col in ("a", "b", "sign", "weight", "events"):
        table.add_column(col)
    edges = sorted(graph.get("edges", []), key=lambda e: -abs(float(e["weight"])))
    for edge in edges:
        table.add_row(edge["a"], edge["b"], edge["sign"], f"{float(edge['weight']):.1f}", str(len(edge["events"])))
    _console(console).print(table)


def outlet_table(report: Any) -> Table:
    """Lenient and strict scores per outlet, next to the per-root confusion."""
    table = Table(title="per outlet")
    for column in ("outlet", "docs", "required", "system", "lenient P", "R", "F1", "strict P", "R", "F1"):
        table.add_column(column, justify="left" if column == "outlet" else "right")
    for name, (lenient, strict) in sorted(report.by_outlet.items()):
        docs = sum(1 for d in report.doc_ids if report.outlets.get(d) == name)
        table.add_row(name, str(docs), str(lenient.required), str(lenient.system),
                      *(f"{v:.3f}" for v in (lenient.precision, lenient.recall, lenient.f1)),
                      *(f"{v:.3f}" for v in (strict.precision, strict.recall, strict.f1)))
    return table


def print_eval_report(report: Any, console: Console | None = None) -> None:
    console = _console(console)
    for score in (report.lenient, report.strict):
        s = score.summary()
        console.print(f"[bold]{s['mode']:8}[/bold] P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                      f"  (matched required {s['matched_required']}/{s['required']},"
                      f" correct system events {s['matched_system']}/{s['system']})")
    if report.by_outlet:
        console.print(outlet_table(report))
    ok = sum(r.ok for r in report.relations)
    console.print(f"network  {ok}/{len(report.relations)} required relations with the right sign")
    for r in report.relations:
        console.print(f"  {'ok ' if r.ok else 'BAD'} {r.a} {r.expected} {r.b}  net {r.net:+.1f}")
    console.print(f"\n[bold]misses (lenient, {len(report.lenient.misses)})[/bold]")
    for g in report.lenient.misses:
        console.print(f"  {g['id']}: {g.get('gloss', '')}")
    console.print(f"\n[bold]false positives (lenient, {len(report.lenient.false_positives)})[/bold]")
    for e in report.lenient.false_positives:
        row = event_row(e)
        console.print(f"  {row['doc_id'][:12]} {row['cameo']} {row['source_code']}->{row['target_code']}: "
                      f"{row['evidence'][:100]}")
    if report.errors:
        console.print(f"\n[bold]errors ({len(report.errors)})[/bold]")
        for err in report.errors:
            console.print(f"  {err.code} {err.input}: {err.message}")
