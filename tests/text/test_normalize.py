"""Normalisation folds spelling variants and keeps a map back to every raw character."""

import itertools

import pytest

from rasid.text.normalize import normalize, normalize_key, strip_diacritics

SNIPPETS = [
    "حكومة الوفاق تلجأ لفك عزلتها من البوابة الايطالية",
    "وأعلنت “حكومة الوفاق”، المعترف بها أمميًا، اليوم السبت 23 من أيار",
    "ووصف المجعي معسكر “اليرموك” بـ”أكبر المقار الأمنية- العسكرية” جنوبي طرابلس.",
    "الذين يدعوا بأنهم يسعوا لـ\"هدنة إنسانية\" ، هم يسعوا لإخفاء هزائمهم",
    "قُتِلَ ٢٥ شخصاً في ۱۴ غارة «جوية» على إدلب",
    "ﻻ يمكن وضع حكومة السراج\u200f في كفة واحدة",
    "مستشفى الرمـــادي يستقبل ٣٫٥ ألف جريح؛ وإسرائيل تنفي",
]


@pytest.mark.parametrize("raw", SNIPPETS)
def test_normalize_offsets_point_at_a_raw_char_that_folds_to_it(raw):
    result = normalize(raw)
    assert len(result.offsets) == len(result.text) + 1
    assert result.offsets[-1] == len(raw)
    for index, char in enumerate(result.text):
        assert char in normalize(raw[result.offsets[index]]).text


@pytest.mark.parametrize("raw", SNIPPETS)
def test_normalize_offsets_never_go_backwards(raw):
    offsets = normalize(raw).offsets
    assert all(a <= b for a, b in itertools.pairwise(offsets))


@pytest.mark.parametrize(("raw", "word", "raw_word"), [
    ("حكومة الوفاق تلجأ لفك عزلتها", "الوفاق", "الوفاق"),
    ("معسكر “اليرموك” بـ”أكبر المقار", "اكبر", "أكبر"),
    ("قُتِلَ ٢٥ شخصاً في غارة", "شخصا", "شخصاً"),
    ("قُتِلَ ٢٥ شخصاً في غارة", "قتل", "قُتِلَ"),
    ("مستشفى الرمـــادي يستقبل", "الرمادي", "الرمـــادي"),
    ("ﻻ يمكن وضع حكومة السراج", "حكومه", "حكومة"),
    ("قُتِلَ ٢٥ شخصاً", "25", "٢٥"),
])
def test_normalize_to_raw_cuts_the_raw_word(raw, word, raw_word):
    result = normalize(raw)
    start = result.text.index(word)
    raw_start, raw_end = result.to_raw(start, start + len(word))
    assert raw[raw_start:raw_end] == raw_word


def test_normalize_to_raw_keeps_the_final_vowel_but_not_the_space():
    raw = "قُتِلَ ٢٥"
    assert normalize(raw).to_raw(0, 3) == (0, 6)


def test_normalize_to_raw_of_empty_span_is_empty():
    result = normalize("في ليبيا")
    assert result.to_raw(3, 3) == (3, 3)


@pytest.mark.parametrize(("raw", "expected"), [
    ("قُتِلَ", "قتل"), ("مُسَلَّحًا", "مسلحا"), ("الرمـــادي", "الرمادي"),
    ("أحمد", "احمد"), ("إيطاليا", "ايطاليا"), ("آكار", "اكار"), ("ٱلله", "الله"),
    ("مسؤول", "مسوول"), ("رئيس", "رييس"), ("مستشفى", "مستشفي"), ("فارسی", "فارسي"),
    ("حكومة", "حكومه"), ("٢٠٢٠", "2020"), ("۱۴۰۰", "1400"), ("٣٫٥", "3.5"),
    ("“الوفاق”", '"الوفاق"'), ("«الوفاق»", '"الوفاق"'), ("ﻻ", "لا"), ("ﻷن", "لان"),
    ("ليبيا\u200f", "ليبيا"), ("حف\u200cتر", "حفتر"), ("\ufeffالسراج", "السراج"), ("NATO", "nato"),
])
def test_normalize_match_profile_folds(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("أحمد", "أحمد"), ("حكومة", "حكومة"), ("مستشفى", "مستشفى"), ("قُتِلَ", "قتل"), ("٢٠٢٠", "2020"),
])
def test_normalize_light_profile_keeps_spelling(raw, expected):
    assert normalize(raw, profile="light").text == expected


def test_normalize_lam_alef_ligature_maps_both_letters_to_it():
    result = normalize("ﻻ بد")
    assert result.text.startswith("لا")
    assert result.offsets[:2] == (0, 0)
    assert result.to_raw(0, 2) == (0, 1)


def test_normalize_key_collapses_whitespace():
    assert normalize_key("  حكومة\tالوفاق \n الوطني ") == "حكومه الوفاق الوطني"


def test_strip_diacritics_keeps_letters():
    assert strip_diacritics("مُسَلَّحًا الرمـــادي") == "مسلحا الرمادي"
