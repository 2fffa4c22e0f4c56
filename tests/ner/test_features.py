import pytest

from rasid.ner.features import frequency_band, shape


def test_sentence_features_carry_kb_and_place_labels(featurizer):
    words = ["وقال", "رجب", "طيب", "أردوغان", "في", "إسطنبول"]
    features = featurizer.sentence(words)
    assert [f["kb"] for f in features[1:4]] == ["B-PER", "I-PER", "I-PER"]
    assert features[5]["geo"].startswith("B-") and features[0]["kb"] == "-"


def test_sentence_features_segment_clitics(featurizer):
    (features,) = featurizer.sentence(["وبالعاصمة"])
    assert features["pro"] != "-" and features["stem"].endswith("عاصمه")


def test_sentence_features_look_two_words_each_way(featurizer):
    features = featurizer.sentence(["التقى", "الرئيس", "ماكرون", "اليوم", "هنا"])[2]
    assert features["-1:w"] == "الرييس" and features["2:w"] == "هنا" and "-2:w" in features
    assert featurizer.sentence(["بغداد"])[0]["-1:edge"] == 1.0


@pytest.mark.parametrize(("word", "expected"), [("دمشق", "a"), ("2020", "d"), ("UN", "l"), ("،", "p"), ("F16", "dl")])
def test_shape_classes(word, expected):
    assert shape(word) == expected


def test_frequency_band_orders_rare_below_common():
    assert frequency_band(0) == "0" and int(frequency_band(5)) < int(frequency_band(300000))
