import csv
import io

import pandas as pd

from rasid.export import GDELT_COLUMNS, write_events_tsv
from rasid.export.common import split_actor_code


def _read(path):
    return pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)


def test_write_events_tsv_reads_back_in_pandas(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    assert write_events_tsv(stored_events, path) == 2
    frame = _read(path)
    assert list(frame.columns[:61]) == list(GDELT_COLUMNS)
    meeting = frame[frame.EventRootCode == "04"].iloc[0]
    assert (meeting.NumSources, meeting.NumArticles, meeting.NumMentions) == ("2", "2", "2")
    assert {meeting.Actor1Code, meeting.Actor2Code} == {"LBYGOV", "ITAGOV"}
    assert meeting.Day == "20200812" and meeting.MonthYear == "202008" and meeting.Year == "2020"
    assert meeting.ActionGeo_FullName == "Tripoli" and meeting.ActionGeo_CountryCode == "LBY"
    assert float(meeting.ActionGeo_Lat) == 32.89 and meeting.ActionGeo_Type == "4"
    assert meeting.SOURCEURL.startswith("https://example.org/")
    assert meeting.rasid_doc_ids == "a;b" and "\t" not in meeting.rasid_evidence
    assert len(meeting.DATEADDED) == 14


def test_write_events_tsv_actor_and_code_columns(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    write_events_tsv(stored_events, path, extras=False)
    frame = _read(path)
    assert list(frame.columns) == list(GDELT_COLUMNS)
    clash = frame[frame.EventRootCode == "19"].iloc[0]
    assert (clash.EventCode, clash.EventBaseCode, clash.QuadClass, clash.GoldsteinScale) == ("190", "190", "4", "-10.0")
    assert (clash.Actor1CountryCode, clash.Actor1Type1Code) == ("LBY", "REB")
    assert (clash.Actor2Type1Code, clash.Actor2Type2Code) == ("GOV", "MIL")
    assert clash.Day == "20200811" and clash.FractionDate.startswith("2020.6")


def test_write_events_tsv_to_open_file_without_dates():
    event = {"id": "x", "cameo": "111", "root": "11", "quad_class": 3, "goldstein": -2.0,
             "source": {"code": "TUNGOV", "name": "Kais Saied"}, "target": None, "date": "2020-05",
             "evidence": {"sentence": "انتقد\nالرئيس"}}
    buffer = io.StringIO()
    write_events_tsv([event], buffer)
    frame = _read(io.StringIO(buffer.getvalue()))
    row = frame.iloc[0]
    assert (row.Day, row.MonthYear, row.Year, row.Actor2Code, row.IsRootEvent) == ("", "202005", "2020", "", "")
    assert row.rasid_evidence == "انتقد الرئيس"


def test_split_actor_code_igo():
    parts = split_actor_code("IGOUNOKID")
    assert (parts.country, parts.group, parts.types) == ("", "UNO", ("IGO", "KID"))
