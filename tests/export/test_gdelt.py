import io

import pandas as pd
import pytest

from rasid.export import GDELT_COLUMNS, write_events_tsv
from rasid.export.codes import load_export_codes
from rasid.export.gdelt import global_event_id
from rasid.service.export import export_store
from rasid.stored import StoredEvent

# The 61 columns of a GDELT 2.0 event record, in order, as the GDELT 2.0 Event Database codebook lists them.
GDELT_2_EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
INTEGER_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "EventCode", "EventRootCode",
                   "QuadClass", "NumMentions", "NumSources", "NumArticles", "Actor2Geo_Type", "DATEADDED")


def _gdelt_frame(path):
    return pd.read_csv(path, sep="\t", header=None, names=GDELT_2_EVENT_COLUMNS)


def _by_code(frame, code):
    (row,) = frame[frame.EventCode == code].itertuples(index=False)
    return row


def test_gdelt_file_loads_with_the_codebook_columns_and_types(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    assert write_events_tsv(stored_events, path) == len(stored_events) == 3
    frame = _gdelt_frame(path)
    assert len(frame) == 3 and len(GDELT_COLUMNS) == len(GDELT_2_EVENT_COLUMNS) == 61
    assert all(frame[c].dtype == "int64" for c in INTEGER_COLUMNS), frame.dtypes[list(INTEGER_COLUMNS)]
    assert frame.FractionDate.dtype == frame.GoldsteinScale.dtype == frame.ActionGeo_Lat.dtype == "float64"
    assert frame.AvgTone.isna().all() and frame.Actor1EthnicCode.isna().all()


def test_gdelt_dates_all_come_from_day(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    write_events_tsv(stored_events, path)
    frame = _gdelt_frame(path)
    assert (frame.Year == frame.SQLDATE // 10000).all() and (frame.MonthYear == frame.SQLDATE // 100).all()
    assert (frame.FractionDate.astype(int) == frame.Year).all()
    assert _by_code(frame, 190).SQLDATE == 20200811  # the event's own day
    assert _by_code(frame, 180).SQLDATE == 20200812  # a week-dated event: its article's day, not the week's Monday
    assert _by_code(frame, 43).SQLDATE == 20200812  # undated: the publication day


def test_gdelt_ids_are_stable_integers(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    write_events_tsv(stored_events, path)
    frame = _gdelt_frame(path)
    assert list(frame.GLOBALEVENTID) == [global_event_id(e.id) for e in stored_events]
    assert frame.GLOBALEVENTID.is_unique and (frame.GLOBALEVENTID > 0).all()
    assert global_event_id("abc") == global_event_id("abc") != global_event_id("abd")


def test_gdelt_geography_uses_fips_and_fills_actor_countries(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    write_events_tsv(stored_events, path)
    frame = _gdelt_frame(path)
    meeting = _by_code(frame, 43)
    assert (meeting.ActionGeo_Type, meeting.ActionGeo_FullName, meeting.ActionGeo_CountryCode) == (
        4, "Tripoli, Libya", "LY")
    assert {(meeting.Actor1Geo_CountryCode, meeting.Actor1Geo_FullName),
            (meeting.Actor2Geo_CountryCode, meeting.Actor2Geo_FullName)} == {("LY", "Libya"), ("IT", "Italy")}
    assert meeting.Actor1Geo_Type == meeting.Actor2Geo_Type == 1 and meeting.Actor1CountryCode in ("LBY", "ITA")
    attack = _by_code(frame, 180)
    assert (attack.ActionGeo_Type, attack.ActionGeo_CountryCode, attack.ActionGeo_FeatureID) == (1, "IZ", "IZ")
    assert pd.isna(attack.Actor1Geo_Type) and attack.Actor2Geo_CountryCode == "IZ"


def test_gdelt_religion_is_not_a_known_group(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    write_events_tsv(stored_events, path)
    attack = _by_code(_gdelt_frame(path), 180)
    assert (attack.Actor1Code, attack.Actor1KnownGroupCode, attack.Actor1Religion1Code, attack.Actor1Type1Code) == (
        "IMGMUSISI", "ISI", "MUS", "IMG")
    clash = _by_code(_gdelt_frame(path), 190)
    assert pd.isna(clash.Actor1KnownGroupCode) and (clash.Actor2Type1Code, clash.Actor2Type2Code) == ("GOV", "MIL")


def test_gdelt_cells_cannot_break_a_reader(tmp_path, stored_events):
    path = tmp_path / "events.tsv"
    write_events_tsv(stored_events, path, extras=True, header=True)
    frame = pd.read_csv(path, sep="\t")
    assert len(frame) == 3 and list(frame.columns[:61]) == list(GDELT_COLUMNS)
    clash = frame[frame.EventCode == 190].iloc[0]
    assert clash.Actor1Name == "\u201dHaftar\u201d forces"  # a leading " would open a quoted field
    assert clash.rasid_evidence.startswith("\u201dواندلعت") and "\n" not in clash.rasid_evidence
    assert (clash.rasid_temporal_status, clash.rasid_date, clash.rasid_date_precision) == (
        "reported", "2020-08-11", "day")
    for line in path.read_text(encoding="utf-8").splitlines():
        assert len(line.split("\t")) == len(frame.columns) and '"' not in line


def test_gdelt_has_no_header_unless_asked():
    buffer = io.StringIO()
    write_events_tsv([StoredEvent.from_json({"id": "x", "cameo": "111", "date": "2020-05"})], buffer)
    assert buffer.getvalue().split("\t")[0] == str(global_event_id("x"))
    with_header = io.StringIO()
    write_events_tsv([StoredEvent.from_json({"id": "x", "cameo": "111"})], with_header, header=True)
    assert with_header.getvalue().splitlines()[0].split("\t") == list(GDELT_COLUMNS)


def test_gdelt_month_date_without_publication_leaves_the_day_columns_empty():
    buffer = io.StringIO()
    write_events_tsv([StoredEvent.from_json({"id": "x", "cameo": "111", "root": "11", "date": "2020-05"})], buffer)
    frame = pd.read_csv(io.StringIO(buffer.getvalue()), sep="\t", header=None, names=GDELT_2_EVENT_COLUMNS)
    row = frame.iloc[0]
    assert pd.isna(row.SQLDATE) and pd.isna(row.MonthYear) and pd.isna(row.Year) and pd.isna(row.FractionDate)


@pytest.mark.parametrize(("code", "parts"), [
    ("IGOUNOKID", ("", "UNO", ("IGO", "KID"), ())),
    ("IMGMUSISI", ("", "ISI", ("IMG",), ("MUS",))),
    ("SYRSHIMIL", ("SYR", "", ("MIL",), ("SHI",))),
    ("LBYGOVMIL", ("LBY", "", ("GOV", "MIL"), ())),
    ("MUSRAD", ("MUS", "", ("RAD",), ())),  # first, MUS is Mauritius (CAMEO reads the country first)
])
def test_split_actor_code_by_part_kind(code, parts):
    split = load_export_codes().split(code)
    assert (split.country, split.group, split.types, split.religions) == parts


def test_export_store_keeps_to_reported_events_unless_asked(tmp_path, db):
    default, everything = tmp_path / "reported.tsv", tmp_path / "all.tsv"
    assert export_store(db, "gdelt", default) == {"events": 3}
    assert export_store(db, "gdelt", everything, temporal_status="all", extras=True) == {"events": 4}
    old = _by_code(pd.read_csv(everything, sep="\t", header=None, names=[*GDELT_2_EVENT_COLUMNS, *range(11)]), 40)
    assert old.SQLDATE == 20200812 and old.Actor1KnownGroupCode == "ARL"  # 1945 never goes in the day field
    historical = tmp_path / "historical.tsv"
    assert export_store(db, "gdelt", historical, temporal_status="historical") == {"events": 1}
    with pytest.raises(ValueError, match="temporal status"):
        export_store(db, "gdelt", historical, temporal_status="old")
