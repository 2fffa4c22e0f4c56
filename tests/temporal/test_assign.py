from datetime import datetime

from rasid.records import Article, Document, Event, Sentence
from rasid.temporal.assign import assign_event_dates
from rasid.temporal.calendar import load_calendar
from rasid.temporal.expressions import find_time_expressions

CAL = load_calendar()


def event(text, trigger, sentence):
    start = text.index(trigger)
    return Event(id=trigger, doc_id="d", cameo="010", root="01", plover="", quad_class=1, goldstein=0.0,
                 source=None, target=None, sentence_start=sentence.start, sentence_end=sentence.end,
                 sentence=sentence.text, trigger_start=start, trigger_end=start + len(trigger), trigger=trigger)


def document(lines, triggers, published=None):
    text = "\n".join(lines)
    sentences, offset = [], 0
    for index, line in enumerate(lines):
        sentences.append(Sentence(f"s{index}", "d", offset, offset + len(line), line, paragraph=index, index=index))
        offset += len(line) + 1
    sentences = tuple(sentences)
    events = tuple(event(text, t, next(s for s in sentences if s.start <= text.index(t) < s.end))
                   for t in triggers)
    times = find_time_expressions(text, sentences, published, CAL)
    return Document(Article(id="d", text=text, published=published), sentences=sentences, times=times,
                    events=events)


def dated(doc):
    return {e.trigger: (e.date, e.date_text, e.date_precision, e.date_method)
            for e in assign_event_dates(doc).events}


PUB = datetime(2020, 5, 23)


def test_assign_event_dates_prefers_the_date_after_the_trigger():
    doc = document(["وشهدت ليبيا منذ سقوط النظام عام 2011، نزاعا مسلحا اندلع في نيسان/أبريل العام الماضي."],
                   ["نزاعا مسلحا"], PUB)
    assert dated(doc)["نزاعا مسلحا"][0] == "2019-04"


def test_assign_event_dates_does_not_cross_into_another_verbs_clause():
    doc = document(["وقال الوزير في 20 من أيار الحالي إن القوات سيطرت على القاعدة أمس."],
                   ["وقال", "سيطرت"], PUB)
    found = dated(doc)
    assert found["وقال"][0] == "2020-05-20"
    assert found["سيطرت"][0] == "2020-05-22"


def test_assign_event_dates_uses_a_fronted_date_for_the_whole_sentence():
    doc = document(["وفي نهاية يوليو، زار الوزير طرابلس وأرسى أسس التعاون."], ["زار", "وأرسى"],
                   datetime(2020, 8, 13))
    found = dated(doc)
    assert found["زار"][:2] == ("2020-07", "نهاية يوليو")
    assert found["وأرسى"][0] == "2020-07"


def test_assign_event_dates_inherits_the_paragraph_date():
    lines = ["التقى الوزير نظيره في 18 من أيار الحالي. وبحث الجانبان التعاون."]
    doc = document(lines, ["التقى", "وبحث"], PUB)
    sentences = (Sentence("a", "d", 0, 39, lines[0][:39], paragraph=0, index=0),
                 Sentence("b", "d", 40, len(lines[0]), lines[0][40:], paragraph=0, index=1))
    times = find_time_expressions(doc.text, sentences, PUB, CAL)
    doc = Document(doc.article, sentences=sentences, times=times, events=doc.events)
    assert dated(doc)["وبحث"] == ("2020-05-18", "18 من أيار الحالي", "day", "paragraph")


def test_assign_event_dates_falls_back_to_flagged_publication_date():
    doc = document(["وأكد الوزير دعم الحكومة."], ["وأكد"], PUB)
    assert dated(doc)["وأكد"] == ("2020-05-23", "", "day", "publication")


def test_assign_event_dates_keeps_an_unresolved_weekday_text():
    doc = document(["والتقى السراج الأربعاء وزير الدفاع."], ["والتقى"], None)
    assert dated(doc)["والتقى"] == (None, "الأربعاء", "none", "weekday")


def test_assign_event_dates_leaves_undated_event_without_publication():
    doc = document(["وأكد الوزير دعم الحكومة."], ["وأكد"], None)
    assert dated(doc)["وأكد"] == (None, "", "none", "none")


def test_assign_event_dates_leaves_a_date_in_construct_with_an_event_noun():
    doc = document(["وأكد الوزير أن الهجوم هو الأكبر منذ حرب عام 2014."], ["وأكد"], PUB)
    found = {e.trigger: e.date_method for e in assign_event_dates(doc, CAL.construct_nouns).events}
    assert found == {"وأكد": "publication"}
    assert dated(doc)["وأكد"][0] == "2014"  # without the noun list the year is taken


def test_assign_event_dates_keeps_a_date_for_its_own_noun_trigger():
    doc = document(["اندلعت حرب عام 2014 في غزة."], ["حرب"], PUB)
    found = {e.trigger: e.date for e in assign_event_dates(doc, CAL.construct_nouns).events}
    assert found == {"حرب": "2014"}


def test_assign_event_dates_takes_no_duration_or_deadline():
    doc = document(["واستعاد الجيش السيطرة للمرة الأولى منذ ست سنوات.",
                    "ومنحت الوزارة رخصة لافتتاح دور سينما بحلول عام 2030."], ["واستعاد", "ومنحت"], PUB)
    assert {t: d[3] for t, d in dated(doc).items()} == {"واستعاد": "publication", "ومنحت": "publication"}
