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
    ("وسيطرت القوات على معسكر اليرموك.", "معسكر اليرموك", "Yarmouk Camp", "LBY", "camp"),
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


@pytest.mark.parametrize(("body", "feature"), [
    ("طرابلس - تسعى حكومة الوفاق", "capital"),
    ("دبي، الإمارات العربية المتحدة (CNN)—قال مسؤول", "city"),
    ("ليبيا - قال مسؤول", "country"),
])
def test_find_places_keeps_the_real_feature_of_a_dateline(body, feature):
    _, found = places_in(body)
    assert [(p.role, p.feature) for p in found[:1]] == [("dateline", feature)]


@pytest.mark.parametrize(("body", "country"), [
    ("وقعت اشتباكات في طرابلس الليبية.", "LBY"),
    ("وقعت اشتباكات في طرابلس اللبنانية.", "LBN"),
    ("وقعت اشتباكات في العاصمة الليبية طرابلس.", "LBY"),
    ("قتل شخصان في مدينة طرابلس شمالي لبنان.", "LBN"),
    ("وصل الوفد إلى طرابلس لبحث الأزمة الليبية.", "LBY"),
    ("دعا الجيش اللبناني إلى الهدوء. وانتشرت وحداته في طرابلس بعد الاشتباكات.", "LBN"),
    ("قال المشير خليفة حفتر إن قواته تتقدم. واندلعت معارك في طرابلس.", "LBY"),
    ("أعلن رئيس الحكومة اللبنانية سعد الحريري أنه سيزور طرابلس.", "LBN"),
    ("ونفذت قوات الوفاق هجوما في طرابلس.", "LBY"),
])
def test_find_places_tells_the_two_tripolis_apart_by_context(body, country):
    _, found = places_in(body)
    assert [p.country for p in found if p.name == "Tripoli"] == [country]


@pytest.mark.parametrize(("body", "span", "name", "feature"), [
    ("وقعت اشتباكات في محافظة نينوى.", "نينوى", "Nīnawá", "region"),
    ("سقطت قذائف في محافظة حلب.", "حلب", "Ḩalab", "region"),
    ("سقطت قذائف في مدينة حلب.", "حلب", "Aleppo", "city"),
    ("انتشرت القوات في ولاية كسلا.", "كسلا", "Kassala", "region"),
    ("وصل الجيش إلى مدينة كسلا.", "كسلا", "Kassala", "city"),
    ("قتل جنديان في محافظة الأنبار غربي العراق.", "الأنبار", "Al Anbār", "region"),
    ("وقعت غارات في محافظة إدلب.", "إدلب", "Idlib", "region"),
])
def test_find_places_takes_the_governorate_after_an_admin_word(body, span, name, feature):
    _, found = places_in(body)
    place = next(p for p in found if p.text == span)
    assert (place.name, place.feature) == (name, feature)


@pytest.mark.parametrize(("body", "span", "name"), [
    ("سيطرت القوات على قاعدة الوطية.", "قاعدة الوطية", "Al-Watiya Air Base"),
    ("قصفت الطائرات قاعدة “الوطية” العسكرية.", "قاعدة “الوطية” العسكرية", "Al-Watiya Air Base"),
    ("هبطت الطائرة في مطار معيتيقة الدولي.", "مطار معيتيقة الدولي", "Mitiga Airport"),
    ("استهدفت الصواريخ قاعدة معيتيقة الجوية.", "قاعدة معيتيقة الجوية", "Mitiga Airport"),
    ("انسحبت القوات من مطار طرابلس الدولي.", "مطار طرابلس الدولي", "Tripoli International Airport"),
    ("وصلت تعزيزات إلى قاعدة حميميم الروسية.", "قاعدة حميميم الروسية", "Hmeimim Air Base"),
    ("وسقطت صواريخ بقاعدة عين الأسد.", "قاعدة عين الأسد", "Ain al-Asad Air Base"),
])
def test_find_places_reads_a_site_noun_before_a_known_core(body, span, name):
    _, found = places_in(body)
    assert [(p.text, p.name) for p in found if p.feature in {"base", "airport", "camp"}] == [(span, name)]


def test_find_places_needs_the_written_noun_for_a_town_named_site():
    _, found = places_in("انسحبت القوات من معسكر طرابلس.")
    assert not [p for p in found if p.feature in {"base", "airport", "camp"}]


def test_find_places_needs_a_dash_for_a_dateline():
    _, found = places_in("طرابلس تشهد اشتباكات عنيفة.")
    assert not [p for p in found if p.role == "dateline"]


def test_find_places_trims_a_conjunction_from_a_site():
    _, found = places_in("التصعيد قرب مدينة سرت وقاعدة الجفرة.")
    assert [p.text for p in found] == ["سرت", "قاعدة الجفرة"]


def test_find_places_reads_a_dual_site_noun():
    _, found = places_in("وسيطرت “الوفاق” على معسكري “اليرموك” و”حمزة”.")
    assert [(p.text, p.name) for p in found] == [("معسكري “اليرموك", "Yarmouk Camp")]
