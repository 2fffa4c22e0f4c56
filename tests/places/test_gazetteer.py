import pytest

from rasid.places.gazetteer import load_gazetteer
from rasid.resources import data_path, file_checksum, read_json
from rasid.text.normalize import normalize_key

GAZ = load_gazetteer()


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("طرابلس", "LBY", 32.9, 13.2), ("بنغازي", "LBY", 32.1, 20.1), ("مصراتة", "LBY", 32.4, 15.1),
    ("دمشق", "SYR", 33.5, 36.3), ("بغداد", "IRQ", 33.3, 44.4), ("صنعاء", "YEM", 15.4, 44.2),
    ("الخرطوم", "SDN", 15.6, 32.5), ("غزة", "PSE", 31.5, 34.5), ("القاهرة", "EGY", 30.1, 31.2),
    ("الرياض", "SAU", 24.7, 46.7), ("أنقرة", "TUR", 39.9, 32.9), ("عدن", "YEM", 12.8, 45.0),
])
def test_load_gazetteer_has_arab_cities_with_coordinates(name, country, lat, lon):
    entry = GAZ.places[normalize_key(name)][0]
    assert entry.country == country
    assert abs(entry.lat - lat) < 0.3 and abs(entry.lon - lon) < 0.3


def test_load_gazetteer_keeps_both_tripolis_most_populous_first():
    assert [e.country for e in GAZ.places[normalize_key("طرابلس")]] == ["LBY", "LBN"]


def test_load_gazetteer_drops_stop_names():
    assert normalize_key("بيان") not in GAZ.places and normalize_key("الجزيرة") not in GAZ.places


@pytest.mark.parametrize("name", ["places.tsv", "military_sites.tsv", "country_cues.tsv", "locatives.tsv"])
def test_places_manifest_checksums_match(name):
    entry = read_json("places/MANIFEST.json")["files"][name]
    assert entry["sha256"] == file_checksum(data_path(f"places/{name}")) and entry["licence"]
