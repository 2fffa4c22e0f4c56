"""Arabic full-text search terms: the normalised text, plus each word without its proclitics.

FTS5 matches whole tokens and Arabic glues conjunctions, prepositions and the article to the word
("والسراج", "بطرابلس"). Indexing a bare form next to each prefixed word lets a query for "السراج" or
"طرابلس" find them. Queries are normalised the same way (diacritics, alef/ya/ta marbuta folded), and
the article "ال" is dropped from query words (definiteness does not matter for search), and each query
word is quoted so that user input can never be read as FTS syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasid.text.clitics import ARTICLE, SEARCH_PROCLITICS
from rasid.text.normalize import fold_text

# A prefix (rasid.text.clitics.SEARCH_PROCLITICS, longest first) is stripped only when three letters remain.
MIN_STEM = 3
WORD = re.compile(r"\w+")
BY_INITIAL = {letter: tuple(p for p in SEARCH_PROCLITICS if p[0] == letter)
              for letter in {p[0] for p in SEARCH_PROCLITICS}}


fold = fold_text  # search folds exactly as matching does


def bare_forms(word: str) -> list[str]:
    """The word without each proclitic chain it may carry ("والسراج" -> "السراج", "سراج")."""
    forms: list[str] = []
    for prefix in BY_INITIAL.get(word[:1], ()):
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            stem = word[len(prefix):]
            if stem not in forms:
                forms.append(stem)
    return forms


def index_text(text: str, forms: Callable[[str], list[str]] = bare_forms) -> str:
    """The text FTS5 indexes: the folded text, then (once each) the bare forms of its words. ``forms`` is
    ``bare_forms`` or a memo of it (the store keeps one, as news repeats a few thousand word forms)."""
    folded = fold(text)
    bare = {form: None for word in set(WORD.findall(folded)) for form in forms(word)}
    return folded + "\n" + " ".join(sorted(bare))


def query_form(word: str) -> str:
    """A query word without its article, so "الإصابات" also finds "للإصابات" and "إصابات"."""
    if word.startswith(ARTICLE) and len(word) - len(ARTICLE) >= MIN_STEM:
        return word[len(ARTICLE):]
    return word


def match_query(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every normalised query word; None when nothing is left to search."""
    words = [query_form(w) for w in WORD.findall(fold(query))]
    if not words:
        return None
    return " AND ".join(f'"{w}"' for w in words)
