"""Tokens keep raw offsets; clitics are cut only where the corpus vocabulary licenses the cut."""

from pathlib import Path

import pytest

from rasid.text.segment import segment_word
from rasid.text.split import split_sentences
from rasid.text.stems import Stems, load_stems
from rasid.text.tokenize import tokenize

SEEDS = Path(__file__).resolve().parents[2] / "src" / "rasid" / "samples" / "seeds"


@pytest.fixture(scope="module")
def stems():
    return load_stems()


def _segments(word, stems):
    return [(word[p.start:p.end], p.kind) for p in segment_word(word, stems)]


def _tokens(text, stems):
    return tokenize(text, split_sentences(text, "doc"), stems)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_tokenize_offsets_cut_the_raw_text_of_seeds(path, stems):
    text = path.read_text(encoding="utf-8")
    tokens = _tokens(text, stems)
    assert tokens
    for token in tokens:
        assert text[token.start:token.end] == token.text
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


@pytest.mark.parametrize(("word", "expected"), [
    ("وبحث", [("و", "proclitic"), ("بحث", "word")]),
    ("والتقى", [("و", "proclitic"), ("التقى", "word")]),
    ("وأضاف", [("و", "proclitic"), ("أضاف", "word")]),
    ("بالحكومة", [("ب", "proclitic"), ("ال", "proclitic"), ("حكومة", "word")]),
    ("وبالحكومة", [("و", "proclitic"), ("ب", "proclitic"), ("ال", "proclitic"), ("حكومة", "word")]),
    ("للسلطة", [("لل", "proclitic"), ("سلطة", "word")]),
    ("لليبيا", [("ل", "proclitic"), ("ليبيا", "word")]),
    ("سيكون", [("س", "proclitic"), ("يكون", "word")]),
    ("بلاده", [("بلاد", "word"), ("ه", "enclitic")]),
    ("حكومته", [("حكومت", "word"), ("ه", "enclitic")]),
    ("نشرتها", [("نشرت", "word"), ("ها", "enclitic")]),
    ("لقائهما", [("لقائ", "word"), ("هما", "enclitic")]),
    ("لدينا", [("لدي", "word"), ("نا", "enclitic")]),
    ("عليه", [("علي", "word"), ("ه", "enclitic")]),
    ("لهم", [("ل", "word"), ("هم", "enclitic")]),
    ("وَبَحَثَ", [("وَ", "proclitic"), ("بَحَثَ", "word")]),
    ("بـ", [("بـ", "proclitic")]),
])
def test_segment_word_cuts_real_clitics(word, expected, stems):
    assert _segments(word, stems) == expected


@pytest.mark.parametrize("word", [
    "بلاد", "لبنان", "كانت", "فرنسا", "سوريا", "بحث", "بيان", "وزير", "ولاية", "واحد", "كما", "لكن", "بعد",
    "بين", "فقط", "فيما", "هناك", "ذلك", "دولي", "رئيسي", "الذي", "التقى", "سنة", "سلام", "ليبيا", "بريطانيا",
    "وزيري", "مسؤولي", "أولئك", "شبه", "كتاب", "لقاء", "فترة", "ألمانيا", "الجزائر",
])
def test_segment_word_keeps_whole_words(word, stems):
    assert _segments(word, stems) == [(word, "word")]


def test_segment_word_norm_restores_ta_marbuta(stems):
    pieces = segment_word("حكومتهم", stems)
    assert [p.norm for p in pieces] == ["حكومه", "هم"]


def test_segment_word_refuses_cut_when_stem_unattested():
    tiny = Stems.from_counts({"قال": 100, "وقال": 50})
    assert _segments("وقال", tiny) == [("و", "proclitic"), ("قال", "word")]
    assert _segments("وجال", tiny) == [("وجال", "word")]


def test_segment_word_refuses_cut_when_whole_form_dominates():
    tiny = Stems.from_counts({"انت": 10, "كانت": 5000})
    assert _segments("كانت", tiny) == [("كانت", "word")]


def test_segment_word_refuses_cut_when_form_takes_the_article():
    tiny = Stems.from_counts({"حث": 100, "بحث": 100, "البحث": 300})
    assert _segments("بحث", tiny) == [("بحث", "word")]


def test_segment_word_respects_unsplit_list():
    tiny = Stems.from_counts({"ما": 1000, "كما": 100})
    assert _segments("كما", tiny) == [("ك", "proclitic"), ("ما", "word")]
    listed = Stems.from_counts({"ما": 1000, "كما": 100}, unsplit={"كما"})
    assert _segments("كما", listed) == [("كما", "word")]


def test_tokenize_segments_share_word_index(stems):
    tokens = _tokens("وبحث المسؤولان في التعاون.", stems)
    first = [t for t in tokens if t.word_index == 0]
    assert [t.text for t in first] == ["و", "بحث"]
    assert tokens[-1].kind == "punct" and tokens[-1].word_index == 4
    assert len({t.word_index for t in tokens}) == 5


@pytest.mark.parametrize(("text", "kind", "norm"), [
    ("قتل ٢٥ شخصا.", "number", "25"),
    ("بنسبة 2.5 في المئة.", "number", "2.5"),
    ("أكثر من 1.000 شخص.", "number", "1.000"),
    ("قال Fathi Bashagha ذلك.", "latin", "fathi"),
    ("قال الوزير؟", "punct", "؟"),
    ("علم ليبيا 🇱🇾 هنا.", "symbol", "🇱🇾"),
])
def test_tokenize_kinds_and_norms(text, kind, norm, stems):
    tokens = _tokens(text, stems)
    assert any(t.kind == kind and t.norm == norm for t in tokens)


def test_tokenize_norm_is_normalised_segment(stems):
    tokens = _tokens("وأعلنت “حكومة الوفاق” سيطرتها.", stems)
    norms = [t.norm for t in tokens]
    assert "حكومه" in norms and "اعلنت" in norms and '"' in norms


def test_tokenize_sentence_index_matches_sentence(stems):
    text = "قال الوزير إن الوضع صعب. وأضاف أن الحل سياسي."
    tokens = _tokens(text, stems)
    assert {t.sentence_index for t in tokens if t.text == "أضاف"} == {1}
    assert {t.sentence_index for t in tokens if t.text == "الوزير"} == set()
    assert {t.sentence_index for t in tokens if t.text == "وزير"} == {0}
