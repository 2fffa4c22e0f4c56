from rasid.places.assign import assign_event_places
from rasid.places.find import find_places
from rasid.places.gazetteer import load_gazetteer
from rasid.records import Article, Document, Event, Sentence

GAZ = load_gazetteer()


def build(lines, triggers):
    text = "\n".join(lines)
    sentences, offset = [], 0
    for index, line in enumerate(lines):
        kind = "title" if index == 0 else "body"
        sentences.append(Sentence(f"s{index}", "d", offset, offset + len(line), line, kind=kind, index=index,
                                  paragraph=index))
        offset += len(line) + 1
    events = []
    for trigger in triggers:
        start = text.index(trigger)
        s = next(s for s in sentences if s.start <= start < s.end)
        events.append(Event(id=trigger, doc_id="d", cameo="040", root="04", plover="", quad_class=1,
                            goldstein=1.0, source=None, target=None, sentence_start=s.start, sentence_end=s.end,
                            sentence=s.text, trigger_start=start, trigger_end=start + len(trigger),
                            trigger=trigger))
    doc = Document(Article(id="d", text=text, title=lines[0]), sentences=tuple(sentences), events=tuple(events))
    return assign_event_places(doc.with_(places=find_places(doc, GAZ)))


def located(doc):
    return {e.trigger: (e.location.name if e.location else None) for e in doc.events}


def test_assign_event_places_takes_the_clause_place():
    doc = build(["عنوان", "وسيطرت قوات الوفاق على قاعدة الوطية الجوية جنوب غرب طرابلس."], ["وسيطرت"])
    assert located(doc)["وسيطرت"] == "Al-Watiya Air Base"


def test_assign_event_places_uses_dateline_for_the_main_story_only():
    lines = ["عنوان", "طرابلس - التقى السراج وزير الدفاع.", "وأكد البيان أهمية الحوار.", "وأضاف المصدر كلاما.",
             "وأشار إلى الوضع.", "ودعت إيطاليا إلى إنهاء التدخل."]
    found = located(build(lines, ["التقى", "ودعت"]))
    assert found == {"التقى": "Tripoli", "ودعت": None}


def test_assign_event_places_does_not_cross_another_trigger():
    doc = build(["عنوان", "وقال الوزير في روما إن القوات انسحبت."], ["وقال", "انسحبت"])
    assert located(doc) == {"وقال": "Rome", "انسحبت": None}


def build_with_gazetteer(lines, triggers):
    doc = build(lines, triggers)
    return assign_event_places(doc, GAZ)


def test_assign_event_places_skips_a_newsroom_dateline_over_a_foreign_story():
    lines = ["عنوان", "دبي، الإمارات العربية المتحدة (CNN)-- دعت جماعة الإخوان المسلمين المصرية إلى الحوار."]
    assert located(build_with_gazetteer(lines, ["دعت"])) == {"دعت": None}


def test_assign_event_places_keeps_a_dateline_the_story_is_about():
    lines = ["عنوان", "طرابلس - التقى رئيس المجلس الرئاسي الليبي وزير الدفاع."]
    assert located(build_with_gazetteer(lines, ["التقى"])) == {"التقى": "Tripoli"}


def test_assign_event_places_stops_at_a_content_clause():
    doc = build(["عنوان", "وأكد الوزير أن التصعيد في غزة لن ينتهي قريبا."], ["وأكد"])
    assert located(doc) == {"وأكد": None}


def test_assign_event_places_keeps_a_place_before_any_content_clause():
    doc = build(["عنوان", "وأكد الوزير في بيروت أن التصعيد لن ينتهي."], ["وأكد"])
    assert located(doc) == {"وأكد": "Beirut"}


def test_assign_event_places_reads_past_quoted_names():
    doc = build(["عنوان", "وسيطرت قوات “الوفاق”، في 18 من أيار الحالي، على قاعدة “الوطية” الجوية."], ["وسيطرت"])
    assert located(doc) == {"وسيطرت": "Al-Watiya Air Base"}
