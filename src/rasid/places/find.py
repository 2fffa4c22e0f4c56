"""Find the places of a document: military sites by name, other places only in locative phrases (a
country or city named as the subject of a verb is an actor, not a place), and the dateline."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache

from rasid.places.gazetteer import Gazetteer, GazetteerEntry
from rasid.records import Document, Place
from rasid.temporal.tokens import (
    TokenSeq,
    clitic_forms,
    match_phrase,
    word_at,
    word_tokens,
)
from rasid.text.clitics import CLITIC_LETTERS
from rasid.text.normalize import Normalized, normalize

Tokens = TokenSeq
DocCounts = Callable[[], Counter[str]]  # the document's country mentions, counted on first need
DESCRIPTOR_SPAN = 3  # descriptor words allowed between the cue and the name (العاصمة الليبية)
CONTEXT_WORDS = 4  # words either side searched for a country cue when a name is ambiguous
DATELINE_LINES = 4  # body lines searched for a dateline
DATELINE_TAIL = re.compile(r"^[^\n\-—–:.]{0,60}?[-—–:]")
VISIT_REACH = 5  # words after 'زار' searched for the visited place


def country_mentions(forms: Iterable[tuple[str, ...]], gaz: Gazetteer) -> Counter[str]:
    """How often each country is named or implied (nisba) among tokens given by their clitic forms."""
    counts: Counter[str] = Counter()
    for token_forms in forms:
        for form in token_forms:
            cues = gaz.country_cues.get(form)
            if cues:
                counts.update(cues)
    return counts




def _opens_name(text: str, gaz: Gazetteer) -> bool:
    """The token may open a place or site name, possibly behind clitics or an attached ب."""
    return text in gaz.openers or (text[0] in CLITIC_LETTERS and not gaz.openers.isdisjoint(clitic_forms(text)))


def candidate_starts(texts: Sequence[str], gaz: Gazetteer) -> list[int]:
    """Token indices where a site, locative phrase or ب-name may begin: each token that opens a name, the
    run of cue/descriptor words right before it, and a visit verb up to VISIT_REACH words before it.
    Everywhere else the finder has nothing to find."""
    found: set[int] = set()
    for index, text in enumerate(texts):
        if not _opens_name(text, gaz):
            continue
        found.add(index)
        before = index - 1
        while before >= 0 and before not in found and not gaz.leads.isdisjoint(clitic_forms(texts[before])):
            found.add(before)
            before -= 1
        found.update(i for i in range(max(0, index - VISIT_REACH - 2), index)
                     if not gaz.visit_verbs.isdisjoint(clitic_forms(texts[i])))
    return sorted(found)


def choose_entry(entries: Sequence[GazetteerEntry], tokens: Tokens, span: tuple[int, int],
                 described: str, doc_counts: DocCounts, gaz: Gazetteer) -> GazetteerEntry:
    """Same-name places: a country cue next to the name wins, then the document's countries, then size.
    ``described`` is the kind of descriptor before the name ('' when none): 'مدينة الجزائر' or 'العاصمة
    تونس' names the city, not the country; 'محافظة حلب' names the governorate, not the city."""
    if described:
        entries = [e for e in entries if e.feature != "country"] or list(entries)
    if described == "region":
        entries = [e for e in entries if e.feature == "region"] or list(entries)
    elif described:
        entries = [e for e in entries if e.feature != "region"] or list(entries)
    if len(entries) == 1:
        return entries[0]
    counts = doc_counts()
    near = country_mentions(map(clitic_forms, tokens.texts[max(0, span[0] - CONTEXT_WORDS):span[1] + CONTEXT_WORDS]),
                            gaz)

    def score(entry: GazetteerEntry) -> tuple[int, int, int, int]:
        return (near[entry.country], counts[entry.country], entry.feature == "country", entry.population)
    return max(entries, key=score)


def _cue_kind(tokens: Tokens, index: int, gaz: Gazetteer) -> str | None:
    return next((gaz.locatives[f] for f in clitic_forms(word_at(tokens, index)) if f in gaz.locatives), None)


