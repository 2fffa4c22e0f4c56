import numpy as np
import pytest

from rasid.ner.viterbi import decode_many, decode_one


def _brute_force(scores, transitions):
    """The best path by trying every label sequence (tiny sizes only)."""
    from itertools import pairwise, product

    n, labels = scores.shape
    best, best_path = -np.inf, []
    for path in product(range(labels), repeat=n):
        total = sum(scores[t, p] for t, p in enumerate(path)) + sum(
            transitions[a, b] for a, b in pairwise(path))
        if total > best:
            best, best_path = total, list(path)
    return best_path


@pytest.mark.parametrize("seed", range(5))
def test_decode_one_finds_the_best_path(seed):
    rng = np.random.default_rng(seed)
    scores, transitions = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    assert decode_one(scores, transitions) == _brute_force(scores, transitions)


@pytest.mark.parametrize("seed", range(10))
def test_decode_many_equals_one_by_one(seed):
    rng = np.random.default_rng(seed)
    transitions = rng.normal(size=(9, 9))
    lengths = rng.integers(0, 40, size=12)
    sentences = [rng.normal(size=(n, 9)) for n in lengths]
    assert decode_many(sentences, transitions) == [decode_one(s, transitions) for s in sentences]


def test_decode_many_handles_empty_input():
    transitions = np.zeros((3, 3))
    assert decode_many([], transitions) == []
    assert decode_many([np.zeros((0, 3))], transitions) == [[]]
