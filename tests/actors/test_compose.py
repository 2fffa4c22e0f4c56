import pytest

from rasid.actors.compose import chain_agent, chain_sector, resolve_surname
from rasid.actors.model import Entry


@pytest.mark.parametrize(("forms", "sector", "agent"), [
    (["المتحدث باسم", "الجيش"], "MIL", "person"),
    (["قوات", "النظام"], "MIL", "group"),
    (["وزير الداخلية", "حكومة"], "GOV", "group"),
    (["قائد", "القيادة العسكرية"], "MIL", "person"),
    (["الرئيس"], "GOV", "person"),
    (["قوات", "المشير"], "MIL", "group"),
])
def test_chain_sector_and_agent(kb, forms, sector, agent):
    from rasid.text.normalize import normalize_key

    nouns = [kb.role_nouns[normalize_key(f)] for f in forms]
    assert (chain_sector(nouns), chain_agent(nouns)) == (sector, agent)


def test_resolve_surname_needs_a_unique_or_previously_named_person():
    one, two = Entry(("x",), "SURNAME", "p1"), Entry(("x",), "SURNAME", "p2")
    assert resolve_surname((one,), set()) == one
    assert resolve_surname((one, two), set()) is None
    assert resolve_surname((one, two), {"p2"}) == two
    assert resolve_surname((one, two), {"p1", "p2"}) is None
