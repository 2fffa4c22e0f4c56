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


def test_dense_features_weigh_the_neighbours_vectors(resources):
    from rasid.ner.clusters import load_clusters
    from rasid.ner.features import Featurizer
    from rasid.ner.lexicon import build_lexicon

    kb, gazetteer, stems = resources
    dense = Featurizer(build_lexicon(kb, gazetteer), stems, load_clusters(), dims=4, dense_window=1)
    features = dense.sentence(["وقال", "الرئيس", "ماكرون"])
    vector = dense.word("الرئيس", {}).vector
    assert features[1]["v:0"] == float(vector[0]) and features[2]["-1:v:3"] == float(vector[3])
    assert "v:4" not in features[1] and not [a for a in features[0] if a.startswith("-1:v:")]
    assert features[1]["bias"] == 1.0 and features[1]["w:الرييس"] == 1.0


def test_dense_features_are_absent_for_unknown_words(resources):
    from rasid.ner.clusters import load_clusters
    from rasid.ner.features import Featurizer
    from rasid.ner.lexicon import build_lexicon

    kb, gazetteer, stems = resources
    dense = Featurizer(build_lexicon(kb, gazetteer), stems, load_clusters(), dims=4)
    (features,) = dense.sentence(["قزقزقزقز"])
    assert not [a for a in features if ":v:" in a or a.startswith("v:")]


@pytest.mark.parametrize(("words", "index", "attribute"), [
    (["أعلنت", "شركة", "توتال"], 2, "-1:oh:company"),
    (["وقال", "حزب", "الليكود"], 1, "oh:party"),
    (["فاز", "نادي", "الوداد"], 2, "-1:oh:club"),
    (["بالجامعة", "الأمريكية"], 0, "oh:edu"),  # read through the clitics and the article
])
def test_org_head_features_mark_the_nouns_that_open_organisation_names(resources, words, index, attribute):
    from dataclasses import replace

    from rasid.ner.features import Featurizer
    from rasid.ner.lexicon import build_lexicon

    kb, gazetteer, stems = resources
    heads = replace(Featurizer(build_lexicon(kb, gazetteer), stems), org_heads=True)
    assert attribute in heads.sentence(words)[index]
    assert "oh:-" in heads.sentence(["قال", "الرجل"])[1]


@pytest.mark.parametrize(("stem", "expected"), [
    ("سراج", ("<سر", "سرا", "راج", "اج>")),
    ("ددد", ("<دد", "ددد", "دد>")),  # each trigram once
    ("UN", ()),  # Latin words have none
])
def test_trigrams_mark_the_stem_edges(stem, expected):
    from rasid.ner.features import trigrams

    assert tuple(g for _, g in trigrams(stem)) == expected
