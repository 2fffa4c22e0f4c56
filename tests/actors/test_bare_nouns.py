"""Bare nouns for a body or an official named before ("وقالت الوزارة"، "وأكد الوزير"، "قدم الادعاء") are role
mentions that take their country from context (rasid.actors.home), like الحكومة and الشرطة."""

import pytest

from rasid.actors.stages import recognize_stage
from rasid.pipeline import Context
from tests.actors.lines import lines_document

_doc = lines_document


def _codes(lines: list[str]) -> dict[str, str]:
    return {m.text: m.code for m in recognize_stage(_doc(lines), Context()).mentions}


@pytest.mark.parametrize(("lines", "noun", "code"), [
    # the ministry named in full before
    (["بيونغ يانغ ترد على واشنطن", "قالت وزارة الخارجية الكورية الشمالية في بيان إن العقوبات عدوان.",
      "وتابعت الوزارة أن المفاوضات متوقفة"], "الوزارة", "PRKGOV"),
    # the minister named in full before, in another sentence
    (["الأردن والعراق", "وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد.", "وقال الوزير إن التعاون سيتسع"],
     "الوزير", "JORGOV"),
    # the prosecution of the article's country
    (["محاكمة في ألمانيا", "مثل المتهم أمام محكمة ألمانية في برلين.", "لكن الادعاء قدم أدلة جديدة في القضية"],
     "الادعاء", "DEUJUD"),
    (["تحقيق في الأردن", "أعلنت مديرية الأمن العام الأردنية العثور على جثة في عمان.",
      "وقال المحققون إن الجاني اعترف بالجريمة"], "المحققون", "JORCOP"),
])
def test_bare_body_or_official_noun_takes_its_country_from_context(lines, noun, code):
    assert _codes(lines)[noun] == code


def test_governor_is_a_government_official_of_the_articles_country():
    codes = _codes(["باكستان تدين الهجوم على الكنيسة", "وقال حاكم إقليم البنجاب إن الجريمة بشعة"])
    assert codes["حاكم"] == "PAKGOV"


@pytest.mark.parametrize(("text", "noun", "sector"), [
    ("وقال مصدر أمني إن المهاجمين فروا من المكان", "مصدر أمني", "COP"),
    ("وأكدت قوى الأمن الداخلي توقيف المشتبه به", "قوى الأمن الداخلي", "COP"),
    ("وأصيب شرطي بجروح طفيفة في الاشتباك", "شرطي", "COP"),
    ("وقتل جنديان في انفجار عبوة ناسفة", "جنديان", "MIL"),
])
def test_security_sources_officers_and_soldiers_are_role_mentions(find, text, noun, sector):
    assert (noun, sector) in {(m.text, m.code) for m in find(text)}


@pytest.mark.parametrize(("lines", "noun"), [
    (["حجز سجائر مهربة في تطاوين", "وأفادت وزارة الدفاع التونسية بأن الوحدات العسكرية حجزت سيارتي تهريب"],
     "الوحدات العسكرية"),
    (["إيقاف مهاجرين قرب الحدود", "أوقفت التشكيلة العسكرية التونسية العاملة بالمنطقة الحدودية عشرة أشخاص"],
     "التشكيلة العسكرية التونسية"),
])
def test_maghrebi_army_unit_nouns_are_military(lines, noun):
    assert _codes(lines)[noun] == "TUNMIL"
