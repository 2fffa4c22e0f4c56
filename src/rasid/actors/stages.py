"""The actors stage: sentences in, coded actor mentions out (knowledge base, then the name recogniser)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rasid.actors.acronyms import with_acronyms
from rasid.actors.coref import head_mentions, with_heads
from rasid.actors.dual import dual_mentions
from rasid.actors.home import newsroom_end, outlet_countries, resolve_bare_roles, sentence_countries
from rasid.actors.matcher import scan_sentences
from rasid.actors.model import KnowledgeBase, as_date
from rasid.actors.recognize import recognize_mentions
from rasid.actors.shared import resolve_shared_names
from rasid.actors.unknown import ordinal_words
from rasid.ner.model import Recognizer, load_recognizer
from rasid.places.find import find_places
from rasid.records import Document, Mention, Place
from rasid.stage import Context, Stage

HEADLINE_KINDS = frozenset({"title", "headline"})


def name_recognizer(ctx: Context, path: Path | None = None) -> Recognizer:
    """The run's name recogniser: ``ctx.ner`` when the Context holds one, else loaded from ``path``.

    Loading takes about half a second (word lists and gazetteers), far too long per document, so a
    recogniser loaded here is kept on the run's Context as ``ctx.ner``, like the Context's own loaded
    resources. (A ``Context.ner`` property would make this assignment unnecessary.)
    """
    if path is None:
        return ctx.ner
    return load_recognizer(path, kb=ctx.kb, gazetteer=ctx.gazetteer, stems=ctx.stems)


def recognize_stage(doc: Document, ctx: Context) -> Document:
    """Attach every actor mention, coded at the article's date, using the context's knowledge base."""
    kb = ctx.kb
    countries = ctx.memo("actors.country_codes", lambda _version: country_codes(kb))(kb.version)
    outlets = ctx.memo("actors.outlet_countries", lambda _key: outlet_countries())("outlets")
    outlet = outlets.get(doc.article.source, "")
    title_end = max((s.end for s in doc.sentences if s.kind in HEADLINE_KINDS), default=0)
    ordinals = ctx.memo("actors.ordinals", lambda _key: ordinal_words(ctx.calendar.ordinals))("ordinals")
    scanned = scan_sentences(doc.text, doc.sentences)  # each sentence's words, read by the three passes below
    found = without_newsroom_lines(doc.text, recognize_mentions(doc, kb, name_recognizer(ctx), ctx.stems.counts,
                                                                ordinals, scanned))
    mentions = with_acronyms(doc, found)
    located = sentence_countries(doc.text, doc.sentences, mentions, places_of(doc, ctx), ctx.gazetteer.places)
    mentions = resolve_shared_names(doc, mentions, kb, countries, located, outlet, title_end, scanned)
    when = as_date(doc.article.published)
    heads = head_mentions(doc.text, doc.sentences, mentions, kb, when)
    mentions = with_heads(mentions, [*heads, *dual_mentions(doc, mentions, kb, when, scanned)])
    mentions = resolve_bare_roles(doc.text, mentions, countries, title_end, ctx.gazetteer.places, outlet, located)
    return doc.with_(produced="mentions", mentions=tuple(mentions))


def places_of(doc: Document, ctx: Context) -> tuple[Place, ...]:
    """The places stage's places when it has run (it runs before this one by default), else found here."""
    return doc.places if "places" in doc.produced else find_places(doc, ctx.gazetteer)


def without_newsroom_lines(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Drop what a newsroom dateline and agency credit name ("أتلانتا، الولايات المتحدة الأمريكية (CNN)--"،
    "تونس (وات) -"): the place of writing and the outlet, never actors of the story. Done first, so nothing
    after (shared names, heads, the article's country, the event coders) ever sees them."""
    return tuple(m for m in mentions if m.start >= newsroom_end(text, m.start))


def country_codes(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(a.code for a in kb.actors.values() if a.type == "country")


STAGES = (
    Stage("mentions", recognize_stage, requires=frozenset({"sentences"}), produces=frozenset({"mentions"}),
          uses=frozenset({"places"}),
          help="Find actor mentions and resolve each to a canonical actor and CAMEO-style code; "
               "names the knowledge base lacks come from the CRF name recogniser."),
)
