"""Hypothesis strategies for hostile Arabic news text: real words, every kind of digit, marks, odd code points."""

from hypothesis import strategies as st

WORDS = ("استقبل", "الرئيس", "التونسي", "وزير", "الخارجية", "الفرنسي", "هاجمت", "القوات", "السورية", "في",
         "يوم", "الاثنين", "مايو", "2018", "٢٠١٨", "۲۰۱۸", "أمس", "قبل", "سنوات", "من", "بيروت", "طرابلس",
         "حكومة", "الوفاق", "و", "بـ", "لل", "(", ")", "«", "»", "،", ".", "؟", "!", ":", "\n", "\n\n")
ODD = ("³", "²", "①", "\u0660", "\u06f9", "\u200f", "\u200c", "\ufeff", "\x00", "\u0640", "\u064b", "\ufdfa",
       "\ufefb", "𝟘", "9" * 5000, "\t", "\r\n", "\u2028")

tokens = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=6))
news_text = st.lists(tokens, max_size=60).map(" ".join)
