import pytest

from rasid.errors import EvalError
from rasid.ner.evaluate import score


def by_type(scores):
    return {s.type: s for s in scores}


def test_score_counts_only_exact_spans_of_the_right_type():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"]]
    predicted = [["B-PERS", "O", "O", "B-LOC", "O", "B-PERS"]]  # PERS too short, LOC right, ORG mistyped
    scores = by_type(score(gold, predicted))
    assert (scores["LOC"].correct, scores["PERS"].correct, scores["ORG"].correct) == (1, 0, 0)
    overall = scores["overall"]
    assert (overall.gold, overall.predicted, overall.correct) == (3, 3, 1)
    assert overall.precision == pytest.approx(1 / 3) and overall.f1 == pytest.approx(1 / 3)


def test_score_perfect_tags_give_one():
    tags = [["B-ORG", "I-ORG", "O"], ["B-LOC"]]
    assert by_type(score(tags, tags))["overall"].f1 == 1.0


def test_score_rejects_misaligned_sentences():
    with pytest.raises(EvalError):
        score([["O", "O"]], [["O"]])
