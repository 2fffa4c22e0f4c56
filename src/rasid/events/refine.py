"""Sub-codes from the object of the action (an appeal for a ceasefire is 0256, a demand to release 1053) or
from the role of the source (protesters storming a building riot: 145)."""

from __future__ import annotations

from rasid.events.arguments import Group
from rasid.events.lexicon import Lexicon
from rasid.events.match import TriggerMatch, phrase_at
from rasid.events.roles import Sentence
from rasid.events.words import probe

OBJECT_REACH = 14
ROLE_MARK = "@"  # a refinement keyword "@cvl" matches a source whose code has that role


def refine_code(view: Sentence, match: TriggerMatch, lexicon: Lexicon, source: Group | None = None) -> str:
    """The most specific code the words after the trigger, or the source's own words, support
    (الطيران الروسي قصف: an air strike)."""
    rows = lexicon.refinements_for(match.cameo)
    if not rows:
        return match.cameo
    start = max(match.covered) + 1
    window = []
    for word in view.words[start:start + OBJECT_REACH]:
        if word.is_strong_punct:
            break
        window.append(word.index)
    if source is not None:
        window.extend(range(source.first, source.last + 1))
    present = " ".join(view.words[i].norm for i in window)
    for keyword, code in rows:
        if keyword[0].startswith(ROLE_MARK):
            if _source_has_role(source, keyword[0][len(ROLE_MARK):].upper()):
                return code
        elif probe(keyword[0]) in present and any(phrase_at(view.words, index, keyword) for index in window):
            return code
    return match.cameo


def _source_has_role(source: Group | None, role: str) -> bool:
    """"اقتحم محتجون مبنى البرلمان": who acts changes the code (civilians storming a building riot, 145)."""
    return source is not None and any(m.code.endswith(role) for m in source.members if m.code)
