"""Names that stand for several states at once: dual nouns ("زعيما الكوريتين": the leaders of South and North
Korea) and collective names of a fixed set of states ("دول البلطيق": Estonia, Latvia and Lithuania).

Each state the name stands for gets a mention over it, so that "القمة بين الكوريتين" has both sides. The
forms are the ``dual`` and ``collective`` rows of ``country_variants.tsv``; a collective name may run over
several words ("دول المقاطعة"), read like the matcher reads an entry: proclitics on the first word only, the
later words exact and joined by spaces. A word a coded mention already covers is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from rasid.actors.coref import covered, kb_mention
from rasid.actors.matcher import (
    ScannedSentences,
    Word,
    clitic_readings,
    continues,
    longest_left_to_right,
    scan_sentence,
)
from rasid.actors.model import KnowledgeBase
from rasid.records import Document, Mention, Sentence

STAGE = "actors.dual"
MAX_NAME_WORDS = 5  # "الدول الأربع الداعية لمكافحة الإرهاب", the boycotting states' own name, is the longest


class StatesName(NamedTuple):
    """A dual or collective name over words [first, last], its proclitic letters skipped, and its states."""

    skipped: int
    first: int
    last: int
    actor_ids: tuple[str, ...]


def dual_mentions(doc: Document, mentions: Sequence[Mention], kb: KnowledgeBase,
                  when: date | None, scanned: ScannedSentences | None = None) -> list[Mention]:
    """A mention per state for every dual noun of the document that no coded mention covers."""
    if not kb.dual_names:
        return []
    out: list[Mention] = []
    heads = name_heads(kb)
    for sentence in doc.sentences or ():
        for start, end, actor_ids in _sentence_duals(doc.text, sentence, kb, scanned, heads):
            if not covered(start, end, mentions):
                out += [kb_mention(doc.text, sentence, start, end, actor_id, kb, when, "GPE", STAGE)
                        for actor_id in actor_ids]
    return out


def name_heads(kb: KnowledgeBase) -> frozenset[str]:
    """The first words of the dual and collective names: a word whose readings hold none starts no name."""
    return frozenset(name.split(" ", 1)[0] for name in kb.dual_names)


def _sentence_duals(text: str, sentence: Sentence, kb: KnowledgeBase, scanned: ScannedSentences | None,
                    heads: frozenset[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(raw start, raw end, actor ids) of each dual noun or collective name of the sentence, its proclitics
    left out; the longest name wins where several start at one word (``heads``: ``name_heads``)."""
    normalized, words = scan_sentence(text, sentence, scanned)
    found = []
    for name in longest_left_to_right(len(words), lambda index: _name_at(words, index, kb, heads)):
        start, end = normalized.to_raw(words[name.first].start + name.skipped, words[name.last].end)
        found.append((sentence.start + start, sentence.start + end, name.actor_ids))
    return found


def _name_at(words: list[Word], first: int, kb: KnowledgeBase, heads: frozenset[str]) -> StatesName | None:
    """The longest dual or collective name starting at word ``first``, read like a matcher entry (``heads``:
    the names' first words, ``name_heads``)."""
    best = None
    for stem, skipped, _ in clitic_readings(words[first]):
        if stem not in heads:
            continue
        parts = [stem]
        for last in range(first, min(len(words), first + MAX_NAME_WORDS)):
            if last > first:
                if not continues(words[last]):
                    break
                parts.append(words[last].text)
            actor_ids = kb.dual_names.get(" ".join(parts))
            if actor_ids and (best is None or last > best.last):
                best = StatesName(skipped, first, last, actor_ids)
    return best
