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


def test_name_recognizer_is_loaded_once_per_context():
    from rasid.actors.stages import name_recognizer

    ctx = Context()
    assert name_recognizer(ctx) is name_recognizer(ctx)


def test_recognize_stage_adds_unknown_names_from_the_recogniser():
    text = "وقال وزير الإعلام اليمني معمر الإرياني إن الهجوم فشل"
    doc = Document(Article(id="d", text=text, published=datetime(2022, 6, 1)),
                   sentences=(Sentence("s", "d", 0, len(text), text),), produced=frozenset({"sentences"}))
    (person,) = [m for m in recognize_stage(doc, Context()).mentions if m.type == "PER"]
    assert (person.text, person.code, person.actor_id) == ("وزير الإعلام اليمني معمر الإرياني", "YEMGOV", "")
    assert person.provenance.startswith("actors.ner@")


def test_newsroom_datelines_and_agency_credits_name_no_actors():
    text = "دبي، الإمارات العربية المتحدة (CNN)— انتقد وزير الخارجية الأمريكي، مايك بومبيو، الحكومة الإيرانية."
    doc = Document(Article(id="d", text=text, published=datetime(2018, 6, 1)),
                   sentences=(Sentence("s", "d", 0, len(text), text),), produced=frozenset({"sentences"}))
    codes = [m.code for m in recognize_stage(doc, Context()).mentions]
    assert codes == ["USAGOV", "IRNGOV"]  # not ARE (the place of writing) nor USAMED (CNN, the credit)
