import pytest

from rasid.memo import Memo
from rasid.pipeline import Context
from rasid.settings import Settings


def test_memo_calls_func_once_per_key():
    calls = []
    memo = Memo(lambda word: calls.append(word) or word[::-1])
    assert [memo("ليبيا"), memo("ليبيا"), memo("سوريا")] == ["ايبيل", "ايبيل", "ايروس"]
    assert calls == ["ليبيا", "سوريا"]
    assert (memo.hits, memo.misses) == (1, 2)


def test_memo_clears_when_full_and_stays_correct():
    memo = Memo(len, limit=2)
    for word in ("أ", "بب", "ججج", "أ"):
        assert memo(word) == len(word)
    assert len(memo) <= 2


def test_memo_rejects_non_positive_limit():
    with pytest.raises(ValueError):
        Memo(len, limit=0)


def test_context_memo_is_shared_by_name_and_bounded_by_setting():
    ctx = Context(Settings(memo_limit=3))
    first = ctx.memo("text.segment", len)
    assert ctx.memo("text.segment", str.upper) is first
    assert first.limit == 3
    assert ctx.memo("events.analyses", len) is not first
