import pytest

from rasid.errors import DataFileError
from rasid.ner.conll import TaggedSentence
from rasid.ner.model import load_recognizer, word_bounds
from rasid.ner.train import Hyperparameters, split_dev, train_model

TINY = [
    ("وصل الرئيس سليم الحص إلى بيروت أمس", "O O B-PERS I-PERS O B-LOC O"),
    ("قال وزير الخارجية كريم بقرادوني في بيروت", "O O O B-PERS I-PERS O B-LOC"),
    ("استقبل سليم الحص وفدا من بعلبك", "O B-PERS I-PERS O O B-LOC"),
    ("وأكد كريم بقرادوني أن طرابلس هادئة", "O B-PERS I-PERS O B-LOC O"),
]


def tiny_corpus():
    return [TaggedSentence(tuple(w.split()), tuple(t.split())) for w, t in TINY]


def test_train_model_learns_a_tiny_corpus(tmp_path, featurizer, resources):
    kb, gazetteer, stems = resources
    path = train_model(tiny_corpus(), featurizer, tmp_path / "tiny.crfsuite", Hyperparameters(0.0, 0.01, 60))
    recognizer = load_recognizer(path, kb=kb, gazetteer=gazetteer, stems=stems)
    sentence = tiny_corpus()[2]
    assert recognizer.tag(sentence.words) == list(sentence.tags)
    assert len(recognizer.version) == 8


def test_recognizer_entities_are_offsets_into_the_text(tmp_path, featurizer, resources):
    kb, gazetteer, stems = resources
    path = train_model(tiny_corpus(), featurizer, tmp_path / "tiny.crfsuite", Hyperparameters(0.0, 0.01, 60))
    text = "استقبل سليم الحص، وفدا من بعلبك."
    entities = load_recognizer(path, kb=kb, gazetteer=gazetteer, stems=stems).entities(text)
    assert [(text[e.start:e.end], e.type) for e in entities] == [("سليم الحص", "PERS"), ("بعلبك", "LOC")]


def test_split_dev_keeps_the_last_block_apart():
    corpus = tiny_corpus()
    train, dev = split_dev(corpus, 0.5)
    assert train == corpus[:2] and dev == corpus[2:]


def test_load_recognizer_rejects_a_bad_file(tmp_path, resources):
    kb, gazetteer, stems = resources
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(DataFileError):
        load_recognizer(bad, kb=kb, gazetteer=gazetteer, stems=stems)
    with pytest.raises(DataFileError, match="missing"):
        load_recognizer(tmp_path / "absent.crfsuite", kb=kb, gazetteer=gazetteer, stems=stems)


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال الرئيس الفرنسي جاك شيراك في باريس إن الوضع خطير", [("جاك شيراك", "PERS"), ("باريس", "LOC")]),
    ("أعلن الاتحاد الأوروبي في بروكسل فرض عقوبات", [("الاتحاد الأوروبي", "ORG"), ("بروكسل", "LOC")]),
])
def test_shipped_model_tags_known_sentences(resources, text, expected):
    kb, gazetteer, stems = resources
    entities = load_recognizer(kb=kb, gazetteer=gazetteer, stems=stems).entities(text)
    assert [(e.text, e.type) for e in entities] == expected


def test_name_memory_tags_a_surname_named_in_full_before():
    from rasid.ner.model import NameMemory

    memory = NameMemory(window=2)
    memory.propagate(["أصدر", "يوسف", "القرضاوي", "فتوى"], ["O", "B-PERS", "I-PERS", "O"])
    assert memory.propagate(["وقال", "القرضاوي", "إن"], ["O", "O", "O"]) == ["O", "B-PERS", "O"]
    assert memory.propagate(["فتوى", "للقرضاوي"], ["O", "O"]) == ["O", "B-PERS"]  # a glued preposition
    memory.propagate(["لا"], ["O"])
    memory.propagate(["شيء"], ["O"])
    assert memory.propagate(["القرضاوي"], ["O"]) == ["O"]  # out of the window: forgotten


def test_name_memory_remembers_entity_tags_of_earlier_sentences():
    from rasid.ner.model import NameMemory

    memory = NameMemory(window=2)
    memory.record(["قال", "خليفه", "حفتر"], ["O", "B-PERS", "I-PERS"])
    memory.record(["في", "بنغازي"], ["O", "B-LOC"])
    assert memory.earlier() == {"خليفه": "B-PERS", "حفتر": "I-PERS", "بنغازي": "B-LOC"}
    memory.record(["حفتر"], ["B-ORG"])  # the latest tag wins
    assert memory.earlier() == {"بنغازي": "B-LOC", "حفتر": "B-ORG"}  # the first sentence left the window


@pytest.mark.parametrize("with_document", [True, False])
def test_recognizer_fills_the_document_memory_when_its_model_reads_it(tmp_path, featurizer, resources,
                                                                     with_document):
    from rasid.ner.model import NameMemory
    from rasid.ner.train import document_memory

    kb, gazetteer, stems = resources
    corpus = tiny_corpus()
    earlier = document_memory(corpus, [s.tags for s in corpus], featurizer) if with_document else None
    path = train_model(corpus, featurizer, tmp_path / "tiny.crfsuite", Hyperparameters(0.0, 0.01, 60), earlier)
    recognizer = load_recognizer(path, kb=kb, gazetteer=gazetteer, stems=stems)
    memory = NameMemory()
    recognizer.tag(corpus[2].words, None, memory)
    assert recognizer.crf.reads_document is with_document
    assert memory.earlier().get("بعلبك") == ("B-LOC" if with_document else None)


def test_recognizer_reads_the_switchable_features_from_the_model(tmp_path, featurizer, resources):
    from dataclasses import replace

    kb, gazetteer, stems = resources
    rich = replace(featurizer, org_heads=True, ngrams=True)
    path = train_model(tiny_corpus(), rich, tmp_path / "rich.crfsuite", Hyperparameters(0.0, 0.01, 30))
    recognizer = load_recognizer(path, kb=kb, gazetteer=gazetteer, stems=stems)
    assert recognizer.featurizer.org_heads and recognizer.featurizer.ngrams and not recognizer.featurizer.dims
    plain = train_model(tiny_corpus(), featurizer, tmp_path / "plain.crfsuite", Hyperparameters(0.0, 0.01, 30))
    assert not load_recognizer(plain, kb=kb, gazetteer=gazetteer, stems=stems).featurizer.ngrams


DOCUMENT = (
    "وقال الرئيس الفرنسي جاك شيراك في باريس إن الوضع خطير",
    "",
    "أعلن الاتحاد الأوروبي في بروكسل فرض عقوبات على شركة روسنفت الروسية",
    "واستقبل رئيس الوزراء العراقي مصطفى الكاظمي في بغداد وفدا من صندوق النقد الدولي برئاسة كريستالينا غورغييفا",
    "؟",
)


def test_shipped_model_decodes_a_document_at_once_exactly_as_sentence_by_sentence(resources):
    kb, gazetteer, stems = resources
    recognizer = load_recognizer(kb=kb, gazetteer=gazetteer, stems=stems)
    one_by_one = [recognizer.tag([text[s:e] for s, e in word_bounds(text)]) for text in DOCUMENT]
    assert recognizer.decode_texts(DOCUMENT) == one_by_one
    assert any(tag != "O" for tags in one_by_one for tag in tags)
