"""Find actor mentions in a document and resolve each to a canonical actor and its code on the article's date.

Matching runs per sentence on the match-normalised text (``rasid.text.normalize``); every span is mapped
back to raw-text offsets, so ``doc.text[m.start:m.end] == m.text``. Finding (``matcher``) is kept apart
from composing roles with what they attach to (``compose``).

Names the knowledge base lacks come from the statistical recogniser (``rasid.ner``) when one is given
(``actors.unknown``); typos of names already in the document and of nisbas are corrected first
(``actors.fuzzy``), when corpus counts are given to tell a typo from a real word.

A country named alone keeps its bare code ("تركيا" -> TUR, type GPE): whether the state acts as its
government is the event coder's call. A capital used alone is coded as the government (أنقرة -> TURGOV,
type CAPITAL), since that is what a capital as an actor means; the event coder may still read it as a place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from rasid.actors.compose import Composer, Found, Unit, choose_units
from rasid.actors.fuzzy import Corrector, nations_named
from rasid.actors.matcher import ScannedSentences, Word, find_matches, scan_sentence, scan_sentences
from rasid.actors.model import KnowledgeBase, as_date
from rasid.actors.unknown import Candidate, DocumentPeople, trim_proclitic, unknown_names
from rasid.ner.model import NameMemory
from rasid.records import Document, Mention, Sentence, stable_id
from rasid.text.normalize import normalize

if TYPE_CHECKING:
    from rasid.ner.model import Recognizer

STAGE = "actors.recognize"
NER_STAGE = "actors.ner"
DOCUMENT_WINDOW = 10_000  # sentences: in the pipeline the recogniser remembers names for the whole article


@dataclass(slots=True)
class Reading:
    """What one pass over a document carries from sentence to sentence (never shared between documents)."""

    kb: KnowledgeBase
    when: date | None
    ner: Recognizer | None = None
    corrector: Corrector | None = None
    known: set[str] = field(default_factory=set)  # people named in full so far, to settle shared surnames
    people: DocumentPeople = field(default_factory=DocumentPeople)
    names: NameMemory = field(default_factory=lambda: NameMemory(window=DOCUMENT_WINDOW))
    decoded: list[str] | None = None  # the CRF's tags for the current sentence, decoded with the others


def recognize_mentions(doc: Document, kb: KnowledgeBase, ner: Recognizer | None = None,
                       counts: Mapping[str, int] | None = None,
                       not_names: frozenset[str] = frozenset(),
                       scanned: ScannedSentences | None = None) -> tuple[Mention, ...]:
    """Every actor mention in ``doc``, in text order, coded at the article's publication date.

    ``ner`` adds names the KB lacks; ``counts`` (corpus word counts, ``ctx.stems.counts``) turns on typo
    correction. Without them only the knowledge base is used. ``not_names`` are words that end names but
    are none alone (``unknown.ordinal_words``). ``scanned`` (``matcher.scan_sentences``) is the sentences'
    words when the caller shares them with other actor passes.
    """
    sentences = list(sentences_of(doc))
    if scanned is None:
        scanned = scan_sentences(doc.text, sentences)
    corrector = None
    if counts is not None:
        corrector = Corrector(kb, counts, nations_named(kb, (w.text for s in sentences
                                                            for w in scan_sentence(doc.text, s, scanned)[1])))
    reading = Reading(kb, as_date(doc.article.published), ner, corrector,
                      people=DocumentPeople(not_names=not_names))
    decoded = ner.decode_texts([doc.text[s.start:s.end] for s in sentences]) if ner is not None else None
    mentions: list[Mention] = []
    for index, sentence in enumerate(sentences):
        reading.decoded = decoded[index] if decoded is not None else None
        mentions += sentence_mentions(doc, sentence, reading, scanned)
    return tuple(mentions)


def sentences_of(doc: Document) -> Iterable[Sentence]:
    """The document's sentences, or the whole text as one when no splitter has run."""
    if doc.sentences:
        return doc.sentences
    return (Sentence(id=stable_id(doc.id, 0), doc_id=doc.id, start=0, end=len(doc.text), text=doc.text),)


def sentence_mentions(doc: Document, sentence: Sentence, reading: Reading,
                      scanned: ScannedSentences | None = None) -> list[Mention]:
    kb = reading.kb
    normalized, words = scan_sentence(doc.text, sentence, scanned)
    if reading.corrector is not None:
        words = reading.corrector.correct(words)
    units = choose_units(kb, find_matches(kb, words), reading.known)
    remember_people(reading, words, units)
    found = Composer(kb, words, units, reading.when).run()
    provenance = f"{STAGE}@{kb.version}"
    candidates = [Candidate(to_mention(doc, sentence, f, normalized.to_raw(f.start, f.end), provenance), f.agent)
                  for f in found]
    candidates = [c for c in candidates if not reading.people.contradicts(c.mention)]
    for candidate in candidates:
        reading.people.remember(candidate.mention)
    if reading.ner is None:
        return [c.mention for c in candidates]
    return [c.mention for c in with_unknown_names(doc, sentence, reading, candidates)]


def remember_people(reading: Reading, words: list[Word], units: list[Unit]) -> None:
    if reading.corrector is not None:
        for unit in units:
            if unit.is_person:
                reading.corrector.remember(words, unit.match.first, unit.match.last)


def with_unknown_names(doc: Document, sentence: Sentence, reading: Reading,
                       candidates: list[Candidate]) -> list[Candidate]:
    """Add the recogniser's PERS/ORG names that no KB mention covers (offsets moved to the document)."""
    assert reading.ner is not None
    raw = doc.text[sentence.start:sentence.end]
    found = reading.ner.entities(raw, None, reading.names, reading.decoded)
    entities = [trim_proclitic(replace(e, start=e.start + sentence.start, end=e.end + sentence.start),
                               reading.ner.proclitics, reading.people) for e in found]
    provenance = f"{NER_STAGE}@{reading.ner.version}"
    return unknown_names(reading.kb, doc.id, doc.text, sentence.index, entities, candidates, reading.people, provenance)


def to_mention(doc: Document, sentence: Sentence, found: Found, raw_span: tuple[int, int],
               provenance: str) -> Mention:
    start, end = sentence.start + raw_span[0], sentence.start + raw_span[1]
    text = doc.text[start:end]
    return Mention(
        id=stable_id(doc.id, start, end, found.actor_id, found.code),
        doc_id=doc.id,
        start=start,
        end=end,
        text=text,
        type=found.type,
        norm=normalize(text).text,
        sentence_index=sentence.index,
        actor_id=found.actor_id,
        code=found.code,
        name=found.name,
        provenance=provenance,
    )
