import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from rasid.actors import kb as kb_module
from rasid.actors.model import Role, UnknownActorError
from rasid.errors import DataFileError
from rasid.resources import data_path


def test_load_knowledge_base_covers_every_kind(kb):
    counts = kb.counts()
    assert counts["country"] >= 240
    assert counts["person"] >= 250
    assert counts["igo"] >= 30
    assert counts["armed_group"] >= 20
    assert counts["role_nouns"] >= 300


@pytest.mark.parametrize(("actor_id", "when", "code"), [
    ("fayez_sarraj", date(2020, 5, 23), "LBYGOV"),
    ("fayez_sarraj", date(2015, 1, 1), "LBY"),
    ("fayez_sarraj", date(2022, 1, 1), "LBY"),
    ("hemedti", date(2017, 1, 1), "SDNMIL"),
    ("hemedti", date(2021, 1, 1), "SDNGOV"),
    ("hemedti", date(2024, 1, 1), "SDNREB"),
    ("sdn_rsf", date(2023, 4, 14), "SDNMIL"),
    ("sdn_rsf", date(2023, 4, 15), "SDNREB"),
    ("afg_taliban", date(2019, 2, 1), "AFGREB"),
    ("afg_taliban", date(2022, 2, 1), "AFGGOV"),
    ("hulusi_akar", date(2017, 6, 1), "TURMIL"),
    ("hulusi_akar", date(2020, 5, 20), "TURGOV"),
    ("ahmed_sharaa", date(2020, 1, 1), "SYRREB"),
    ("ahmed_sharaa", date(2025, 3, 1), "SYRGOV"),
    ("joseph_aoun", date(2020, 1, 1), "LBNMIL"),
    ("joseph_aoun", date(2025, 6, 1), "LBNGOV"),
    ("donald_trump", date(2022, 6, 1), "USA"),
    ("donald_trump", date(2025, 6, 1), "USAGOV"),
    ("country:TUR", date(2020, 1, 1), "TUR"),
    ("unsmil", None, "IGOUNO"),
])
def test_code_for_depends_on_date(kb, actor_id, when, code):
    assert kb.code_for(actor_id, when) == code


@pytest.mark.parametrize(("actor_id", "code"), [("hemedti", "SDNREB"), ("mike_pompeo", "USAGOV"),
                                                 ("hulusi_akar", "TURGOV")])
def test_code_for_undated_takes_latest_role(kb, actor_id, code):
    assert kb.code_for(actor_id, None) == code
    assert kb.actor(actor_id).code == code


def test_actor_unknown_id_raises(kb):
    with pytest.raises(UnknownActorError):
        kb.actor("nobody")


def test_role_holds_is_half_open():
    role = Role("LBYGOV", date(2016, 3, 30), date(2021, 3, 15))
    assert role.holds(date(2016, 3, 30)) and role.holds(date(2021, 3, 14))
    assert not role.holds(date(2021, 3, 15))


@pytest.mark.parametrize(("form", "expected"), [
    ("عبد المجيد تبون", ("عبدالمجيد", "تبون")),
    ("عبدالمجيد تبون", ("عبد", "المجيد", "تبون")),
    ("حسن نصر الله", ("حسن", "نصرالله")),
])
def test_form_keys_add_joined_spellings(form, expected):
    assert expected in kb_module.form_keys(form)


BAD_PEOPLE = [
    ("bad code", "x\tX\tLBY\tس\t\tLBYgov\t2016\t\tr\n", "bad actor code"),
    ("bad date", "x\tX\tLBY\tس\t\tLBYGOV\t2016-13\t\tr\n", "bad date"),
    ("end before start", "x\tX\tLBY\tس\t\tLBYGOV\t2020\t2019\tr\n", "ends"),
    ("no names", "x\tX\tLBY\t\t\tLBYGOV\t2020\t\tr\n", "needs name_en and names_ar"),
]


@pytest.mark.parametrize(("label", "line", "message"), BAD_PEOPLE, ids=[b[0] for b in BAD_PEOPLE])
def test_load_people_rejects_bad_rows_with_file_and_line(tmp_path, monkeypatch, label, line, message):
    header = "id\tname_en\tcountry\tnames_ar\tsurnames_ar\tcode\tstart\tend\trole_en\n"
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "people.tsv").write_text("# comment\n" + header + line, encoding="utf-8")
    monkeypatch.setattr(kb_module, "data_path", lambda name: tmp_path / name)
    with pytest.raises(DataFileError, match=rf"people.tsv: line 3: .*{message}"):
        kb_module.load_people(kb_module.Builder())


def test_load_roles_rejects_unknown_sector(tmp_path, monkeypatch):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "roles.tsv").write_text("form\tsector\tkind\tagent\ten\nجيش\tARMY\tbody\tgroup\tarmy\n",
                                                   encoding="utf-8")
    monkeypatch.setattr(kb_module, "data_path", lambda name: tmp_path / name)
    with pytest.raises(DataFileError, match="line 2"):
        kb_module.load_roles(kb_module.Builder())


def test_manifest_lists_every_actor_file_with_its_checksum():
    area = Path(data_path("actors/MANIFEST.json")).parent
    files = json.loads((area / "MANIFEST.json").read_text(encoding="utf-8"))["files"]
    on_disk = {p.name for p in area.glob("*.tsv")}
    assert on_disk == set(files)
    for name, entry in files.items():
        assert entry["sha256"] == hashlib.sha256((area / name).read_bytes()).hexdigest(), name
        assert entry["source"] and entry["licence"]


def test_non_political_nouns_load_with_their_positions(kb):
    assert kb.non_political["منتخب"] == kb.non_political["المنتخب"] == "both"
    assert "الجيش" not in kb.non_political
