"""What ``rasid actors`` shows: each mention of a text with its canonical entity, code and the dated role
that gave the code. Kept apart from the CLI so the API and tests use the same function.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from rasid.actors.model import KnowledgeBase
from rasid.actors.recognize import recognize_mentions
from rasid.records import Article, Document, Mention
from rasid.text.split import split_sentences


@dataclass(frozen=True, slots=True)
class MentionReport:
    mention: Mention
    entity: str  # canonical English name of the actor, or the transliteration of an unknown name
    role_title: str = ""
    role_start: str = ""
    role_end: str = ""

    def to_json(self) -> dict[str, object]:
        m = self.mention
        return {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "actor_id": m.actor_id,
                "entity": self.entity, "code": m.code, "role": self.role_title, "role_start": self.role_start,
                "role_end": self.role_end, "provenance": m.provenance}


def describe_mentions(text: str, kb: KnowledgeBase, when: date | None = None, ner: object = None,
                      counts: Mapping[str, int] | None = None, doc_id: str = "text") -> list[MentionReport]:
    """Recognise the actors of ``text`` (published on ``when``) and say which dated role coded each."""
    from datetime import datetime

    published = datetime(when.year, when.month, when.day) if when else None
    doc = Document(Article(id=doc_id, text=text, published=published), sentences=split_sentences(text, doc_id))
    mentions = recognize_mentions(doc, kb, ner, counts)  # type: ignore[arg-type]
    return [describe(m, kb, when) for m in mentions]


def describe(mention: Mention, kb: KnowledgeBase, when: date | None) -> MentionReport:
    actor = kb.actors.get(mention.actor_id)
    if actor is None:
        return MentionReport(mention, mention.name)
    role = kb.role_at(actor.id, when)
    if role is None:
        return MentionReport(mention, actor.name_en)
    return MentionReport(mention, actor.name_en, role.title, iso(role.start), iso(role.end))


def iso(day: date | None) -> str:
    return day.isoformat() if day else ""
