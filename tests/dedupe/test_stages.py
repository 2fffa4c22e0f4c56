from rasid.dedupe.stages import STAGES, dedupe_document_events
from rasid.pipeline import Context
from rasid.records import Article, Document


def test_dedupe_document_events_collapses_repeats_in_one_article(make_event):
    lead = make_event("000", "LBYGOV", "ITAGOV", "043", confidence=0.9, sentence="التقى فائز السراج غويريني")
    later = make_event("000", "ITAGOV", "LBYGOV", "042", date="2020-08-12", precision="day", confidence=0.6,
                       sentence="زار غويريني طرابلس والتقى السراج")
    clash = make_event("000", "LBYREB", "LBYGOV", "190", sentence="اندلعت اشتباكات بين قوات حفتر وقوات الوفاق")
    kept = dedupe_document_events((lead, later, clash))
    assert sorted(e.cameo for e in kept) == ["043", "190"]
    meeting = next(e for e in kept if e.root == "04")
    assert meeting.id == lead.id and meeting.date == "2020-08-12" and meeting.date_precision == "day"


def test_dedupe_document_events_keeps_different_dates(make_event):
    old = make_event("000", "LBYREB", "LBYGOV", "190", date="2019-04", precision="month", sentence="نزاعا مسلحا")
    new = make_event("000", "LBYREB", "LBYGOV", "190", date="2020-06-04", precision="day", sentence="سيطرت")
    assert len(dedupe_document_events((old, new))) == 2


def test_dedupe_stage_contract(make_event):
    (stage,) = STAGES
    event = make_event("000", "LBYGOV", "ITAGOV")
    doc = Document(Article(id="000", text=event.sentence), events=(event, event))
    out = stage.func(doc, Context())
    assert stage.name == "dedupe" and "events" in stage.requires
    assert out.events == (event,) and "dedupe" in out.produced
