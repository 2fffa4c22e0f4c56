from datetime import datetime

import pytest

from rasid.actors.kb import load_knowledge_base
from rasid.actors.model import KnowledgeBase
from rasid.actors.recognize import recognize_mentions
from rasid.records import Article, Document, Mention


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.fixture(scope="session")
def find(kb):
    """Mentions of one snippet, published on ``when`` (a date string) or undated."""

    def run(text: str, when: str | None = "2020-08-12") -> tuple[Mention, ...]:
        published = datetime.fromisoformat(when) if when else None
        return recognize_mentions(Document(Article(id="t", text=text, published=published)), kb)

    return run
