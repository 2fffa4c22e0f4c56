import io
import json

import pandas as pd

from rasid.export import load_plover_modes, write_plover_json

CAMEO_TABLE = ("cameo\troot\tplover_event\tplover_mode\tplover_context\n"
               "043\t04\tCONSULT\tvisit\t\n"
               "190\t19\tFIGHT\t\tmilitary\n")


def test_write_plover_json_reads_back(tmp_path, stored_events):
    table = tmp_path / "cameo.tsv"
    table.write_text(CAMEO_TABLE, encoding="utf-8")
    path = tmp_path / "events.json"
    with path.open("w", encoding="utf-8") as handle:
        assert write_plover_json(stored_events, handle, modes=load_plover_modes(table)) == 2
    records = json.loads(path.read_text(encoding="utf-8"))
    meeting = next(r for r in records if r["event_type"] == "CONSULT")
    assert meeting["mode"] == "visit" and meeting["doc_ids"] == ["a", "b"] and meeting["num_sources"] == 2
    assert {meeting["actor"]["code"], meeting["recipient"]["code"]} == {"LBYGOV", "ITAGOV"}
    assert "غويريني" in meeting["source_text"]
    fight = next(r for r in records if r["event_type"] == "FIGHT")
    assert fight["context"] == ["military"] and fight["recipient"]["agent"] == "GOV MIL"
    assert fight["date"] == "2020-08-11" and fight["location"] is None


def test_write_plover_json_lines_open_in_pandas(stored_events):
    buffer = io.StringIO()
    write_plover_json(stored_events, buffer, lines=True)
    frame = pd.read_json(io.StringIO(buffer.getvalue()), lines=True)
    assert len(frame) == 2 and set(frame.event_type) == {"CONSULT", "FIGHT"}


def test_write_plover_json_prefers_the_event_mode():
    event = {"id": "x", "cameo": "043", "plover": "CONSULT", "plover_mode": "phone", "context": "diplomatic"}
    buffer = io.StringIO()
    write_plover_json([event], buffer, modes={"043": ("CONSULT", "visit", "")})
    (record,) = json.loads(buffer.getvalue())
    assert record["mode"] == "phone" and record["context"] == ["diplomatic"] and record["actor"] is None
