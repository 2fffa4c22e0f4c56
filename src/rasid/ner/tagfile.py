"""Tag a CoNLL file line by line: the input line, then the predicted tag as a new last column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasid.ner.conll import STRIP
from rasid.ner.model import NameMemory, Recognizer

SEPARATOR = " "


def conll_blocks(path: Path) -> Iterator[list[str]]:
    """The non-blank lines of each sentence (blank line = sentence break), newline stripped."""
    block: list[str] = []
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip(STRIP + " \t"):
                if block:
                    yield block
                block = []
                continue
            block.append(line)
    if block:
        yield block


def first_field(line: str) -> str:
    return line.replace("\t", " ").strip(STRIP + " ").split(" ")[0].strip(STRIP)


def tag_conll_lines(path: Path, recognizer: Recognizer) -> Iterator[str]:
    """Each input line with its predicted tag appended; a blank line after each sentence."""
    memo: dict = {}
    memory = NameMemory()
    for block in conll_blocks(path):
        tags = recognizer.tag([first_field(line) for line in block], memo, memory)
        for line, tag in zip(block, tags, strict=True):
            separator = "\t" if "\t" in line else SEPARATOR
            yield f"{line}{separator}{tag}"
        yield ""
