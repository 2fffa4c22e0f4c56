"""Names several states' bodies share, resolved by context ("المجلس الرئاسي" Libya's or Yemen's, "الحرس الوطني"
Tunisia's or Saudi Arabia's, "النهضة" Tunisia's party or Algeria's).

The knowledge base reads such a form one fixed way (a default actor, a bare role, or nothing). A reader
takes the state from context instead: a candidate the article has already named in full, the one candidate
whose country the sentence's other actors or places name, the article's country, the outlet's country
(``shared_names.tsv`` documents the order). Only candidates whose dated role holds on the article date
compete ("حكومة الوفاق" is Palestinian in 2014 and Libyan in 2017). Undecided, a form keeps its default reading.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from rasid.actors.home import HOME_MARK, country_of, home_country, is_bare_role
from rasid.actors.matcher import JOINER, ScannedSentences, Word, clitic_readings, scan_sentence
from rasid.actors.model import KnowledgeBase, as_date
from rasid.records import Document, Mention, Sentence, stable_id
from rasid.text.normalize import normalize

STAGE = "actors.shared"
SHARED_MARK = "+shared"
Candidate = tuple[str, str]  # (country, actor id)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A use of a shared form: raw document offsets (clitics skipped) and the form's candidates."""

    sentence_index: int
    start: int
    end: int
    candidates: tuple[Candidate, ...]


