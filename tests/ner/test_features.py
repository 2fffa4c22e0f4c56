import pytest

from rasid.ner.features import frequency_band, shape


def has(attributes, prefix):
    return [a for a in attributes if a.startswith(prefix)]


def test_sentence_features_carry_kb_and_place_labels(featurizer):
    words = ["وقال", "رجب", "طيب", "أردوغان", "في", "إسطنبول"]
    features = featurizer.sentence(words)
    assert [has(f, "0:kb:") for f in features[1:4]] == [["0:kb:B-PER"], ["0:kb:I-PER"], ["0:kb:I-PER"]]
    assert has(features[5], "0:geo:B-") and not has(features[0], "0:kb:")


@pytest.mark.parametrize(("words", "index", "label"), [
    (["وبالرئيس", "الفرنسي"], 0, "0:kb:B-"),  # a KB entry opened by a word with proclitics
    (["لحكومة", "الوفاق"], 1, "0:kb:I-"),
    (["من", "بنغازي"], 1, "0:geo:B-"),
])
def test_sentence_features_read_gazetteers_through_clitics(featurizer, words, index, label):
    assert has(featurizer.sentence(words)[index], label)


def test_sentence_features_segment_clitics(featurizer):
    (features,) = featurizer.sentence(["وبالعاصمة"])
    assert "pro:-" not in features and has(features, "stem:") == ["stem:عاصمه"]


def test_sentence_features_look_two_words_each_way(featurizer):
    features = featurizer.sentence(["التقى", "الرئيس", "ماكرون", "اليوم", "هنا"])[2]
    assert "-1:w:الرييس" in features and "2:w:هنا" in features and has(features, "-2:w:")
    assert "-1:edge" in featurizer.sentence(["بغداد"])[0]


def test_sentence_features_add_the_document_memory(featurizer):
    plain = featurizer.sentence(["وقال", "حفتر"])[1]
    remembered = featurizer.sentence(["وقال", "حفتر"], earlier={"حفتر": "B-PERS"})[1]
    assert set(remembered) - set(plain) == {"doc:B-PERS"}


def test_word_features_are_shared_through_the_memo(featurizer):
    memo: dict = {}
    featurizer.sentence(["قال", "السراج"], memo)
    assert set(memo) == {"قال", "السراج"} and memo["السراج"].key == "سراج"


@pytest.mark.parametrize(("word", "expected"), [("دمشق", "a"), ("2020", "d"), ("UN", "l"), ("،", "p"), ("F16", "dl")])
def test_shape_classes(word, expected):
    assert shape(word) == expected


def test_frequency_band_orders_rare_below_common():
    assert frequency_band(0) == "0" and int(frequency_band(5)) < int(frequency_band(300000))
