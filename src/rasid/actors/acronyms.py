"""An acronym in brackets or quotes right after a body stays with it: "الهيئة العليا المستقلة للاتصال السمعي
البصري (الهايكا)"، "النقابة الوطنية للصحفيين (SNJT)"، "حركة مجتمع السلم «حمس»".

The body's mention is widened over the bracket, so the acronym is not read as a second actor; a Latin
acronym so introduced then names the same body wherever the article uses it again ("… وقالت SNJT إن").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rasid.records import Document, Mention, stable_id
from rasid.text.normalize import normalize

BODY_TYPES = frozenset({"GROUP", "ORG", "IGO", "ROLE"})
# A bracket or quote holding one or two words (an acronym) right after a body, not a newsroom credit
# ("تونس (وات) -" is a dateline: the dash after the bracket says so).
ACRONYM_RE = re.compile(r"^\s?(?:\((?P<a>[^()\n]{2,24})\)|«(?P<b>[^«»\n]{2,24})»|\"(?P<c>[^\"\n]{2,24})\")(?!\s*[-—–])")
LATIN_ACRONYM_RE = re.compile(r"^[A-Z][A-Z.&-]{1,9}$")
MAX_WORDS = 2


def acronym_after(text: str, mention: Mention) -> tuple[int, str] | None:
    """(end of the bracket, the acronym) when one follows ``mention``; None otherwise."""
    match = ACRONYM_RE.match(text[mention.end:mention.end + 32])
    if match is None:
        return None
    inside = (match.group("a") or match.group("b") or match.group("c")).strip()
    if not inside or len(inside.split()) > MAX_WORDS or any(ch.isdigit() for ch in inside):
        return None
    return mention.end + match.end(), inside


def other_actor_inside(mentions: Sequence[Mention], body: Mention, end: int) -> bool:
    """Whether the bracket names something else ("الجيش (الإسرائيلي)"): then it is no acronym of the body."""
    return any(body.end <= m.start < end and (m.actor_id != body.actor_id or not m.actor_id) for m in mentions)


def widened(text: str, mention: Mention, end: int) -> Mention:
    raw = text[mention.start:end]
    return replace(mention, id=stable_id(mention.doc_id, mention.start, end, mention.actor_id, mention.code),
                   end=end, text=raw, norm=normalize(raw).text)


def with_acronyms(doc: Document, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Body mentions widened over the acronym that follows them; mentions inside the bracket are dropped, and
    later bare uses of a Latin acronym become mentions of the same body."""
    text, out, aliases = doc.text, [], {}
    skip_until = -1
    for mention in mentions:
        if mention.start < skip_until:
            continue
        found = acronym_after(text, mention) if mention.type in BODY_TYPES else None
        if found is not None and not other_actor_inside(mentions, mention, found[0]):
            end, acronym = found
            mention, skip_until = widened(text, mention, end), end
            if LATIN_ACRONYM_RE.match(acronym):
                aliases.setdefault(acronym, mention)
        out.append(mention)
    return tuple(sorted(out + alias_uses(doc, out, aliases), key=lambda m: (m.start, m.end)))


def alias_uses(doc: Document, mentions: Sequence[Mention], aliases: dict[str, Mention]) -> list[Mention]:
    """Later uses of each Latin acronym outside any mention, read as the body that introduced it."""
    found = []
    for acronym, body in aliases.items():
        for match in re.finditer(rf"(?<![A-Za-z]){re.escape(acronym)}(?![A-Za-z])", doc.text[body.end:]):
            start, end = body.end + match.start(), body.end + match.end()
            if any(m.start < end and start < m.end for m in mentions):
                continue
            index = next((s.index for s in doc.sentences if s.start <= start < s.end), body.sentence_index)
            found.append(replace(body, id=stable_id(doc.id, start, end, body.actor_id, body.code), start=start,
                                 end=end, text=acronym, norm=normalize(acronym).text, sentence_index=index))
    return found