def forms_by_first_word(kb: KnowledgeBase) -> dict[str, list[tuple[str, ...]]]:
    """The shared forms indexed by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(kb.shared_names, key=len, reverse=True):
        index.setdefault(words[0], []).append(words)
    return index


def form_at(words: list[Word], first: int, index: Mapping[str, list[tuple[str, ...]]]) -> tuple[int, int] | None:
    """(characters of clitics skipped, last word) of the longest shared form starting at word ``first``."""
    best = None
    for stem, skipped, _ in clitic_readings(words[first]):
        for form in index.get(stem, ()):
            last = first + len(form) - 1
            if last < len(words) and all(words[first + k].text == form[k] and JOINER.match(words[first + k].gap)
                                         and not words[first + k].clitic for k in range(1, len(form))):
                if best is None or last > best[1]:
                    best = (skipped, last)
                break
    return best


def sentence_occurrences(doc: Document, sentence: Sentence, kb: KnowledgeBase,
                         index: Mapping[str, list[tuple[str, ...]]],
                         scanned: ScannedSentences | None = None) -> list[Occurrence]:
    normalized, words = scan_sentence(doc.text, sentence, scanned)
    found, first = [], 0
    while first < len(words):
        hit = form_at(words, first, index)
        if hit is None:
            first += 1
            continue
        skipped, last = hit
        key = tuple(w.text for w in words[first + 1:last + 1])
        stem = next(s for s, k, _ in clitic_readings(words[first]) if k == skipped and (s, *key) in kb.shared_names)
        start, end = normalized.to_raw(words[first].start + skipped, words[last].end)
        found.append(Occurrence(sentence.index, sentence.start + start, sentence.start + end,
                                kb.shared_names[(stem, *key)]))
        first = last + 1
    return found


def find_occurrences(doc: Document, kb: KnowledgeBase, sentences: Sequence[Sentence],
                     scanned: ScannedSentences | None = None) -> list[Occurrence]:
    """Every use of a shared form in the document, sentence by sentence."""
    if not kb.shared_names:
        return []
    index = forms_by_first_word(kb)
    return [o for s in sentences for o in sentence_occurrences(doc, s, kb, index, scanned)]


def reading_of(occurrence: Occurrence, mentions: Sequence[Mention]) -> tuple[int | None, list[int], bool]:
    """(index of the mention that ends with the occurrence, indices of mentions inside it, whether the
    occurrence is free to resolve).

    A mention reaching past the form is more specific ("المجلس الرئاسي الليبي", "الحرس الوطني التونسي"), and
    a mention that cuts through its end is another reading: neither leaves the form to context. A mention
    inside the form ("القضاء" in "مجلس القضاء الأعلى") is a part of it, replaced once the form is resolved."""
    reading, inside = None, []
    for index, mention in enumerate(mentions):
        if mention.end <= occurrence.start or mention.start >= occurrence.end:
            continue
        if mention.start <= occurrence.start and mention.end == occurrence.end and mention.type != "PER":
            reading = index
        elif mention.start >= occurrence.start and mention.end <= occurrence.end and mention.type != "PER":
            inside.append(index)
        else:
            return None, [], False
    return reading, inside, True


def valid_candidates(kb: KnowledgeBase, candidates: tuple[Candidate, ...], when: date | None) -> list[Candidate]:
    """The candidates that hold a role on ``when``; an actor with no dated role (a country) always does."""
    if when is None:
        return list(candidates)
    return [c for c in candidates if kb.role_at(c[1], when) is not None or not kb.roles.get(c[1])]


@dataclass(frozen=True, slots=True)
class Context:
    """What the document says about where it is: actors named in full, each sentence's countries, the
    article's country and the outlet's."""

    known: frozenset[str]
    sentence_countries: Mapping[int, frozenset[str]]
    home: str
    outlet: str


def choose(candidates: list[Candidate], has_reading: bool, sentence_index: int,
           context: Context) -> tuple[Candidate | None, bool]:
    """(the candidate context picks, whether it was a guess from the article or outlet), or (None, False)."""
    if has_reading and len(candidates) == 1:
        return candidates[0], False
    picked = [c for c in candidates if c[1] in context.known]
    if len(picked) == 1:
        return picked[0], False
    named = context.sentence_countries.get(sentence_index, frozenset())
    picked = [c for c in candidates if c[0] in named]
    if len(picked) == 1:
        return picked[0], False
    for country in (context.home, context.outlet):
        picked = [c for c in candidates if country and c[0] == country]
        if len(picked) == 1:
            return picked[0], True
    return None, False


def build_context(doc: Document, mentions: Sequence[Mention], countries: frozenset[str],
                  located: Mapping[int, frozenset[str]] | None, outlet_country: str, title_end: int) -> Context:
    by_sentence: dict[int, set[str]] = {}
    for mention in mentions:
        country = country_of(mention, countries)
        if country and not mention.code.endswith("MED"):
            by_sentence.setdefault(mention.sentence_index, set()).add(country)
    for index, named in (located or {}).items():
        by_sentence.setdefault(index, set()).update(named)
    return Context(frozenset(m.actor_id for m in mentions if m.actor_id),
                   {k: frozenset(v) for k, v in by_sentence.items()},
                   home_country(doc.text, mentions, countries, title_end), outlet_country)


def resolve_shared_names(doc: Document, mentions: Sequence[Mention], kb: KnowledgeBase, countries: frozenset[str],
                         located: Mapping[int, frozenset[str]] | None = None, outlet_country: str = "",
                         title_end: int = 0, scanned: ScannedSentences | None = None) -> tuple[Mention, ...]:
    """The mentions with every shared form given the state its context names (see the module docstring)."""
    when = as_date(doc.article.published)
    occurrences = find_occurrences(doc, kb, doc.sentences or (), scanned)
    readings = [(o, *reading_of(o, mentions)) for o in occurrences]
    ambiguous = {i for _, reading, inside, free in readings if free for i in [reading, *inside] if i is not None}
    settled = [m for i, m in enumerate(mentions) if i not in ambiguous]
    context = build_context(doc, settled, countries, located, outlet_country, title_end)
    out: list[Mention | None] = list(mentions)
    for occurrence, index, inside, free in readings:
        candidates = valid_candidates(kb, occurrence.candidates, when)
        if not free or not candidates:
            continue
        chosen, guessed = choose(candidates, index is not None, occurrence.sentence_index, context)
        if chosen is None:
            continue
        mark = SHARED_MARK + (HOME_MARK if guessed else "")
        for part in inside:
            out[part] = None
        if index is None:
            out.append(new_mention(doc, occurrence, chosen[1], kb, when, mark))
        else:
            out[index] = resolved(mentions[index], occurrence, chosen, kb, when, countries, mark)
    return tuple(sorted((m for m in out if m is not None), key=lambda m: (m.start, m.end)))


def new_mention(doc: Document, occurrence: Occurrence, actor_id: str, kb: KnowledgeBase, when: date | None,
                mark: str) -> Mention:
    actor, code = kb.actor(actor_id), kb.code_for(actor_id, when)
    text = doc.text[occurrence.start:occurrence.end]
    return Mention(id=stable_id(doc.id, occurrence.start, occurrence.end, actor_id, code), doc_id=doc.id,
                   start=occurrence.start, end=occurrence.end, text=text, type="GROUP", norm=normalize(text).text,
                   sentence_index=occurrence.sentence_index, actor_id=actor_id, code=code, name=actor.name_en,
                   provenance=f"{STAGE}@{kb.version}{mark}")


def resolved(mention: Mention, occurrence: Occurrence, chosen: Candidate, kb: KnowledgeBase, when: date | None,
             countries: frozenset[str], mark: str) -> Mention:
    """The mention re-read as ``chosen``: the whole of it when it is just the form, else (a role phrase
    ending in the form, "قوات حكومة الوفاق") its country, keeping the phrase's sector."""
    country, actor_id = chosen
    actor = kb.actor(actor_id)
    if mention.start >= occurrence.start:
        code, name, kind = kb.code_for(actor_id, when), actor.name_en, "GROUP"
    elif not (country_of(mention, countries) or is_bare_role(mention.code)):
        return mention
    else:
        sector = mention.code[3:] if country_of(mention, countries) else mention.code
        code, name, kind = country + sector, mention.name, mention.type
        ids = {c[1] for c in occurrence.candidates}
        actor_id = actor_id if mention.actor_id in ids else mention.actor_id
    return replace(mention, id=stable_id(mention.doc_id, mention.start, mention.end, actor_id, code),
                   actor_id=actor_id, code=code, name=name, type=kind, provenance=mention.provenance + mark)
