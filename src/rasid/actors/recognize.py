"""Find actor mentions in a document and resolve each to a canonical actor and its code on the article's date.

Matching runs per sentence on the match-normalised text (``rasid.text.normalize``); every span is mapped
back to raw-text offsets, so ``doc.text[m.start:m.end] == m.text``. Finding (``matcher``) is kept apart
from composing roles with what they attach to (``compose``).

A country named alone keeps its bare code ("تركيا" -> TUR, type GPE): whether the state acts as its
government is the event coder's call. A capital used alone is coded as the government (أنقرة -> TURGOV,
type CAPITAL), since that is what a capital as an actor means; the event coder may still read it as a place.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rasid.actors.compose import Composer, Found, choose_units
from rasid.actors.matcher import find_matches, split_words
from rasid.actors.model import KnowledgeBase, as_date
from rasid.records import Document, Mention, Sentence, stable_id
from rasid.text.normalize import normalize

STAGE = "actors.recognize"


def recognize_mentions(doc: Document, kb: KnowledgeBase) -> tuple[Mention, ...]:
    """Every actor mention in ``doc``, in text order, coded at the article's publication date."""
    when = as_date(doc.article.published)
    known: set[str] = set()  # people named in full so far, to settle shared surnames
    mentions: list[Mention] = []
    for sentence in sentences_of(doc):
        mentions += sentence_mentions(doc, sentence, kb, when, known)
    return tuple(mentions)


def sentences_of(doc: Document) -> Iterable[Sentence]:
    """The document's sentences, or the whole text as one when no splitter has run."""
    if doc.sentences:
        return doc.sentences
    return (Sentence(id=stable_id(doc.id, 0), doc_id=doc.id, start=0, end=len(doc.text), text=doc.text),)


def sentence_mentions(doc: Document, sentence: Sentence, kb: KnowledgeBase, when: date | None,
                      known: set[str]) -> list[Mention]:
    raw = doc.text[sentence.start:sentence.end]
    normalized = normalize(raw)
    words = split_words(normalized.text)
    units = choose_units(kb, find_matches(kb, words), known)
    found = Composer(kb, words, units, when).run()
    provenance = f"{STAGE}@{kb.version}"
    return [to_mention(doc, sentence, f, normalized.to_raw(f.start, f.end), provenance) for f in found]


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
