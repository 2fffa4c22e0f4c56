"""Find the time expressions of a text: numeric dates by pattern, the rest by the token grammar, each
resolved against the publication date and reported with raw-text offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date, datetime

from rasid.records import Sentence, TimeExpression
from rasid.temporal.calendar import Calendar
from rasid.temporal.grammar import Parsed, expression_starts, parse_expressions
from rasid.temporal.resolve import Resolution, resolve, safe_date
from rasid.temporal.tokens import TokenSeq, clitic_forms, trigger_indices, word_tokens
from rasid.text.normalize import Normalized, normalize

# Day-first as Arab outlets write them (23/5/2020, 23-05-2020, 23.5.2020), and ISO order (2020-05-23).
NUMERIC_DMY = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-]*\d)")
NUMERIC_YMD = re.compile(r"(?<![\d/.\-])(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?![\d/.\-]*\d)")
TATWEEL = "\u0640"
FUTURE_LOOKBACK = 4  # words before a weekday searched for a future cue
DURATION_UNITS = frozenset({"month", "year"})
ROLES = {"since": "span_start", "between": "span_start", "until": "span_end", "between_end": "span_end"}


def numeric_dates(norm: Normalized) -> list[tuple[int, int, date]]:
    """(start, end, date) in normalised offsets for the valid numeric dates."""
    found = []
    for pattern, order in ((NUMERIC_DMY, (4, 3, 1)), (NUMERIC_YMD, (1, 3, 4))):
        for match in pattern.finditer(norm.text):
            year, month, day = (int(match.group(i)) for i in order)
            valid = 1 <= month <= 12 and 1900 <= year <= 2100 and safe_date(year, month, day)
            if valid:
                found.append((match.start(), match.end(), valid))
    return sorted(found)


def is_future_context(tokens: TokenSeq, index: int, cal: Calendar) -> bool:
    """A future cue (سوف، من المقرر، a سـ-prefixed verb) among the few words before ``index``."""
    for text in tokens.texts[max(0, index - FUTURE_LOOKBACK):index]:
        if any(f in cal.future_words for f in clitic_forms(text)):
            return True
        if text in cal.not_future or len(text) < 4:
            continue
        if text.startswith(cal.future_prefixes):
            return True
    return False


def sentence_index_at(starts: Sequence[int], sentences: Sequence[Sentence], offset: int) -> int:
    position = bisect.bisect_right(starts, offset) - 1
    return sentences[position].index if position >= 0 else 0


def _overlaps(span: tuple[int, int], taken: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _expression(text: str, norm: Normalized, span: tuple[int, int], found: Resolution,
                sentence_index: int, role: str = "point") -> TimeExpression:
    start, end = norm.to_raw(*span)
    while end < len(text) and text[end] == TATWEEL:  # keep the tatweel of هـ inside the span
        end += 1
    return TimeExpression(start=start, end=end, text=text[start:end], value=found.value,
                          precision=found.precision, method=found.method, sentence_index=sentence_index, role=role)


def role_of(parsed: Parsed) -> str:
    """'منذ 2011' opens a span, 'حتى نهاية العام' / 'بحلول 2030' close one. Of the counted distances,
    'منذ ثلاثة أيام' is a point (three days ago) but 'منذ ست سنوات' is a duration: a span's start."""
    if parsed.kind == "ago":
        duration = parsed.span == "since" and parsed.offset < -1 and parsed.unit in DURATION_UNITS
        return "span_start" if duration else "point"
    return ROLES.get(parsed.span, "point")


def publication_day(published: datetime | date | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


ParsedText = tuple[Normalized, TokenSeq, list[Parsed]]


def parsed_with_spans(text: str, cal: Calendar) -> ParsedText:
    """The grammar's parses over the normalised text, with the tokens they index. The grammar runs only
    near a trigger word (a digit, a month, weekday, ordinal, unit or relative word)."""
    norm = normalize(text)
    tokens = word_tokens(norm.text)
    starts = expression_starts(tokens, cal, trigger_indices(tokens, cal.triggers))
    return norm, tokens, list(parse_expressions(tokens, cal, starts))


def find_time_expressions(text: str, sentences: Sequence[Sentence], published: datetime | None,
                          calendar: Calendar) -> tuple[TimeExpression, ...]:
    """Every date expression in ``text``, resolved against ``published`` where the text needs it."""
    pub = publication_day(published)
    norm, tokens, parses = parsed_with_spans(text, calendar)
    starts = [s.start for s in sentences]
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for start, end, day in numeric_dates(norm):
        sentence = sentence_index_at(starts, sentences, norm.index_to_raw(start))
        found.append(_expression(text, norm, (start, end), Resolution(day.isoformat(), "day", "absolute"),
                                 sentence))
        taken.append((start, end))
    for parsed in parses:
        span = (tokens.starts[parsed.start], tokens.end(parsed.end - 1))
        if _overlaps(span, taken):
            continue
        future = parsed.kind == "weekday" and is_future_context(tokens, parsed.start, calendar)
        sentence = sentence_index_at(starts, sentences, norm.index_to_raw(span[0]))
        found.append(_expression(text, norm, span, resolve(parsed, pub, future), sentence, role_of(parsed)))
    return tuple(sorted(found, key=lambda e: (e.start, e.end)))