def _cue_end(tokens: Tokens, index: int, gaz: Gazetteer) -> int | None:
    """The token index after a locative cue (في، جنوب غرب، بالقرب من), or None."""
    kind = _cue_kind(tokens, index, gaz)
    if kind is None:
        return None
    at = index + 1
    if kind == "direction" and word_at(tokens, at) in gaz.locatives:  # جنوب غرب
        at += 1
    return at + (word_at(tokens, at) == "من")


def _skip_descriptors(tokens: Tokens, at: int, gaz: Gazetteer) -> tuple[int, str]:
    """Skip 'مدينة' / 'العاصمة الليبية' / 'محافظة' before a name; report the first descriptor's kind
    (city | region), 'nisba' for a nisba alone, '' for none."""
    start, kind = at, ""
    while at - start < DESCRIPTOR_SPAN:
        word = word_at(tokens, at)
        nisba = at > start and word in gaz.country_cues and word not in gaz.places
        if word in gaz.descriptors or nisba:
            kind = kind or gaz.descriptors.get(word, "nisba")
            at += 1
            continue
        break
    return at, kind


def _place(doc: Document, norm: Normalized, tokens: Tokens, span: tuple[int, int], entry: GazetteerEntry,
           role: str = "event") -> Place:
    start, end = norm.to_raw(tokens.starts[span[0]], tokens.end(span[1] - 1))
    return Place(text=doc.text[start:end], name=entry.name, country=entry.country, lat=entry.lat,
                 lon=entry.lon, start=start, end=end, feature=entry.feature, role=role)


def _without_clitics(place: Place, first: str, gaz: Gazetteer) -> Place:
    """'وقاعدة الجفرة', 'بقاعدة عين الأسد' -> 'قاعدة ...': a site's span starts after attached و ف ب ل
    (``first`` is the normalised first word)."""
    bare = next((f for f in clitic_forms(first) if f in gaz.sites.firsts or f in gaz.site_nouns), first)
    cut = len(first) - len(bare)
    if 0 < cut < len(place.text):
        return replace(place, text=place.text[cut:], start=place.start + cut)
    return place


def _visited_at(tokens: Tokens, index: int, gaz: Gazetteer) -> int | None:
    """After 'زار' the place is the object, behind the subject: the first name within a few words."""
    for at in range(index, min(index + VISIT_REACH, len(tokens))):
        if not tokens.texts[at].isalpha():
            return None
        if tokens.texts[at] in gaz.places and tokens.texts[at] not in gaz.descriptors:
            return at
    return None


