import pytest

from rasid.temporal.calendar import load_calendar
from rasid.text.normalize import normalize_key

CAL = load_calendar()


@pytest.mark.parametrize(("name", "month"), [
    ("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("فيفري", 2), ("شباط", 2), ("أفريل", 4), ("إبريل", 4),
    ("أيار", 5), ("ماي", 5), ("جوان", 6), ("يونيه", 6), ("جويلية", 7), ("يوليوز", 7), ("تموز", 7),
    ("غشت", 8), ("أوت", 8), ("آب", 8), ("شتنبر", 9), ("أيلول", 9), ("تشرين الأول", 10),
    ("نونبر", 11), ("دجنبر", 12), ("كانون الأول", 12),
])
def test_load_calendar_knows_month_names_of_all_systems(name, month):
    assert CAL.months[normalize_key(name)] == month


def test_load_calendar_is_immutable():
    with pytest.raises(TypeError):
        CAL.months["x"] = 1  # type: ignore[index]


@pytest.mark.parametrize(("name", "month"), [("رمضان", 9), ("ذي الحجة", 12), ("ربيع الأول", 3)])
def test_load_calendar_knows_hijri_months(name, month):
    assert CAL.hijri_months[normalize_key(name)] == month


def test_load_calendar_marks_ambiguous_month_words():
    assert {normalize_key(w) for w in ("مارس", "آب")} <= CAL.ambiguous_months
    assert normalize_key("أيار") not in CAL.ambiguous_months


def test_temporal_manifest_lists_every_file_with_its_checksum():
    from rasid.resources import data_path, file_checksum, read_json

    files = read_json("temporal/MANIFEST.json")["files"]
    on_disk = {p.name for p in data_path("temporal").glob("*.tsv")}
    assert set(files) == on_disk
    for name, entry in files.items():
        assert entry["sha256"] == file_checksum(data_path(f"temporal/{name}")) and entry["licence"]
