"""Within-document coreference of a group's head noun: "التحالف" after (or in a headline before) "التحالف
العربي", "الحركة" for "حركة حماس", "التنظيم" for "تنظيم داعش".

News names an organisation in full once and then by its head noun alone. The head stands for the group
only when the article names exactly one group with that head, the head is not itself a role noun
(الحكومة، الجيش: those take the article's country in ``rasid.actors.home``), and no adjective follows it
("التحالف الدولي" is another coalition). "التنظيم" and "الجماعة" also stand for the one armed group named, whatever
its own head ("بوكو حرام ... وكان التنظيم قد خطف").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from rasid.actors.model import KnowledgeBase
from rasid.records import Mention, Sentence, stable_id
from rasid.text.clitics import ARTICLE, CLITIC_LETTERS, CONJUNCTIONS, DEFINITE_CHAINS
from rasid.text.normalize import normalize

STAGE = "actors.coref"
GROUP_TYPES = frozenset({"GROUP", "ORG", "IGO"})
WORD_RE = re.compile(r"[^\W_]+")
MIN_HEAD = 3


def definite(word: str) -> str:
    """"لحركة" / "والحركة" / "حركة" -> "الحركه" (matching form): the head as a bare definite noun."""
    for clitic in DEFINITE_CHAINS:
        if word.startswith(clitic) and len(word) - len(clitic) >= MIN_HEAD:
            return ARTICLE + word[len(clitic):]
    bare = word[1:] if word[:1] in CLITIC_LETTERS and len(word) > MIN_HEAD + 1 else word
    return ARTICLE + bare


def group_heads(mentions: Sequence[Mention], kb: KnowledgeBase, when: date | None = None) -> dict[str, str]:
    """Definite head noun -> the one group of the document named in full with that head; an armed group also
    answers to the generic nouns news uses for any of them ("بوكو حرام ... وكان التنظيم قد خطف"); a head no
    group of the document has takes the one group the document's actors imply (``implied_heads``)."""
    own: dict[str, set[str]] = {}
    generic: dict[str, set[str]] = {}  # a group named with the noun itself ("تنظيم القاعدة") comes first
    for mention in mentions:
        words = _group_name_words(mention, kb)
        if len(words) >= 2:
            own.setdefault(definite(words[0]), set()).add(mention.actor_id)
        if words and kb.actor(mention.actor_id).type == ARMED_GROUP:
            for head in GENERIC_GROUP_HEADS:
                generic.setdefault(head, set()).add(mention.actor_id)
    found = {**implied_heads(mentions, kb, when), **generic, **own}
    return {head: next(iter(ids)) for head, ids in found.items() if len(ids) == 1 and head not in kb.role_nouns}


def implied_heads(mentions: Sequence[Mention], kb: KnowledgeBase, when: date | None) -> dict[str, set[str]]:
    """Head -> the groups the document's named actors imply for it ("الحوثيين ... بدعم من التحالف": the
    Saudi-led coalition), among those whose dated role holds on ``when``."""
    named = {m.actor_id for m in mentions if m.actor_id}
    found: dict[str, set[str]] = {}
    for head, pairs in kb.implied_heads.items():
        groups = {group for trigger, group in pairs if trigger in named and _holds(kb, group, when)}
        if groups:
            found[normalize(head).text] = groups
    return found


def _holds(kb: KnowledgeBase, actor_id: str, when: date | None) -> bool:
    return when is None or not kb.roles.get(actor_id) or kb.role_at(actor_id, when) is not None


NOT_GROUPS = frozenset({"person", "country"})
ARMED_GROUP = "armed_group"
# Nouns news uses for any armed group once named, whatever its own head ("حزب الله ... وردت الجماعة").
GENERIC_GROUP_HEADS = frozenset(normalize(w).text for w in ("التنظيم", "الجماعة"))
# A relative pronoun after the head opens a clause about it, not an adjective naming another group
# ("التحالف، الذي يدعم حكومة هادي").
RELATIVE_PRONOUNS = frozenset(normalize(w).text for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))


def _group_name_words(mention: Mention, kb: KnowledgeBase) -> list[str]:
    """The words of the group's name: the mention's own for a group mention, the knowledge base's for a role
    phrase that names it ("المتحدث باسم التحالف العربي")."""
    if not mention.actor_id or mention.actor_id not in kb.actors or kb.actor(mention.actor_id).type in NOT_GROUPS:
        return []
    if mention.type in GROUP_TYPES:
        return WORD_RE.findall(mention.norm)
    return WORD_RE.findall(normalize(kb.actor(mention.actor_id).name_ar).text)


def covered(start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Inside a coded mention; an uncoded recognised name over the head does not count (the knowledge
    base's reading wins, see ``with_heads``)."""
    return any(m.start < end and start < m.end and m.code for m in mentions)


def with_heads(mentions: Sequence[Mention], heads: Sequence[Mention]) -> tuple[Mention, ...]:
    """The document's mentions plus the head mentions, dropping uncoded names that overlap a head (a
    recogniser span "التحالف يعلن تدمير" over a head the article resolves)."""
    kept = [m for m in mentions if m.code or not any(h.start < m.end and m.start < h.end for h in heads)]
    return tuple(sorted((*kept, *heads), key=lambda m: (m.start, -m.end)))


def head_mentions(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], kb: KnowledgeBase,
                  when: date | None) -> list[Mention]:
    """Mentions for the bare head nouns that stand for a group named in full elsewhere in the document."""
    heads = group_heads(mentions, kb, when)
    if not heads:
        return []
    added: list[Mention] = []
    for sentence in sentences:
        added += _sentence_heads(text, sentence, heads, mentions, kb, when)
    return added


def _sentence_heads(text: str, sentence: Sentence, heads: Mapping[str, str], mentions: Sequence[Mention],
                    kb: KnowledgeBase, when: date | None) -> list[Mention]:
    normalized = normalize(text[sentence.start:sentence.end])
    words = list(WORD_RE.finditer(normalized.text))
    out = []
    for index, word in enumerate(words):
        if not word.group().startswith(DEFINITE_CHAINS):
            continue
        actor_id = heads.get(definite(word.group()))
        following = words[index + 1].group() if index + 1 < len(words) else ""
        if actor_id is None or (following.startswith(ARTICLE) and following not in RELATIVE_PRONOUNS):
            continue
        skip = 1 if word.group()[0] in CONJUNCTIONS else 0  # the conjunction is not part of the name
        start, end = (sentence.start + offset for offset in normalized.to_raw(word.start() + skip, word.end()))
        if covered(start, end, mentions):
            continue
        kind = "GPE" if kb.actor(actor_id).type == "country" else "GROUP"  # "الشمال" for North Korea is a state
        out.append(kb_mention(text, sentence, start, end, actor_id, kb, when, kind))
    return out


def kb_mention(text: str, sentence: Sentence, start: int, end: int, actor_id: str, kb: KnowledgeBase,
               when: date | None, kind: str = "GROUP", stage: str = STAGE) -> Mention:
    """A mention of a knowledge-base actor over ``text[start:end]`` that a context rule found (a bare head here,
    a dual noun in ``rasid.actors.dual``), coded for ``when``."""
    actor = kb.actor(actor_id)
    code = kb.code_for(actor_id, when)
    raw = text[start:end]
    return Mention(id=stable_id(sentence.doc_id, start, end, actor_id, code), doc_id=sentence.doc_id, start=start,
                   end=end, text=raw, type=kind, norm=normalize(raw).text, sentence_index=sentence.index,
                   actor_id=actor_id, code=code, name=actor.name_en, provenance=f"{stage}@{kb.version}")