def _locative_at(tokens: Tokens, index: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """Where a name may start after a cue at ``index`` (or after a descriptor at it), and the descriptor's
    kind ('' when none)."""
    after_cue = _cue_end(tokens, index, gaz)
    if after_cue is not None and _cue_kind(tokens, index, gaz) == "verb":
        visited = _visited_at(tokens, after_cue, gaz)
        return (visited, "") if visited is not None else None
    if after_cue is not None:
        return _skip_descriptors(tokens, after_cue, gaz)
    at, described = _skip_descriptors(tokens, index, gaz)
    return (at, described) if described else None


def _site_by_core(tokens: Tokens, index: int, gaz: Gazetteer) -> tuple[GazetteerEntry, int] | None:
    """'قاعدة “الوطية” العسكرية', 'مطار معيتيقة': a site noun, a known site's core name, any adjectives."""
    noun = next((f for f in clitic_forms(word_at(tokens, index)) if f in gaz.site_nouns), None)
    noun = noun[:-1] if noun and noun.endswith("ي") and noun[:-1] in gaz.site_nouns else noun  # dual
    found = match_phrase(tokens, index + 1, gaz.site_cores, gaz.max_words, False) if noun else None
    if found is None or (found[0].nouns is not None and noun not in found[0].nouns):
        return None
    return found[0].entry, found[1]


def _site_at(tokens: Tokens, index: int, gaz: Gazetteer) -> tuple[GazetteerEntry, int] | None:
    """A site named at ``index`` (by its full name or noun + core), with any adjectives after it."""
    site = match_phrase(tokens, index, gaz.sites, gaz.max_words) or _site_by_core(tokens, index, gaz)
    if site is None:
        return None
    end = site[1]
    while word_at(tokens, end) in gaz.site_adjectives:
        end += 1
    return site[0], end


def _bi_name(tokens: Tokens, index: int, gaz: Gazetteer) -> tuple[tuple[GazetteerEntry, ...], int] | None:
    """A name with the preposition ب attached (بطرابلس، وبسرت): (entries, length of the clitics)."""
    word = word_at(tokens, index)
    for form in clitic_forms(word):
        if form.startswith("ب") and form[1:] in gaz.places and form[1:] not in gaz.locatives:
            return gaz.places[form[1:]], len(word) - len(form) + 1
    return None


def find_places(doc: Document, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Sites, locative places and the dateline, each with raw offsets, left to right."""
    norm = normalize(doc.text)
    tokens = word_tokens(norm.text)
    doc_counts = cache(lambda: country_mentions(map(clitic_forms, tokens.texts), gazetteer))  # on first need
    found: list[Place] = list(find_datelines(doc, norm, tokens, gazetteer, doc_counts))
    taken = {p.start for p in found}
    after = 0
    for index in candidate_starts(tokens.texts, gazetteer):
        if index < after:
            continue
        place, after = _place_at(doc, norm, tokens, index, gazetteer, doc_counts)
        if place is not None and place.start not in taken:
            found.append(place)
    return tuple(sorted(found, key=lambda p: p.start))


def _place_at(doc: Document, norm: Normalized, tokens: Tokens, index: int, gaz: Gazetteer,
              doc_counts: DocCounts) -> tuple[Place | None, int]:
    """The site, locative place or ب-name starting at token ``index``, and the index to go on from."""
    site = _site_at(tokens, index, gaz)
    if site is not None:
        place = _place(doc, norm, tokens, (index, site[1]), site[0])
        return _without_clitics(place, tokens.texts[index], gaz), site[1]
    located = _locative_at(tokens, index, gaz)
    if located is not None and any(_site_at(tokens, i, gaz) for i in range(index + 1, located[0])):
        return None, index + 1  # 'في مطار معيتيقة': the site noun among the descriptors names the site
    named = match_phrase(tokens, located[0], gaz.places, gaz.max_words, False) if located else None
    if located is not None and named is not None:
        span = (located[0], named[1])
        entry = choose_entry(named[0], tokens, span, located[1], doc_counts, gaz)
        return _place(doc, norm, tokens, span, entry), named[1]
    bi = _bi_name(tokens, index, gaz)
    if bi is None:
        return None, index + 1
    entry = choose_entry(bi[0], tokens, (index, index + 1), "", doc_counts, gaz)
    place = _place(doc, norm, tokens, (index, index + 1), entry)
    start = norm.index_to_raw(tokens.starts[index] + bi[1])
    return replace(place, text=doc.text[start:place.end], start=start), index + 1


def body_lines(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines after the title."""
    lines, offset = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    title_ends = {s.end for s in doc.sentences if s.kind in {"title", "headline"}}
    if lines and (lines[0][1] in title_ends or doc.text[lines[0][0]:lines[0][1]].strip() == doc.article.title
                  or not doc.article.title):
        lines = lines[1:]
    return lines[:DATELINE_LINES]


def find_datelines(doc: Document, norm: Normalized, tokens: Tokens, gaz: Gazetteer,
                   doc_counts: DocCounts) -> tuple[Place, ...]:
    """'طرابلس - ' or 'دبي، الإمارات العربية المتحدة (CNN)—' opening a body line: the reporting place."""
    for line_start, _ in body_lines(doc):
        first = bisect.bisect_left(tokens.starts, bisect.bisect_left(norm.offsets, line_start))
        if first >= len(tokens):
            break
        named = match_phrase(tokens, first, gaz.places, gaz.max_words, False)
        if named is None:
            continue
        place = _place(doc, norm, tokens, (first, named[1]), choose_entry(
            named[0], tokens, (first, named[1]), "city", doc_counts, gaz), "dateline")
        if place.start == line_start and DATELINE_TAIL.match(doc.text[place.end:]):
            return (place,)
    return ()
