"""The CAMEO ontology: lookups, PLOVER fill for the codes CAMEO2PLOVER leaves blank, validation."""

from __future__ import annotations

import pytest

from rasid.errors import DataFileError


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
