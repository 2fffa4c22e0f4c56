"""rasid.cameo: the ontology (lookups, PLOVER fill, validation), QuadClass, mutual events and the merge key."""

from __future__ import annotations

import pytest

from rasid.cameo import (
    ACTOR_PARTS,
    ACTOR_TYPES,
    BETWEEN_ROOTS,
    MUTUAL_ROOTS,
    ORGANISATION_PREFIXES,
    ROOTS,
    Ontology,
    event_root,
    is_mutual,
    load_ontology,
    merge_key,
    names_an_actor,
    quad_class_of_root,
)
from rasid.errors import DataFileError


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.mark.parametrize(("cameo", "description", "goldstein", "quad", "plover"), [
    ("043", "Host a visit", 2.8, 1, "CONSULT"),
    ("195", "Employ aerial weapons", -10.0, 4, "ASSAULT"),
    ("173", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE"),
    ("111", "Criticize or denounce", -2.0, 3, "ACCUSE"),
    ("010", "Make statement, not specified below", 0.0, 1, "OTHER"),
    ("016", "Deny responsibility", -2.0, 1, "REJECT"),
    ("018", "Make empathetic comment", 3.4, 1, "SUPPORT"),
    ("0234", "Appeal for military protection or peacekeeping", 3.4, 1, "REQUEST"),
])
def test_describe_known_codes(ontology, cameo, description, goldstein, quad, plover):
    assert ontology.describe(cameo) == (description, goldstein, quad, plover)


def test_describe_unknown_code_raises(ontology):
    with pytest.raises(DataFileError):
        ontology.describe("999")


def test_every_code_has_a_plover_type_and_a_root_prefix(ontology):
    for cameo in ontology.codes():
        kind = ontology.get(cameo)
        assert kind.plover, cameo
        assert cameo.startswith(kind.root)


def test_quad_class_follows_roots(ontology):
    expected = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 10)},
                **{f"{r:02d}": 3 for r in range(10, 15)}, **{f"{r:02d}": 4 for r in range(15, 21)}}
    assert all(ontology.get(c).quad_class == expected[ontology.root(c)] for c in ontology.codes())


@pytest.mark.parametrize(("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3),
                                            ("15", 4), ("20", 4)])
def test_quad_class_of_root_matches_gdelt(root, quad):
    assert quad_class_of_root(root) == quad


def test_quad_class_of_root_agrees_with_the_table_for_every_code(ontology):
    for cameo in ontology.codes():
        assert quad_class_of_root(ontology.root(cameo)) == ontology.get(cameo).quad_class, cameo


def test_roots_are_the_table_roots(ontology):
    assert {ontology.root(code) for code in ontology.codes()} == set(ROOTS)
    assert MUTUAL_ROOTS <= BETWEEN_ROOTS <= set(ROOTS)


@pytest.mark.parametrize(("event", "root"), [
    ({"root": "19", "cameo": "190"}, "19"), ({"cameo": "0431"}, "04"), ({"root": "", "cameo": "173"}, "17"),
    ({"cameo": ""}, ""), ({"root": "99"}, ""), ({}, ""),
])
def test_event_root_reads_root_then_cameo(event, root):
    assert event_root(event) == root


def test_consultations_are_mutual_by_nature_and_others_only_when_marked():
    assert is_mutual({"cameo": "040"})
    assert not is_mutual({"cameo": "190"})
    assert is_mutual({"cameo": "190", "symmetric": True})


def test_merge_key_orders_the_actors_of_mutual_events_only():
    met = {"cameo": "040", "source": {"code": "TUR"}, "target": {"code": "LBY"}}
    hit = {"cameo": "190", "source": {"code": "TUR"}, "target": {"code": "LBY"}}
    assert merge_key(met) == ("04", "LBY", "TUR")
    assert merge_key(hit) == ("19", "TUR", "LBY")
    assert merge_key({"root": "19", "source_code": "TUR", "target_code": "LBY", "symmetric": 1}) == ("19", "LBY", "TUR")


@pytest.mark.parametrize(("code", "named"), [
    ("LBYGOV", True), ("USA", True), ("MUS", True), ("IGOUNO", True), ("IMGMUSISI", True), ("ISMBDS", True),
    ("GOV", False), ("UAF", False), ("SEP", False), ("SETISR", False), ("UISMIL", False), ("NGO", False),
    ("ISM", False), ("LB", False), ("", False),
])
def test_names_an_actor(code, named):
    assert names_an_actor(code) is named


def test_actor_part_sets_come_from_the_data_file():
    assert {"IGO", "NGO", "IMG", "MNC", "NGM", "ISM"} == ORGANISATION_PREFIXES
    assert {"GOV", "MIL", "UAF", "SEP", "SET", "UIS"} <= ACTOR_TYPES and "MUS" not in ACTOR_TYPES
    assert ACTOR_PARTS["MUS"] == "religion"
