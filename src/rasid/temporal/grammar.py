"""The Arabic date grammar: from word tokens to ``Parsed`` expressions, before any resolution.

Each ``_parse_*`` function tries one shape at a token index and returns a ``Parsed`` (whose ``end`` is the
token index after it) or None; ``parse_expressions`` keeps the longest parse at each position.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rasid.temporal.calendar import Calendar
from rasid.temporal.tokens import TokenSeq, clitic_forms, match_phrase, word_at
from rasid.text.chars import digits_value

Tokens = TokenSeq

MONTH_NOUNS = frozenset({"شهر"})
YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه", "عامي", "سنتي"})
DAY_PERIODS = frozenset({"يوم", "صباح", "مساء", "ليله", "ظهر", "فجر", "نهار", "عصر", "ظهيره"})
CONCORD = frozenset({"الموافق"})
APPROX = frozenset({"نحو", "حوالي", "قرابه"})
AGO_WORDS = {"منذ": -1, "قبل": -1, "بعد": 1}
MEASURED_FROM = frozenset({"من", "علي"})  # after a counted distance: from an event named next, not from today
HIJRI_SUFFIX = frozenset({"ه", "هجري", "هجريه", "للهجره"})
MONTH_CONTEXT = frozenset({"في", "خلال", "منذ", "حتى", "شهري", "بين"})
RANGE_OPENERS = frozenset({"بين", "من"})
RANGE_JOINERS = frozenset({"و", "-", "الي", "حتي", "لغايه"})
ANAPHORIC_DAY = frozenset({"نفس", "ذات", "ذلك", "تلك"})  # 'نفس اليوم' is that day, not today
EVERY = "كل"  # 'الثلاثين من مارس من كل عام' recurs every year: no date
GREGORIAN_SUFFIX = frozenset({"م", "ميلادي", "ميلاديه", "للميلاد"})
# Words an expression may hold before its first trigger word (see ``Calendar.triggers``).
GRAMMAR_LEADS = (DAY_PERIODS | MONTH_NOUNS | YEAR_NOUNS | APPROX | RANGE_OPENERS | frozenset(AGO_WORDS)
                 | frozenset({"اليوم"}))
YEAR_RANGE = range(1900, 2101)
HIJRI_YEAR_RANGE = range(1300, 1501)


@dataclass(frozen=True, slots=True)
class Parsed:
    start: int
    end: int
    kind: str  # date | month | year | relative | ago | weekday | hijri_date | hijri_month
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    direction: int | None = None  # الماضي -1, الحالي 0, المقبل 1 after a month or weekday
    year_offset: int | None = None  # العام الماضي after a month
    month_offset: int | None = None  # 18 من الشهر الجاري
    unit: str = ""
    offset: int = 0
    part: str = ""
    span: str = ""  # since | until | between (a span's start) | between_end
    today: bool = False
    range_end: Parsed | None = None  # the closing day of 'بين 3 و5 أيار'


def _is_word(tokens: Tokens, index: int, words: frozenset[str]) -> bool:
    return any(form in words for form in clitic_forms(word_at(tokens, index)))


def _number(tokens: Tokens, index: int, allowed: range) -> int | None:
    value = digits_value(word_at(tokens, index))
    return value if value is not None and value in allowed else None


def _year_number(tokens: Tokens, index: int) -> tuple[int, bool, int] | None:
    """A year written in digits, with an optional م/هـ suffix: (year, hijri, index after)."""
    year = _number(tokens, index, range(1300, 2101))
    if year is None:
        return None
    if _is_word(tokens, index + 1, HIJRI_SUFFIX):
        return year, True, index + 2
    if _is_word(tokens, index + 1, GREGORIAN_SUFFIX):
        return year, False, index + 2
    return (year, False, index + 1) if year in YEAR_RANGE else None


def _day(tokens: Tokens, index: int, cal: Calendar) -> tuple[int, int, bool] | None:
    """A day of the month in digits or as an ordinal word: (day, index after, written as ordinal)."""
    number = _number(tokens, index, range(1, 32))
    if number is not None:
        return number, index + 1, False
    found = match_phrase(tokens, index, cal.ordinals, 2)
    if found is None:
        return None
    (value, kind), after = found
    if kind == "unit" and word_at(tokens, after).startswith("و"):
        ten = cal.ordinals.get(word_at(tokens, after)[1:])
        if ten is not None and ten[1] == "ten":
            return value + ten[0], after + 1, True
    return value, after, True


def _month_name(tokens: Tokens, index: int, cal: Calendar) -> tuple[int, int, bool] | None:
    """(month, index after, ambiguous) for a Gregorian month name, with an optional pair (نيسان/أبريل)."""
    found = match_phrase(tokens, index, cal.months, 2)
    if found is None:
        return None
    month, after = found
    ambiguous = after == index + 1 and any(f in cal.ambiguous_months for f in clitic_forms(tokens.texts[index]))
    if word_at(tokens, after) == "/" and (pair := match_phrase(tokens, after + 1, cal.months, 2, False)):
        return month, pair[1], False
    if word_at(tokens, after) == "(" and (pair := match_phrase(tokens, after + 1, cal.months, 2, False)):
        close = pair[1] + 1 if word_at(tokens, pair[1]) == ")" else pair[1]
        return month, close, False
    return month, after, ambiguous


def _month_tail(tokens: Tokens, index: int, cal: Calendar) -> tuple[dict[str, int], int]:
    """What fixes a month's year after it: a year, a deictic word, or 'العام الماضي' / 'من العام الجاري'."""
    at = index + 1 if word_at(tokens, index) == "من" else index
    if _is_word(tokens, at, YEAR_NOUNS) and (year := _year_number(tokens, at + 1)) and not year[1]:
        return {"year": year[0]}, year[2]
    if (year := _year_number(tokens, index)) and not year[1]:
        return {"year": year[0]}, year[2]
    relative = match_phrase(tokens, at, cal.relative, 3)
    if relative and relative[0][0] == "year":
        return {"year_offset": relative[0][1]}, relative[1]
    if word_at(tokens, index) in cal.deictics:
        return {"direction": cal.deictics[word_at(tokens, index)]}, index + 1
    return {}, index


