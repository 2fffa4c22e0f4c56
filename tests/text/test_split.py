"""Sentence splitting: offsets cut the raw text, sentence ends, and line kinds on seed-like snippets."""

import pytest

from rasid.records import stable_id
from rasid.text.split import MAX_SENTENCE_CHARS, split_sentences

ARTICLE = """حكومة الوفاق تلجأ لفك عزلتها من البوابة الايطالية

لقاء فائز السراج بوزير الدفاع الإيطالي لا يخفي حجم العزلة. وقال إن الوضع صعب!
تعاون مع أمريكا
وأعلنت “حكومة الوفاق”، المعترف بها أمميًا، اليوم السبت 23 من أيار، عن سيطرتها على مدن جديدة.
“الوفاق ترفض الهدنة”
الذين يدعوا بأنهم يسعوا لـ"هدنة إنسانية" ، هم يسعوا لإخفاء هزائمهم.
— فتحي باشاغا Fathi Bashagha (@fathi_bashagha) May 21, 2020
الناطق باسم #الخارجية محمد #القبلاوي: هدف #حكومة_الوفاق بسط السيطرة pic.twitter.com/ClYfB3IptM
— وزارة الخارجية والتعاون الدولي – دولة ليبيا 🇱🇾 (@Mofa_Libya) May 21, 2020
إذا كنت تعتقد/تعتقدين أن المقال ينتهك أيًا من المبادئ الأخلاقية أو المعايير المهنية قدم/قدمي شكوى
-
تابعنا على :
"""


def _split(text):
    return split_sentences(text, "doc")


def _texts(text):
    return [s.text for s in _split(text)]


def test_split_sentences_offsets_cut_the_raw_text():
    for sentence in _split(ARTICLE):
        assert ARTICLE[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.id == stable_id("doc", sentence.start, sentence.end)


def test_split_sentences_index_and_paragraph_follow_document_order():
    sentences = _split(ARTICLE)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)
    assert sentences[1].paragraph == sentences[2].paragraph == 1
    assert sentences[3].paragraph == 2


@pytest.mark.parametrize(("prefix", "kind"), [
    ("حكومة الوفاق تلجأ", "title"),
    ("لقاء فائز السراج", "body"),
    ("تعاون مع أمريكا", "headline"),
    ("وأعلنت “حكومة الوفاق”", "body"),
    ("“الوفاق ترفض الهدنة”", "quote"),
    ("الذين يدعوا بأنهم", "tweet"),
    ("— فتحي باشاغا", "tweet"),
    ("الناطق باسم #الخارجية", "tweet"),
    ("— وزارة الخارجية", "tweet"),
    ("إذا كنت تعتقد", "boilerplate"),
    ("-", "boilerplate"),
    ("تابعنا على", "boilerplate"),
])
def test_split_sentences_kind_of_seed_like_lines(prefix, kind):
    found = [s for s in _split(ARTICLE) if s.text.startswith(prefix)]
    assert found and found[0].kind == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("قال الوزير إن الوضع صعب. وأضاف أن الحل سياسي.", ["قال الوزير إن الوضع صعب.", "وأضاف أن الحل سياسي."]),
    ("هل تندرج تحركات السراج ضمن سياق التحالف؟ وهل سنرى تحركات أخرى؟",
     ["هل تندرج تحركات السراج ضمن سياق التحالف؟", "وهل سنرى تحركات أخرى؟"]),
    ("بعد فرارها من جنوب طرابلس؛ مع التأكيد على الحل", ["بعد فرارها من جنوب طرابلس؛", "مع التأكيد على الحل"]),
    ("ملفات التعاون المشترك؛إضافة إلى تأمين الحدود", ["ملفات التعاون المشترك؛", "إضافة إلى تأمين الحدود"]),
    ("انتظر الجميع… ثم جاء الرد.", ["انتظر الجميع…", "ثم جاء الرد."]),
    ("قالت الوزارة: \"تم تأكيد التعاون.\" وأضافت أن الخطة جديدة.",
     ["قالت الوزارة: \"تم تأكيد التعاون.\"", "وأضافت أن الخطة جديدة."]),
])
def test_split_sentences_ends_at_terminal_marks(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    "ارتفع النمو بنسبة 2.5 في المئة وبلغ عدد القتلى 1.000 شخص في العام الماضي.",
    "وصل د. محمد القبلاوي إلى طرابلس والتقى مسؤولين من U.S. Army في المطار.",
    "نشر الخبر على موقع www.alarabiya.net ونقلته وكالات أخرى.",
    "قال الوزير: “لن نقبل. لن نتراجع. هذا موقفنا” ثم غادر القاعة.",
    "جدد رئيس المجلس الرئاسي فائز السراج، ورئيس الوزراء الإيطالي، التأكيد على الحل السياسي.",
    "حكومة الوفاق.. مشاركة إيطالية في نزع الألغام",
])
def test_split_sentences_keeps_one_sentence(text):
    assert _texts(text) == [text]


def test_split_sentences_cuts_very_long_sentence_at_commas():
    clause = "وأكد الوزير أن الحكومة ستواصل دعم الاستقرار في البلاد ومكافحة الإرهاب"
    text = "، ".join([clause] * 20) + "."
    sentences = _split(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(text[s.start:s.end] for s in sentences).replace(" ", "") == text.replace(" ", "")


def test_split_sentences_merges_letterless_fragments():
    text = "تم تأكيد التعاون المطلوب من إيطاليا في مجال إزالة الألغام. ... كما تطور التعاون في مجال الطب."
    assert _texts(text) == ["تم تأكيد التعاون المطلوب من إيطاليا في مجال إزالة الألغام. ...",
                            "كما تطور التعاون في مجال الطب."]


@pytest.mark.parametrize("line", ["Total", "0", "مشاركة", "مقالات ذات صلة", "شارك المقال"])
def test_split_sentences_marks_page_furniture(line):
    text = f"عنوان الخبر\nقال الوزير إن الوضع صعب.\n{line}\n"
    assert _split(text)[-1].kind == "boilerplate"


def test_split_sentences_empty_text_has_no_sentences():
    assert _split(" \n\n\t") == ()


def test_split_sentences_handles_crlf():
    text = "عنوان الخبر\r\nقال الوزير إن الوضع صعب.\r\n"
    sentences = _split(text)
    assert [s.text for s in sentences] == ["عنوان الخبر", "قال الوزير إن الوضع صعب."]
