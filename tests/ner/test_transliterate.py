import pytest

from rasid.ner.transliterate import transliterate


@pytest.mark.parametrize(("arabic", "latin"), [
    ("خليفة حفتر", "Khalifa Haftar"),
    ("عبد الرحمن", "Abd al-Rahman"),
    ("عيدروس الزبيدي", "Idrus al-Zabidi"),
    ("محمد بن سلمان", "Muhammad bin Salman"),
    ("وليد", "Walid"),
    ("بَشّار الأسد", "Bashar al-Asd"),  # vowel marks are dropped, the shadda too
    ("نوري المالكي", "Nuri al-Malki"),
])
def test_transliterate_gives_readable_latin(arabic, latin):
    assert transliterate(arabic) == latin


def test_transliterate_keeps_latin_words():
    assert transliterate("شركة Aramco") == "Sharka Aramco"
