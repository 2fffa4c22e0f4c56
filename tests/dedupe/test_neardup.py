import numpy as np
import pytest

from rasid.dedupe.neardup import (
    NearDuplicateIndex,
    find_near_duplicates,
    fold_words,
    group_sizes,
    shingles,
    signature,
)

WIRE = ("أعلن المتحدث باسم حكومة الوفاق الوطني الليبية أن رئيس المجلس الرئاسي فائز السراج استقبل الأربعاء في "
        "طرابلس وزير الدفاع الإيطالي لورينزو غويريني الذي وصل على رأس وفد عسكري رفيع المستوى، وبحث الجانبان "
        "التعاون الأمني ونزع الألغام من الأحياء الجنوبية للعاصمة وتدريب خفر السواحل الليبي.")
REPUBLISHED = WIRE.replace("الأربعاء", "يوم الأربعاء").replace("الليبي.", "الليبي، بحسب البيان.")
OTHER = ("قالت وزارة الصحة العراقية إن عدد الإصابات بفيروس كورونا ارتفع إلى ألف إصابة بعد تسجيل حالات جديدة في "
         "بغداد والبصرة، ودعت المواطنين إلى الالتزام بإجراءات الوقاية وتجنب التجمعات في المناسبات الدينية.")


@pytest.mark.parametrize(("text", "expected"), [
    ("وزيرُ الدفاعِ الإيطالي", ["وزير", "الدفاع", "الايطالي"]),
    ("مدينة إدلب ٢٠٢٠", ["مدينه", "ادلب", "2020"]),
])
def test_fold_words_folds_diacritics_letters_and_digits(text, expected):
    assert fold_words(text) == expected


def test_shingles_are_word_trigrams():
    assert shingles("استقبل السراج الوزير في طرابلس") == {"استقبل السراج الوزير", "السراج الوزير في",
                                                          "الوزير في طرابلس"}


def test_signature_of_short_text_is_none():
    assert signature("اجتماع في طرابلس") is None
    assert signature(WIRE).shape == (128,)


def test_find_near_duplicates_links_republished_copy_to_first():
    links = find_near_duplicates([("a", WIRE), ("b", OTHER), ("c", REPUBLISHED)], threshold=0.6)
    assert [(link.doc_id, link.canonical_id) for link in links] == [("c", "a")]
    assert 0.6 <= links[0].similarity < 1.0


def test_find_near_duplicates_strict_threshold_keeps_edited_copy_apart():
    assert find_near_duplicates([("a", WIRE), ("c", REPUBLISHED)], threshold=0.95) == []


def test_near_duplicate_index_links_copies_of_copies_to_the_canonical():
    index = NearDuplicateIndex(threshold=0.6)
    for doc_id in ("a", "b", "c"):
        link = index.add(doc_id, signature(WIRE))
    assert link.canonical_id == "a" and group_sizes([index.add("d", signature(REPUBLISHED))]) == {"a": 2}


def test_near_duplicate_index_keeps_a_known_canonical():
    index = NearDuplicateIndex(threshold=0.6)
    index.add("b", signature(WIRE), canonical_id="a")  # stored earlier as a copy of a, which left the window
    assert index.add("c", signature(REPUBLISHED)).canonical_id == "a"


def test_near_duplicate_index_rejects_a_bad_threshold():
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicateIndex(threshold=1.5)


def test_signatures_are_stable_across_calls():
    assert np.array_equal(signature(WIRE), signature(WIRE))
