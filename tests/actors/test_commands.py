"""The actor and name-recogniser commands, run through the real CLI with a tiny model trained in tmp."""

import json

import pytest
from click.testing import CliRunner

from rasid.actors.kb import load_knowledge_base
from rasid.cli import main
from rasid.ner.conll import TaggedSentence
from rasid.ner.features import Featurizer
from rasid.ner.lexicon import build_lexicon
from rasid.ner.train import Hyperparameters, train_model
from rasid.places.gazetteer import load_gazetteer
from rasid.text.stems import load_stems

GOLD = "استقبل O\nسليم B-PERS\nالحص I-PERS\nوفدا O\nمن O\nبعلبك B-LOC\n\nوأكد O\nكريم B-PERS\nبقرادوني I-PERS\n"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("model") / "tiny.crfsuite"
    featurizer = Featurizer(build_lexicon(load_knowledge_base(), load_gazetteer()), load_stems())
    blocks = [b.split("\n") for b in GOLD.strip().split("\n\n")]
    corpus = [TaggedSentence(tuple(r.split()[0] for r in b), tuple(r.split()[1] for r in b)) for b in blocks]
    return train_model(corpus * 3, featurizer, path, Hyperparameters(0.0, 0.01, 50))


def test_actors_command_lists_mentions_with_role_dates():
    result = CliRunner().invoke(main, ["actors", "قال الرئيس التركي إن أنقرة ترفض", "--date", "2020-05-01",
                                       "--json", "--no-ner"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["entity"] == "Recep Tayyip Erdoğan" and rows[0]["code"] == "TURGOV"
    assert rows[0]["role_start"] == "2014-08-28" and rows[0]["role"] == "president of Turkey"
    assert (rows[1]["text"], rows[1]["code"]) == ("أنقرة", "TURGOV")


def test_actors_command_reads_a_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("أعلنت قوات الدعم السريع السيطرة على المدينة", encoding="utf-8")
    result = CliRunner().invoke(main, ["actors", str(path), "--date", "2024-01-01", "--no-ner"])
    assert result.exit_code == 0 and "SDNREB" in result.output


def test_tag_command_appends_a_tag_column(tmp_path, tiny_model):
    path = tmp_path / "in.conll"
    path.write_text("استقبل\nسليم\nالحص\n\nبعلبك\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", "--conll", str(path), "--model", str(tiny_model)])
    assert result.exit_code == 0, result.output
    lines = result.output.split("\n")
    assert lines[:3] == ["استقبل O", "سليم B-PERS", "الحص I-PERS"] and lines[3] == ""
    assert lines[4].startswith("بعلبك ")


def test_eval_ner_command_prints_per_type_scores(tmp_path, tiny_model):
    path = tmp_path / "gold.conll"
    path.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", str(path), "--model", str(tiny_model), "--json"])
    assert result.exit_code == 0, result.output
    scores = {s["type"]: s for s in json.loads(result.output)["scores"]}
    assert scores["overall"]["gold"] == 3 and scores["PERS"]["f1"] == 1.0
