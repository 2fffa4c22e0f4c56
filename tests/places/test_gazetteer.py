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
    towns = [e for e in GAZ.places[normalize_key("طرابلس")] if e.feature != "region"]
    assert [e.country for e in towns] == ["LBY", "LBN"]


def test_load_gazetteer_drops_stop_names():
    assert normalize_key("بيان") not in GAZ.places and normalize_key("الجزيرة") not in GAZ.places
    assert normalize_key("بؤر") not in GAZ.places  # "بؤر التوتر", hotspots, not the Turkish town Bor


@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("نينوى", "IRQ", 36.0, 42.3), ("الأنبار", "IRQ", 32.8, 41.6), ("حضرموت", "YEM", 16.7, 48.6),
    ("إدلب", "SYR", 35.8, 36.6), ("عكار", "LBN", 34.6, 36.2), ("دارفور", None, None, None),
])
def test_load_gazetteer_has_governorates_with_centroids(name, country, lat, lon):
    regions = [e for e in GAZ.places.get(normalize_key(name), ()) if e.feature == "region"]
    if country is None:  # Darfur is five states, none of them named plain 'دارفور'
        assert regions == []
        return
    assert regions[0].country == country
    assert abs(regions[0].lat - lat) < 0.5 and abs(regions[0].lon - lon) < 0.5


def test_load_gazetteer_skips_subdivisions_with_wrong_shipped_data():
    assert not any(e.country == "BHR" for e in GAZ.places.get(normalize_key("المحرق"), ()) if e.feature == "region")


@pytest.mark.parametrize(("core", "site"), [
    ("الوطية", "Al-Watiya Air Base"), ("معيتيقة", "Mitiga Airport"), ("عين الاسد", "Ain al-Asad Air Base"),
    ("حميميم", "Hmeimim Air Base"),
])
def test_load_gazetteer_indexes_site_core_names(core, site):
    assert GAZ.site_cores[normalize_key(core)].entry.name == site


def test_load_gazetteer_ties_a_town_named_core_to_its_nouns():
    assert GAZ.site_cores[normalize_key("طرابلس")].nouns == frozenset({"مطار"})
    assert GAZ.site_cores[normalize_key("الوطية")].nouns is None


@pytest.mark.parametrize("name", ["places.tsv", "military_sites.tsv", "country_cues.tsv", "locatives.tsv",
                                  "site_words.tsv", "descriptors.tsv"])
def test_places_manifest_checksums_match(name):
    entry = read_json("places/MANIFEST.json")["files"][name]
    assert entry["sha256"] == file_checksum(data_path(f"places/{name}")) and entry["licence"]
