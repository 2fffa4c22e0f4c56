"""scripts/held_out.py: the builds that read raw ANT text leave the reserved and scored articles out."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _held_out():
    spec = importlib.util.spec_from_file_location("held_out", ROOT / "scripts" / "held_out.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_held_out_docnos_join_the_reserved_list_eval_ant_and_eval_corpus(tmp_path):
    shared = tmp_path / "data"
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "reserved.txt").write_text("# a comment\nXX-politic-1-20180101\n\n", encoding="utf-8")
    held = _held_out().held_out_docnos(shared)
    assert "XX-politic-1-20180101" in held
    assert "# a comment" not in held and "" not in held
    ant = next((ROOT / "eval" / "ant" / "docs").glob("*.txt")).stem.split("_", 1)[1]
    corpus = next((ROOT / "eval" / "corpus" / "docs").glob("*.txt")).stem
    assert ant in held and corpus in held


def test_a_missing_reserved_list_stops_the_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="reserved"):
        _held_out().held_out_docnos(tmp_path / "data")


def test_member_docno_is_the_file_name_without_its_extension():
    assert _held_out().member_docno("antcorpus/AL/AL-economy-14-20180215.txt") == "AL-economy-14-20180215"
