import pytest

from rasid.actors.stages import recognize_stage
from rasid.pipeline import Context
from tests.actors.lines import lines_document


def _mentions(lines: list[str], when: str = "2018-06-01") -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in recognize_stage(lines_document(lines, when), Context()).mentions]


@pytest.mark.parametrize(("sentence", "word"), [
    ("التقى زعيما الكوريتين في قمة مفاجئة على الحدود", "الكوريتين"),
    ("وقالت الكوريتان إنهما ستعيدان فتح خط الاتصال", "الكوريتان"),
    ("وتحسنت العلاقات بين الكوريتين منذ الألعاب الأولمبية", "الكوريتين"),
    ("ودعت بكين للكوريتين بالتوفيق في محادثاتهما", "للكوريتين"),
])
def test_dual_noun_names_both_states(sentence, word):
    found = _mentions(["قمة جديدة", sentence])
    assert {(word, "KOR"), (word, "PRK")} <= set(found), found  # لل keeps the whole word, as elsewhere


def test_dual_noun_is_one_word_not_a_nisba():
    found = _mentions(["زيارة", "زار الرئيس الكوري الجنوبي بيونغيانغ"])
    assert ("الكوري الجنوبي", "PRK") not in found


@pytest.mark.parametrize(("sentence", "name", "codes"), [
    ("واستقبل الرئيس في البيت الأبيض زعماء دول البلطيق الثلاث", "دول البلطيق الثلاث", {"EST", "LVA", "LTU"}),
    ("وطالبت الدول المقاطعة الدوحة بوقف تمويل الجماعات المتطرفة", "الدول المقاطعة", {"SAU", "ARE", "BHR", "EGY"}),
    ("ورحبت الدول الأربع الداعية لمكافحة الإرهاب بالقرار", "الدول الأربع الداعية لمكافحة الإرهاب",
     {"SAU", "ARE", "BHR", "EGY"}),
    ("وأكدت لدول البلطيق التزامها بالدفاع عنها", "دول البلطيق", {"EST", "LVA", "LTU"}),
])
def test_collective_name_names_every_state(sentence, name, codes):
    found = _mentions(["مواقف", sentence])
    assert {(name, code) for code in codes} <= set(found), found


def test_collective_name_needs_its_words_together():
    found = _mentions(["مواقف", "وقالت الدول، المقاطعة منذ عام، إنها لن تتراجع"])
    assert not {code for _, code in found} & {"SAU", "BHR"}, found
