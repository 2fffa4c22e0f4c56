import pytest

from rasid.places.find import find_places
from rasid.places.gazetteer import load_gazetteer
from rasid.records import Article, Document

GAZ = load_gazetteer()


def places_in(body, title="عنوان"):
    text = f"{title}\n{body}"
    return text, find_places(Document(Article(id="d", text=text, title=title)), GAZ)


@pytest.mark.parametrize(("body", "span", "name", "country", "feature"), [
    ("تصاعد التوتر العسكري قرب مدينة سرت أمس.", "سرت", "Sirte", "LBY", "city"),
    ("سيطرت على مدن جديدة جنوبي العاصمة الليبية طرابلس.", "طرابلس", "Tripoli", "LBY", "capital"),
    ("سيطرت القوات على قاعدة “الوطية” الجوية، جنوب غرب طرابلس.", "قاعدة “الوطية” الجوية", "Al-Watiya Air Base",
     "LBY", "base"),
    ("وسيطرت القوات على معسكر اليرموك.", "معسكر اليرموك", "Yarmouk Camp (Tripoli)", "LBY", "camp"),
    ("استهدف صاروخ قاعدة عين الأسد الجوية غرب العراق.", "قاعدة عين الأسد الجوية", "Ain al-Asad Air Base",
     "IRQ", "base"),
    ("التقى المسؤولان في مدينة زوارة.", "زوارة", "Zuwarah", "LBY", "city"),
    ("ووصل الوفد إلى بيروت مساء أمس.", "بيروت", "Beirut", "LBN", "capital"),
    ("اندلعت اشتباكات في طرابلس شمال لبنان.", "طرابلس", "Tripoli", "LBN", "city"),
    ("وقعت اشتباكات في طرابلس بين قوات حكومة الوفاق الليبية.", "طرابلس", "Tripoli", "LBY", "capital"),
    ("قتل ثلاثة مدنيين بمدينة الموصل.", "الموصل", "Mosul", "IRQ", "city"),
    ("سقطت قذيفة بالقرب من صنعاء.", "صنعاء", "Sanaa", "YEM", "capital"),
    ("وعقد الاجتماع في تونس.", "تونس", "Tunisia", "TUN", "country"),
    ("وعقد الاجتماع في العاصمة تونس.", "تونس", "Tunis", "TUN", "capital"),
    ("وأرسلت أنقرة جنودا إلى ليبيا.", "ليبيا", "Libya", "LBY", "country"),
    ("زار وزير الخارجية دمشق.", "دمشق", "Damascus", "SYR", "capital"),
    ("قصف الطيران مواقع في حلب.", "حلب", "Aleppo", "SYR", "city"),
    ("استهدف صاروخ منشأة مدنية بجازان.", "جازان", "Jizan", "SAU", "city"),
    ("وقعت اشتباكات وبطرابلس أيضا.", "طرابلس", "Tripoli", "LBY", "capital"),
])
def test_find_places_resolves_locative_phrases(body, span, name, country, feature):
    text, found = places_in(body)
    place = next(p for p in found if p.text == span)
    assert (place.name, place.country, place.feature) == (name, country, feature)
    assert text[place.start:place.end] == span
    assert place.lat is not None and place.lon is not None


def test_find_places_gives_coordinates_of_the_right_tripoli():
    _, libya = places_in("وقعت اشتباكات في طرابلس الليبية.")
    _, lebanon = places_in("وقعت اشتباكات في طرابلس اللبنانية.")
    assert round(libya[0].lon) == 13 and round(lebanon[0].lon) == 36


@pytest.mark.parametrize("body", [
    "أنقرة أعلنت دعمها للحكومة.",
    "وأكدت تركيا أنها سترسل مستشارين.",
    "تدعم مصر قوات حفتر.",
    "وقال في بيان صحافي إن الوضع خطير.",
    "في إطار التشاور بين البلدين.",
    "وذكرت قناة الجزيرة أن الهجوم بدأ.",
    "حكومة طرابلس ترفض الهدنة.",
    "ارتفعت الأسعار بنسبة 80 في المائة.",
])
def test_find_places_takes_no_actor_or_common_word_as_place(body):
    assert places_in(body)[1] == ()


@pytest.mark.parametrize(("body", "span", "name"), [
    ("طرابلس - تسعى حكومة الوفاق الوطني للتخفيف من العزلة.", "طرابلس", "Tripoli"),
    ("دبي، الإمارات العربية المتحدة (CNN)—قال مسؤول إن", "دبي", "Dubai"),
    ("بيروت: أعلن الجيش اللبناني", "بيروت", "Beirut"),
])
def test_find_places_marks_the_dateline(body, span, name):
    text, found = places_in(body)
    dateline = [p for p in found if p.role == "dateline"]
    assert [(p.text, p.name) for p in dateline] == [(span, name)]
    assert text[dateline[0].start:dateline[0].end] == span


def test_find_places_needs_a_dash_for_a_dateline():
    _, found = places_in("طرابلس تشهد اشتباكات عنيفة.")
    assert not [p for p in found if p.role == "dateline"]


def test_find_places_trims_a_conjunction_from_a_site():
    _, found = places_in("التصعيد قرب مدينة سرت وقاعدة الجفرة.")
    assert [p.text for p in found] == ["سرت", "قاعدة الجفرة"]
