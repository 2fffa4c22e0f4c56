import io
import json
import re

import pandas as pd
import pytest

from rasid.export import load_plover_modes, write_plover_jsonl
from rasid.service.export import export_store
from rasid.stored import StoredEvent

# The data fields of a PLOVER event record, its actor object and its location object, as the PLOVER
# specification lists them (Open Event Data Alliance, PLOVER manual draft 0.7b1, "JSON Data Fields").
PLOVER_FIELDS = {"id", "has_event", "date", "time", "enddate", "endtime", "source", "recipient", "event",
                 "event_loc", "event_text", "quad_code", "event_scale", "mode", "context", "link", "text",
                 "text_info", "cite_info", "coder", "coded_date", "coded_time", "comment"}
REQUIRED_FIELDS = {"id", "date", "source", "event"}
ACTOR_FIELDS = {"code", "sector", "actor_text", "identifier_id", "identifier_text", "actor_loc", "religion",
                "ethnicity", "office", "gender", "age"}
LOCATION_FIELDS = {"geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
                   "feature_code", "country_code", "cc3", "cc2", "admin1_code", "admin2_code", "admin3_code",
                   "admin4_code", "population", "elevation", "dem", "timezone"}
TEXT_INFO_FIELDS = {"sequence", "start", "end", "text_story", "connlu_parse", "treebank_parse"}
CITE_INFO_FIELDS = {"corpus", "citation", "url", "title", "language", "publication", "license", "copyright",
                    "coder", "codebook", "version"}
# PLOVER's event categories: the manual's and README's, and REQUEST from its CAMEO2PLOVER-2021 table.
PLOVER_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
                 "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION", "MOBILIZE", "COERCE",
                 "ASSAULT", "FIGHT", "ACCUSE", "REQUEST"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
EXTENSIONS = {"rasid"}  # rasid's own fields, which the specification allows beside its own
CAMEO_TABLE = ("cameo\troot\tplover_event\tplover_mode\tplover_context\n"
               "043\t04\tCONSULT\tvisit\t\n"
               "190\t19\tASSAULT\t\tmilitary\n")


def check_plover_record(record):
    assert REQUIRED_FIELDS <= set(record) <= PLOVER_FIELDS | EXTENSIONS, set(record) - PLOVER_FIELDS
    assert ISO_DAY.fullmatch(record["date"]) and ISO_DAY.fullmatch(record["enddate"])
    assert record["date"] <= record["enddate"]
    assert record["event"] and set(record["event"]) <= PLOVER_EVENTS
    assert record["quad_code"] in (1, 2, 3, 4) and isinstance(record["event_scale"], float)
    assert isinstance(record["mode"], list) and isinstance(record["context"], list)
    for actor in record["source"] + record["recipient"]:
        assert set(actor) <= ACTOR_FIELDS | {"cameo_code"} and len(actor["code"]) == 3
        assert actor["sector"] is None or len(actor["sector"]) in (3, 6)
    assert record["event_loc"] is None or set(record["event_loc"]) <= LOCATION_FIELDS
    assert set(record["text_info"]) <= TEXT_INFO_FIELDS and set(record["cite_info"]) <= CITE_INFO_FIELDS


def _records(events, **options):
    buffer = io.StringIO()
    assert write_plover_jsonl(events, buffer, **options) == len(events)
    lines = buffer.getvalue().splitlines()
    assert len(lines) == len(events)
    return [json.loads(line) for line in lines]


def test_every_plover_record_has_the_specification_fields(all_events):
    records = _records(all_events)
    assert len(records) == 4
    for record in records:
        check_plover_record(record)


def test_plover_dates_span_the_precision(all_events):
    by_event = {r["rasid"]["cameo"]: r for r in _records(all_events)}
    assert (by_event["190"]["date"], by_event["190"]["enddate"]) == ("2020-08-11", "2020-08-11")
    assert (by_event["180"]["date"], by_event["180"]["enddate"]) == ("2020-08-10", "2020-08-16")  # 2020-W33
    assert (by_event["040"]["date"], by_event["040"]["enddate"]) == ("1945-01-01", "1945-12-31")
    assert by_event["040"]["rasid"]["temporal_status"] == "historical"
    assert by_event["043"]["date"] == "2020-08-12" and by_event["043"]["rasid"]["date_precision"] == "none"


def test_plover_actors_and_location(tmp_path, stored_events):
    table = tmp_path / "cameo.tsv"
    table.write_text(CAMEO_TABLE, encoding="utf-8")
    by_event = {r["rasid"]["cameo"]: r for r in _records(stored_events, modes=load_plover_modes(table))}
    meeting = by_event["043"]
    assert meeting["event"] == ["CONSULT"] and meeting["mode"] == ["visit"] and meeting["rasid"]["num_sources"] == 2
    assert {meeting["source"][0]["code"], meeting["recipient"][0]["code"]} == {"LBY", "ITA"}
    assert meeting["event_loc"]["feature_class"] == "P" and meeting["event_loc"]["country_code"] == "LY"
    assert "غويريني" in meeting["text"] and meeting["cite_info"]["url"].startswith("https://example.org/")
    attack = by_event["180"]
    (group,) = attack["source"]
    assert (group["code"], group["sector"], group["religion"], group["cameo_code"]) == ("IMG", None, "MUS",
                                                                                        "IMGMUSISI")
    assert group["identifier_text"] == "Islamic State" and attack["recipient"][0]["sector"] == "MIL"
    assert (attack["event_loc"]["geonameid"], attack["event_loc"]["feature_code"]) == (99237, "PCLI")  # Iraq
    clash = by_event["190"]
    assert clash["context"] == ["military"] and clash["recipient"][0]["sector"] == "GOVMIL"
    assert clash["event_loc"] is None and clash["event_text"] == [clash["text"][:5]]


def test_plover_lines_open_in_pandas(stored_events):
    buffer = io.StringIO()
    write_plover_jsonl(stored_events, buffer)
    frame = pd.read_json(io.StringIO(buffer.getvalue()), lines=True)
    assert len(frame) == 3 and {tuple(e) for e in frame.event} == {("CONSULT",), ("ASSAULT",)}


def test_plover_leaves_out_events_without_a_plover_category():
    statement = {"id": "s", "cameo": "010", "plover": "OTHER", "date": "2020-05-03", "quad_class": 1,
                 "goldstein": 0.0}
    demand = {"id": "d", "cameo": "100", "plover": "REQUEST", "date": "2020-05-03", "quad_class": 3,
              "goldstein": -5.0}
    buffer = io.StringIO()
    assert write_plover_jsonl([StoredEvent.from_json(statement), StoredEvent.from_json(demand)], buffer) == 1
    assert [json.loads(line)["id"] for line in buffer.getvalue().splitlines()] == ["d"]


@pytest.mark.parametrize(("status", "count"), [("reported", 3), ("historical", 1), ("all", 4)])
def test_export_store_plover_lines(tmp_path, db, status, count):
    path = tmp_path / "events.jsonl"
    assert export_store(db, "plover", path, temporal_status=status) == {"events": count,
                                                                        "without_plover_category": 0}
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == count
    for record in records:
        check_plover_record(record)
