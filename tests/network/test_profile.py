import pytest

from rasid.actors.model import Role, UnknownActorError
from rasid.network import actor_profile, resolve_actor

ALIASES = [
    {"code": "LBYGOV", "text": "فايز السراج", "name": "Fayez al-Sarraj", "type": "PER", "actor_id": "fayez_sarraj",
     "mentions": 4},
    {"code": "LBYGOV", "text": "حكومة الوفاق", "name": "Government of National Accord", "type": "GROUP",
     "actor_id": "lby_gna", "mentions": 9},
    {"code": "LBYREB", "text": "حفتر", "name": "Khalifa Haftar", "type": "PER", "actor_id": "khalifa_haftar",
     "mentions": 5},
    {"code": "DZA", "text": "الجزائر", "name": "Algeria", "type": "GPE", "actor_id": "country:DZA", "mentions": 3},
    {"code": "DZA", "text": "الجزائرية", "name": "Algeria", "type": "NISBA", "actor_id": "country:DZA", "mentions": 2},
]
CODES = ["LBYGOV", "LBYREB", "DZA", "DZAGOV"]


@pytest.mark.parametrize(("query", "code"), [
    ("LBYGOV", "LBYGOV"), ("DZA", "DZA"), ("LBY", "LBY"), ("فائز السراج", "LBYGOV"), ("السراج", "LBYGOV"),
    ("Haftar", "LBYREB"), ("khalifa_haftar", "LBYREB"), ("الجزائر", "DZA"), ("  حفتر ", "LBYREB"),
])
def test_resolve_actor(query, code):
    assert resolve_actor(query, ALIASES, CODES) == code


@pytest.mark.parametrize("query", ["السيسي", "", "ZZZ"])
def test_resolve_actor_unknown(query):
    with pytest.raises(UnknownActorError):
        resolve_actor(query, ALIASES, CODES)


def test_actor_profile_partners_rivals_and_roles(make_event):
    events = [make_event("DZAGOV", "LBYGOV", "051", quad=1), make_event("DZA", "LBYGOV", "043", quad=1),
              make_event("DZAGOV", "TUNGOV", "111", quad=3), make_event("DZAGOV", "DZA", "043", quad=1),
              make_event("EGYGOV", "LBYREB", "051", quad=1)]
    roles = {"fayez_sarraj": (Role("LBYGOV", None, None, "GNA prime minister"),)}
    profile = actor_profile("DZA", events, ALIASES, roles)
    assert [(p["code"], p["weight"]) for p in profile["partners"]] == [("LBYGOV", 3.0), ("LBYGOV", 1.0)]
    assert [(r["code"], r["weight"]) for r in profile["rivals"]] == [("TUNGOV", -2.0)]
    assert profile["internal"][0]["code"] == "DZA–DZAGOV"
    assert (profile["as_source"], profile["as_target"]) == (4, 1)
    assert [a["text"] for a in profile["aliases"]] == ["الجزائر", "الجزائرية"]
    assert profile["roles"] == []  # a country's own name is not a role
    gna = actor_profile("LBYGOV", events, ALIASES, roles)
    assert [r["actor_id"] for r in gna["roles"]] == ["lby_gna", "fayez_sarraj"]
    assert gna["roles"][1]["roles"][0]["title"] == "GNA prime minister"


def test_actor_profile_prefers_plain_names(make_event):
    aliases = [{"code": "LBYREB", "text": "قوات حفتر", "name": "forces (Khalifa Haftar)", "type": "ROLE",
                "actor_id": "khalifa_haftar", "mentions": 9},
               {"code": "LBYREB", "text": "حفتر", "name": "Khalifa Haftar", "type": "PER",
                "actor_id": "khalifa_haftar", "mentions": 3}]
    profile = actor_profile("LBYREB", [make_event("EGYGOV", "LBYREB", "051", quad=1)], aliases)
    assert profile["names"] == ["Khalifa Haftar", "forces (Khalifa Haftar)"]
    assert profile["aliases"][0]["text"] == "قوات حفتر"
