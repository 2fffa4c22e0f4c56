"""A document made of given lines (the first a title), with its sentences already split: for actor tests that
need several sentences and a publication date without running the whole pipeline."""

from datetime import datetime

from rasid.records import Article, Document, Sentence


def lines_document(lines: list[str], when: str = "2018-06-10") -> Document:
    text = "\n".join(lines)
    sentences, position = [], 0
    for index, line in enumerate(lines):
        kind = "title" if index == 0 else "body"
        sentences.append(Sentence(f"s{index}", "d", position, position + len(line), line, index=index, kind=kind))
        position += len(line) + 1
    return Document(Article(id="d", text=text, published=datetime.fromisoformat(when)),
                    sentences=tuple(sentences), produced=frozenset({"sentences"}))