def _parse_day_month(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    day = _day(tokens, index, cal)
    if day is None:
        return None
    value, at, ordinal = day
    has_min = word_at(tokens, at) == "من"
    at += has_min
    if ordinal and not has_min:
        return None
    at += _is_word(tokens, at, MONTH_NOUNS)
    if word_at(tokens, at) == "الشهر" and word_at(tokens, at + 1) in cal.deictics:
        return Parsed(index, at + 2, "date", day=value, month_offset=cal.deictics[word_at(tokens, at + 1)])
    hijri = match_phrase(tokens, at, cal.hijri_months, 2, False)
    if hijri is not None:
        return _hijri_tail(Parsed(index, hijri[1], "hijri_date", day=value, month=hijri[0]), tokens)
    month = _month_name(tokens, at, cal)
    if month is None:
        return None
    tail, end = _month_tail(tokens, month[1], cal)
    return Parsed(index, end, "date", day=value, month=month[0], **tail)


def _hijri_tail(parsed: Parsed, tokens: Tokens) -> Parsed:
    at = parsed.end + _is_word(tokens, parsed.end, YEAR_NOUNS)
    year = _number(tokens, at, HIJRI_YEAR_RANGE)
    if year is None:
        return parsed
    end = at + 1 + _is_word(tokens, at + 1, HIJRI_SUFFIX)
    return replace(parsed, year=year, end=end)


def _parse_hijri_month(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    """'شهر رمضان' or 'رمضان 1441 هـ': a bare Hijri month name is too often a person's name."""
    noun = _is_word(tokens, index, MONTH_NOUNS)
    found = match_phrase(tokens, index + noun, cal.hijri_months, 2, not noun)
    if found is None:
        return None
    parsed = _hijri_tail(Parsed(index, found[1], "hijri_month", month=found[0]), tokens)
    return parsed if noun or parsed.year is not None else None


def _parse_month(tokens: Tokens, index: int, cal: Calendar, part: str = "", context: bool = False
                 ) -> Parsed | None:
    noun = _is_word(tokens, index, MONTH_NOUNS)
    month = _month_name(tokens, index + noun, cal)
    if month is None:
        return None
    tail, end = _month_tail(tokens, month[1], cal)
    if not (noun or tail or part or context or _is_word(tokens, index - 1, MONTH_CONTEXT)):
        return None  # a bare 'مايو' is as often a name (لويجي دي مايو) as a month
    return Parsed(index, end, "month", month=month[0], part=part, **tail)


def _parse_year(tokens: Tokens, index: int, cal: Calendar, bare: bool = False) -> Parsed | None:
    noun = _is_word(tokens, index, YEAR_NOUNS)
    if not (noun or bare):
        return None
    year = _year_number(tokens, index + noun)
    if year is None:
        return None
    if year[1]:
        return Parsed(index, year[2], "hijri_year", year=year[0])
    return Parsed(index, year[2], "year", year=year[0])


def _parse_relative(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    found = match_phrase(tokens, index, cal.relative, 3)
    if found is None:
        return None
    (unit, offset), end = found
    if unit == "day" and offset == 0 and _is_word(tokens, index - 1, ANAPHORIC_DAY):
        return None
    return Parsed(index, end, "relative", unit=unit, offset=offset)


def _parse_ago(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    """منذ ثلاثة أيام، قبل أسبوعين، بعد 3 أشهر: a counted distance from the publication date."""
    sign = next((AGO_WORDS[f] for f in clitic_forms(word_at(tokens, index)) if f in AGO_WORDS), None)
    if sign is None:
        return None
    at = index + 1 + _is_word(tokens, index + 1, APPROX)
    count = _number(tokens, at, range(1, 100))
    if count is None and word_at(tokens, at) in cal.cardinals:
        count = cal.cardinals[word_at(tokens, at)]
    at += count is not None
    unit = cal.units.get(word_at(tokens, at))
    if unit is None or (count is None and unit[1] == 0):
        return None
    since = "منذ" in clitic_forms(word_at(tokens, index))
    if not since and word_at(tokens, at + 1) in MEASURED_FROM:
        return None  # "بعد ثلاث سنوات من الاعتقال"، "قبل يومين من الانتخابات": counted from another event
    return Parsed(index, at + 1, "ago", unit=unit[0], offset=sign * (count or unit[1]), span="since" if since else "")


def _parse_part(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    """مطلع حزيران، أواخر العام الماضي، نهاية عام 2019: part of a month or year."""
    part = next((cal.parts[f] for f in clitic_forms(word_at(tokens, index)) if f in cal.parts), None)
    if part is None:
        return None
    at = index + 1
    inner = (_parse_month(tokens, at, cal, part) or _parse_relative(tokens, at, cal)
             or _parse_year(tokens, at, cal, bare=True))
    if inner is None or (inner.kind == "relative" and inner.unit == "day"):
        return None
    return replace(inner, start=index, part=part)


def _parse_weekday(tokens: Tokens, index: int, cal: Calendar) -> tuple[int, int] | None:
    at = index + _is_word(tokens, index, DAY_PERIODS)
    found = match_phrase(tokens, at, cal.weekdays, 1)
    return found if found is not None else None


def _parse_body(tokens: Tokens, index: int, cal: Calendar, span: str) -> Parsed | None:
    for parse in (_parse_day_month, _parse_part, _parse_hijri_month, _parse_month, _parse_relative,
                  _parse_ago):
        parsed = parse(tokens, index, cal)
        if parsed is not None:
            return parsed
    return _parse_year(tokens, index, cal, bare=bool(span))


def _skip_concord(tokens: Tokens, index: int) -> int:
    index += word_at(tokens, index) in {"،", ","}
    return index + (word_at(tokens, index) in CONCORD)


def _parse_range(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    """بين 3 و5 أيار، من 3 إلى 5 مايو، 3-5 مايو: a span of days, recorded by its first day."""
    opener = word_at(tokens, index) in RANGE_OPENERS
    first = _number(tokens, index + opener, range(1, 32))
    if first is None or word_at(tokens, index + opener + 1) not in RANGE_JOINERS:
        return None
    rest = _parse_day_month(tokens, index + opener + 2, cal)
    if rest is None or rest.kind != "date" or first >= (rest.day or 0):
        return None
    return replace(rest, start=index, day=first, span="between", range_end=replace(rest, span="between_end"))


def _parse_span_end(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    """The second term of 'بين عامي 2011 و2014' / 'بين مارس ويونيو': after و (or a joiner), or و-attached."""
    word = word_at(tokens, index)
    at = index + (word in RANGE_JOINERS)
    if at == index and not word.startswith("و"):
        return None
    parsed = (_parse_day_month(tokens, at, cal) or _parse_month(tokens, at, cal, context=True)
              or _parse_year(tokens, at, cal, bare=True))
    return replace(parsed, span="between_end") if parsed is not None else None


def _with_shared_year(start: Parsed, end: Parsed) -> Parsed:
    """'بين مارس ويونيو 2020': the first term takes the year written after the second."""
    if start.year is None and start.year_offset is None and end.year is not None and start.kind in {"date", "month"}:
        return replace(start, year=end.year)
    return start


def _recurs(tokens: Tokens, index: int) -> bool:
    """'من كل عام' / 'كل سنة' after a date: a yearly day, not one date."""
    at = index + (word_at(tokens, index) == "من")
    return word_at(tokens, at) == EVERY and _is_word(tokens, at + 1, YEAR_NOUNS)


def parse_at(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    """The longest expression starting at token ``index`` (none when it recurs every year)."""
    parsed = _parse_at(tokens, index, cal)
    return None if parsed is not None and _recurs(tokens, parsed.end) else parsed


def _parse_at(tokens: Tokens, index: int, cal: Calendar) -> Parsed | None:
    """The longest expression starting at token ``index``, with its span marker, 'اليوم' and weekday."""
    early = _parse_ago(tokens, index, cal) or _parse_range(tokens, index, cal)
    if early is not None:
        return early
    span = next((cal.spans[f] for f in clitic_forms(word_at(tokens, index)) if f in cal.spans), "")
    at = index + bool(span)
    today = word_at(tokens, at) == "اليوم" and _parse_weekday(tokens, at + 1, cal) is not None
    at += today
    weekday = _parse_weekday(tokens, at, cal)
    body_at = _skip_concord(tokens, weekday[1]) if weekday else at
    body = _parse_body(tokens, body_at, cal, span)
    if body is not None and not (weekday and body.kind in {"relative", "ago", "year"}):
        return replace(body, start=index, span=span, today=today, weekday=weekday[0] if weekday else None)
    if weekday is None:
        return None
    direction = cal.deictics.get(word_at(tokens, weekday[1]))
    end = weekday[1] + (direction is not None)
    if today:
        return Parsed(index, end, "relative", unit="day", offset=0, weekday=weekday[0], span=span, today=True)
    return Parsed(index, end, "weekday", weekday=weekday[0], direction=direction, span=span)


def _is_lead(word: str, cal: Calendar) -> bool:
    return any(f in GRAMMAR_LEADS or f in cal.leads for f in clitic_forms(word))


def expression_starts(tokens: Tokens, cal: Calendar, triggers: Iterable[int]) -> list[int]:
    """Every index where an expression may begin: each trigger token and the run of lead words (span
    markers, parts, شهر، منذ، a name's first words ...) right before it."""
    found: set[int] = set()
    for index in triggers:
        found.add(index)
        before = index - 1
        while before >= 0 and before not in found and _is_lead(tokens.texts[before], cal):
            found.add(before)
            before -= 1
    return sorted(found)


def parse_expressions(tokens: Tokens, cal: Calendar, starts: Iterable[int] | None = None) -> tuple[Parsed, ...]:
    """All expressions, left to right, without overlap except a range's closing day; only at ``starts``
    when given (a pre-filter that names every index where an expression may begin)."""
    found: list[Parsed] = []
    after = 0
    for index in range(len(tokens)) if starts is None else starts:
        if index < after:
            continue
        parsed = parse_at(tokens, index, cal)
        if parsed is None or parsed.end <= index:
            continue
        end = (parsed.range_end or _parse_span_end(tokens, parsed.end, cal)) if parsed.span == "between" else None
        if end is None:
            found.append(parsed)
        else:
            found.extend((_with_shared_year(replace(parsed, range_end=None), end), end))
        after = max(parsed.end, end.end if end else 0)
    return tuple(found)
