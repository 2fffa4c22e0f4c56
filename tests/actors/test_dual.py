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
