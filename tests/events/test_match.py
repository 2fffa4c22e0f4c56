"""Trigger matching over normalised words: clitics, gapped tails, noun/verb readings, false friends."""

from __future__ import annotations

import pytest

from rasid.events.match import find_triggers
from rasid.events.words import analyses, segment


def _found(lexicon, text):
    words = segment(text)
    return [(words[m.first].norm, m.cameo) for m in find_triggers(words, lexicon)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وبحثت الوزيرة مع نظيرها", [("وبحثت", "040")]),
    ("شنت الطائرات الحربية غارات جوية على المدينة", [("شنت", "195")]),
    ("شنت القوات هجوما على البلدة", [("شنت", "190")]),
    ("وطلبت الحكومة المساعدة من الدول المجاورة", [("وطلبت", "023")]),
    ("أعربت الخارجية عن قلقها البالغ", [("اعربت", "012")]),
    ("وألقت الشرطة القبض على المتهم", [("والقت", "173")]),
    ("للتظاهرات", [("للتظاهرات", "141")]),
])
def test_find_triggers_with_clitics_and_tails(lexicon, text, expected):
    assert _found(lexicon, text) == expected


def test_find_triggers_prefers_the_tail_reading(lexicon):
    assert _found(lexicon, "رفض الجيش الهدنة") == [("رفض", "1246")]


@pytest.mark.parametrize("text", ["السلم الاجتماعي", "وزارة الدفاع", "من أجل تحقيق الاستقرار"])
def test_find_triggers_ignores_false_friends(lexicon, text):
    assert _found(lexicon, text) == []


def test_find_triggers_reads_a_noun_before_an_indefinite_adjective(lexicon):
    words = segment("ودعم جزائري")
    assert [m.pos for m in find_triggers(words, lexicon)] == ["noun"]


def test_find_triggers_reads_a_noun_after_a_preposition(lexicon):
    words = segment("التأكيد على دعم الحكومة")
    assert [(m.cameo, m.pos) for m in find_triggers(words, lexicon)] == [("050", "noun")]


def test_segment_keeps_raw_offsets():
    text = "وَالتَقى الوزيرُ"
    words = segment(text, offset=10)
    assert [(w.norm, text[w.start - 10:w.end - 10]) for w in words] == [("والتقي", "وَالتَقى"), ("الوزير", "الوزيرُ")]


def test_analyses_restore_ta_marbuta_before_a_pronoun():
    assert any(a.core == "زياره" and a.suffix == "ه" for a in analyses("زيارته"))
