import pytest

from rasid.actors.matcher import clitic_readings, find_matches, scan_sentence, scan_sentences, split_words
from rasid.records import Sentence
from rasid.text.normalize import normalize


def words_of(text):
    return split_words(normalize(text).text)


def test_split_words_folds_detached_clitic_into_next_word():
    words = words_of("لـ “الوفاق” و تركيا")
    assert [(w.text, w.clitic) for w in words] == [("الوفاق", "ل"), ("تركيا", "و")]


@pytest.mark.parametrize(("word", "stem", "skipped"), [
    ("وتركيا", "تركيا", 1),
    ("بالامارات", "الامارات", 1),
    ("للامم", "الامم", 0),
    ("وللامم", "الامم", 1),
    ("فبغداد", "بغداد", 1),
])
def test_clitic_readings_offer_the_stem(word, stem, skipped):
    (only,) = split_words(word)
    assert any(s == stem and k == skipped for s, k, _ in clitic_readings(only))


@pytest.mark.parametrize("word", ["لبنان", "بنغازي", "وهران"])
def test_clitic_readings_keep_the_word_itself_first(word):
    (only,) = split_words(word)
    assert clitic_readings(only)[0][0] == word


@pytest.mark.parametrize(("text", "expected"), [
    ("حكومة الوفاق الوطني", [("حكومه الوفاق الوطني", "GROUP")]),
    ("حكومة، الوفاق", [("حكومه", "ROLE"), ("الوفاق", "GROUP")]),
    ("مصراتة ومصر", [("مصر", "GPE")]),
    ("#حكومة_الوفاق", [("حكومه_الوفاق", "GROUP")]),
])
def test_find_matches_takes_longest_and_stops_at_punctuation(kb, text, expected):
    normalized = normalize(text).text
    found = find_matches(kb, split_words(normalized))
    assert [(normalized[m.start:m.end], m.best.type) for m in found] == expected


def test_whole_word_is_not_read_with_a_proclitic_off(find):
    codes = [(m.text, m.code) for m in find("وتلتزم الإدارات وجوباً بإرجاع الأجور إلى الخزينة")]
    assert not any(code.startswith("SSD") for _, code in codes), codes


def test_whole_word_leaves_the_name_with_a_real_proclitic(find):
    codes = [(m.text, m.code) for m in find("وصل الوفد ليلا إلى جوبا ثم عاد من جوبا إلى الخرطوم")]
    assert ("جوبا", "SSDGOV") in codes, codes


def test_a_sentence_is_scanned_once_per_document_and_read_back_by_its_start():
    text = "زار الرئيس تونس. ثم غادر إلى الجزائر."
    sentences = [Sentence(id="s0", doc_id="d", start=0, end=16, text=text[:16]),
                 Sentence(id="s1", doc_id="d", start=17, end=len(text), text=text[17:])]
    scanned = scan_sentences(text, sentences)
    normalized, words = scan_sentence(text, sentences[1], scanned)
    assert words is scanned[17][1]
    assert [w.text for w in words] == [w.text for w in split_words(normalize(text[17:]).text)]
    assert normalized.text == normalize(text[17:]).text
    alone = scan_sentence(text, sentences[0])  # no shared scan: made on the spot, the same words
    assert [w.text for w in alone[1]] == [w.text for w in scanned[0][1]]
