"""Dual nouns that name two states at once ("زعيما الكوريتين": the leaders of South and North Korea).

Each state the dual names gets a mention over the word, so that "القمة بين الكوريتين" has both sides. The
forms are the ``dual`` rows of ``country_variants.tsv``; a word a coded mention already covers is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rasid.actors.coref import covered, kb_mention
from rasid.actors.matcher import clitic_readings, split_words
from rasid.actors.model import KnowledgeBase
from rasid.records import Document, Mention, Sentence
from rasid.text.normalize import normalize

STAGE = "actors.dual"


def dual_mentions(doc: Document, mentions: Sequence[Mention], kb: KnowledgeBase,
                  when: date | None) -> list[Mention]:
    """A mention per state for every dual noun of the document that no coded mention covers."""
    if not kb.dual_names:
        return []
    out: list[Mention] = []
    for sentence in doc.sentences or ():
        for start, end, actor_ids in _sentence_duals(doc.text, sentence, kb):
            if not covered(start, end, mentions):
                out += [kb_mention(doc.text, sentence, start, end, actor_id, kb, when, "GPE", STAGE)
                        for actor_id in actor_ids]
    return out


def _sentence_duals(text: str, sentence: Sentence, kb: KnowledgeBase) -> list[tuple[int, int, tuple[str, ...]]]:
    """(raw start, raw end, actor ids) of each dual noun of the sentence, its proclitics left out."""
    normalized = normalize(text[sentence.start:sentence.end])
    found = []
    for word in split_words(normalized.text):
        for stem, skipped, _ in clitic_readings(word):
            if stem in kb.dual_names:
                start, end = normalized.to_raw(word.start + skipped, word.end)
                found.append((sentence.start + start, sentence.start + end, kb.dual_names[stem]))
                break
    return found
