"""Sentences with exact raw offsets: paragraphs at newlines, sentence ends at . ! ? ؟ … ؛.

The Arabic comma joins the clauses of one sentence, so it never ends one, except to cut a sentence longer
than ``MAX_SENTENCE_CHARS``. Dots inside numbers (2.5، 1.000), after initials and abbreviations (د. ، U.S.),
inside URLs and inside short quotations do not end a sentence. Every ``Sentence`` satisfies
``text[s.start:s.end] == s.text`` and carries no leading or trailing whitespace.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from rasid.records import Sentence, stable_id
from rasid.text.chars import ARABIC_LETTER, ARABIC_MARK, QUOTE_PAIRS
from rasid.text.lines import Boilerplate, line_kinds, load_boilerplate

MAX_SENTENCE_CHARS = 600
MIN_CUT_CHARS = 150  # a cut of an over-long sentence leaves at least this much on its left
MAX_PROTECTED_QUOTE = 300  # terminal marks inside a quotation shorter than this do not end the sentence
# A terminal run (. ! ? ؟ … ؛, not a lone "..") with the closing marks that follow it, then space or the end.
TERMINAL = re.compile(r"(?:(?:\.{3,}|…+|[!?]+|(?<!\.)\.(?!\.))[\"'”’»)\]]*(?=\s|$)|[؟؛]+[!?؟]*[\"'”’»)\]]*)")
CLAUSE_CUT = re.compile(r"[،,;](?=\s)")
WORD_BEFORE = re.compile(rf"([A-Za-z{ARABIC_LETTER}][A-Za-z{ARABIC_LETTER}{ARABIC_MARK}.]*)\.$")
ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k",
                           "u.n", "jr", "sr", "prof", "gen", "col", "lt", "inc", "co", "ltd",
                           "د", "أ", "م", "ق.م", "ص", "ت", "هـ", "ج", "ع", "س"})
URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com)\S+|\S+\.(?:com|net|org|gov|ly|sy|iq|ye|eg)\S*",
                 re.IGNORECASE)
# What every URL match contains: a cheap test that spares the URL pattern's backtracking on most lines.
URL_HINT = re.compile(r"https?://|www\.|pic\.twitter\.com|\.(?:com|net|org|gov|ly|sy|iq|ye|eg)", re.IGNORECASE)
OPENERS = "“«\"„"
# Every character the quote scanner reacts to: openers, "”" (also read as an opener) and every closing mark.
QUOTE_MARK = re.compile("[" + re.escape("".join(sorted({*OPENERS, "”", *QUOTE_PAIRS.values()}))) + "]")
SIGNIFICANT = re.compile(rf"[0-9A-Za-z{ARABIC_LETTER}\u0660-\u0669\u06f0-\u06f9]")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, without its line break."""
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"))
        if text[start:end].strip():
            yield start, end
        start += len(line)


def _quote_spans(line: str) -> list[tuple[int, int]]:
    """Spans of short quotations (opening mark to closing mark, inclusive) in a line."""
    spans, opened, closer = [], -1, ""
    for mark in QUOTE_MARK.finditer(line):  # other characters never change the scanner's state
        index, char = mark.start(), mark.group()
        if opened < 0 and (char in OPENERS or char == "”"):
            opened, closer = index, QUOTE_PAIRS.get(char, "”")
        elif opened >= 0 and char == closer:
            if index + 1 - opened <= MAX_PROTECTED_QUOTE:
                spans.append((opened, index + 1))
            opened = -1
    return spans


def _protected(line: str) -> list[tuple[int, int]]:
    urls = [(m.start(), m.end()) for m in URL.finditer(line)] if URL_HINT.search(line) else []
    return _quote_spans(line) + urls


def _is_abbreviation(line: str, dot: int) -> bool:
    """The dot at ``dot`` closes an initial or a known abbreviation (د. محمد، U.S. forces)."""
    match = WORD_BEFORE.search(line, max(0, dot - 12), dot + 1)
    if not match:
        return False
    word = match.group(1)
    return len(word) == 1 or word.lower() in ABBREVIATIONS or (word[0].isupper() and len(word) <= 2)


def _breaks(line: str) -> list[int]:
    """Offsets in ``line`` just after each sentence end."""
    protected = _protected(line)
    breaks = []
    for match in TERMINAL.finditer(line):
        end = match.end()
        if any(start < end < stop for start, stop in protected):
            continue
        if line[match.start()] == "." and _is_abbreviation(line, match.start()):
            continue
        breaks.append(end)
    return breaks


def _cut_long(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE_CHARS at the last clause comma that keeps pieces in bounds."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window = line[start + MIN_CUT_CHARS:start + MAX_SENTENCE_CHARS]
        commas = [m.end() for m in CLAUSE_CUT.finditer(window)]
        if not commas:
            break
        cut = start + MIN_CUT_CHARS + commas[-1]
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _merge_fragments(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Join spans without a letter or digit ("...", "-") to the sentence before them."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not (SIGNIFICANT.search(line[start:end]) and SIGNIFICANT.search(line[slice(*merged[-1])])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def line_spans(line: str) -> list[tuple[int, int]]:
    """Sentence spans inside one line (offsets relative to the line), stripped of whitespace."""
    bounds = [0, *_breaks(line), len(line)]
    spans = [_strip(line, a, b) for a, b in itertools.pairwise(bounds)]
    spans = _merge_fragments([s for s in spans if s[0] < s[1]], line)
    return [piece for a, b in spans for piece in _cut_long(line, a, b)]


def split_sentences(text: str, doc_id: str, boilerplate: Boilerplate | None = None) -> tuple[Sentence, ...]:
    """Sentences of an article in document order, with kind, paragraph and index.

    ``boilerplate`` holds the page-furniture cues (``load_boilerplate()``); when omitted the bundled file
    is read.
    """
    cues = boilerplate if boilerplate is not None else load_boilerplate()
    lines = list(_lines(text))
    kinds = line_kinds([text[a:b] for a, b in lines], cues)
    sentences: list[Sentence] = []
    for paragraph, ((line_start, line_end), kind) in enumerate(zip(lines, kinds, strict=True)):
        line = text[line_start:line_end]
        for start, end in line_spans(line):
            start, end = _strip(line, start, end)
            a, b = line_start + start, line_start + end
            sentences.append(Sentence(stable_id(doc_id, a, b), doc_id, a, b, text[a:b], kind, paragraph,
                                      len(sentences)))
    return tuple(sentences)
