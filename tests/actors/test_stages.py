from datetime import datetime

from rasid.actors.stages import STAGES, recognize_stage
from rasid.pipeline import Context
from rasid.records import Article, Document, Sentence


def test_stages_declare_the_mentions_contract():
    (stage,) = STAGES
    assert (stage.name, stage.requires, stage.produces) == ("mentions", frozenset({"sentences"}),
                                                           frozenset({"mentions"}))


def test_recognize_stage_adds_mentions_and_marks_artefact():
    text = "استقبل الرئيس التونسي قيس سعيد وزير الخارجية الإيطالي"
    doc = Document(Article(id="d", text=text, published=datetime(2020, 6, 1)),
                   sentences=(Sentence("s", "d", 0, len(text), text),), produced=frozenset({"sentences"}))
    out = recognize_stage(doc, Context())
    assert "mentions" in out.produced and doc.mentions == ()
    assert [(m.text, m.code) for m in out.mentions] == [("الرئيس التونسي قيس سعيد", "TUNGOV"),
                                                        ("وزير الخارجية الإيطالي", "ITAGOV")]
