from rasid.ner.conll import TaggedSentence
from rasid.ner.train import Hyperparameters, cross_predictions, document_memory

CORPUS = [
    ("وصل الرئيس سليم الحص إلى بيروت", "O O B-PERS I-PERS O B-LOC"),
    ("قال وزير الخارجية كريم بقرادوني في بيروت", "O O O B-PERS I-PERS O B-LOC"),
    ("استقبل سليم الحص وفدا من بعلبك", "O B-PERS I-PERS O O B-LOC"),
    ("وأكد كريم بقرادوني أن طرابلس هادئة", "O B-PERS I-PERS O B-LOC O"),
]


def corpus():
    return [TaggedSentence(tuple(w.split()), tuple(t.split())) for w, t in CORPUS]


def test_document_memory_reads_the_given_tags_not_the_gold(featurizer):
    sentences = corpus()[:2]
    predicted = [["O", "O", "B-ORG", "I-ORG", "O", "O"], list(sentences[1].tags)]
    memories = document_memory(sentences, predicted, featurizer)
    assert memories[0] == {} and memories[1] == {"سليم": "B-ORG", "حص": "I-ORG"}


def test_document_memory_forgets_beyond_the_window(featurizer):
    sentences = corpus()
    memories = document_memory(sentences, [s.tags for s in sentences], featurizer, window=1)
    assert "حص" not in memories[2] and memories[2]["بقرادوني"] == "I-PERS"


def test_cross_predictions_tag_every_sentence_with_a_held_out_model(tmp_path, featurizer):
    sentences = corpus()
    predicted = cross_predictions(sentences, featurizer, Hyperparameters(0.0, 0.01, 30), 2, tmp_path)
    assert [len(p) for p in predicted] == [len(s.words) for s in sentences]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fold0.crfsuite", "fold1.crfsuite"]


def test_confident_keeps_only_sure_labellings(tmp_path, featurizer):
    from rasid.ner.conll import TaggedSentence
    from rasid.ner.train import Hyperparameters, confident, open_tagger, train_model

    corpus = [TaggedSentence(tuple(w.split()), tuple(t.split())) for w, t in (
        ("وصل الرئيس سليم الحص إلى بيروت", "O O B-PERS I-PERS O B-LOC"),
        ("قال كريم بقرادوني في بيروت", "O B-PERS I-PERS O B-LOC"),
    )]
    tagger = open_tagger(train_model(corpus, featurizer, tmp_path / "m.crfsuite", Hyperparameters(0.0, 0.01, 50)))
    texts = [["وصل", "الرئيس", "سليم", "الحص", "إلى", "بيروت"], ["زقزق", "ززز"]]
    sure = confident(tagger, featurizer, texts, 0.0)
    assert [s.words for s in sure] == [tuple(w) for w in texts]
    assert len(confident(tagger, featurizer, texts, 1.01)) == 0
