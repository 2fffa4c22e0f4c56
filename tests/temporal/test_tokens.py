import pytest

from rasid.temporal.calendar import load_calendar
from rasid.temporal.grammar import expression_starts, parse_expressions
from rasid.temporal.tokens import PhraseTable, clitic_forms, match_phrase, trigger_indices, word_tokens
from rasid.text.normalize import _normalize_by_char, normalize

CAL = load_calendar()


@pytest.mark.parametrize("text", [
    "أعلنت الحكومة اليوم السبت 23 من أيار سيطرتها على قاعدة الوطية.",
    "مُحَمَّدٌ ـــ قال\u200f إنّ الهجوم وقع في ١٨ أيار ٢٠٢٠",
    "ﻻ يوجد ﷲ في النص",  # presentation forms take the slow path
    "ΣΑΣ and İstanbul — «طرابلس»",
    "",
])
def test_normalize_fast_path_equals_the_per_character_path(text):
    assert normalize(text) == _normalize_by_char(text, "match", True)


@pytest.mark.parametrize(("word", "forms"), [
    ("وبطرابلس", ("وبطرابلس", "بطرابلس", "طرابلس")),
    ("للعام", ("للعام", "العام")),
    ("في", ("في",)),
    ("الماضي", ("الماضي",)),
])
def test_clitic_forms_strips_conjunction_and_preposition(word, forms):
    assert clitic_forms(word) == forms


def test_phrase_table_rejects_a_token_that_starts_no_phrase():
    table = PhraseTable({"كانون الثاني": 1, "شباط": 2})
    tokens = word_tokens("في كانون الثاني وشباط")
    assert table.firsts == frozenset({"كانون", "شباط"}) and table.max_words == 2
    assert match_phrase(tokens, 0, table, 3) is None
    assert match_phrase(tokens, 1, table, 3) == (1, 3)
    assert match_phrase(tokens, 3, table, 3) == (2, 4)


def test_token_seq_gives_offsets_into_the_normalised_text():
    tokens = word_tokens("منذ 3 أيام، وصل")
    assert [t.text for t in tokens] == ["منذ", "3", "أيام", "،", "وصل"]
    assert tokens[2].start == 6 and tokens.end(2) == 10 and [t.text for t in tokens[3:]] == ["،", "وصل"]


@pytest.mark.parametrize("text", [
    "وقع ذلك منذ ثلاثة أيام",
    "حتى نهاية الشهر المقبل",
    "في مطلع شهر كانون الثاني 2020",
    "منذ مساء يوم الأربعاء الماضي",
    "في أول من أمس",
    "بين 3 و5 أيار",
    "في الحادي والعشرين من مارس",
])
def test_expression_starts_keep_every_parse_of_the_full_scan(text):
    tokens = word_tokens(normalize(text).text)
    starts = expression_starts(tokens, CAL, trigger_indices(tokens, CAL.triggers))
    assert parse_expressions(tokens, CAL, starts) == parse_expressions(tokens, CAL)
    assert parse_expressions(tokens, CAL)


def test_expression_starts_skip_text_without_trigger():
    tokens = word_tokens(normalize("قال الوزير إن الحكومة ترفض الاتفاق").text)
    assert trigger_indices(tokens, CAL.triggers) == []
