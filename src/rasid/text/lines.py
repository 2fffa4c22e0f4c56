"""What kind of line a line of an article is: title, sub-headline, embedded tweet, quotation, page furniture.

Event coding reads body text; titles and sub-headlines repeat it, tweets and quotations are attributed
speech, and page furniture (share buttons, correction prompts) is noise. Line kinds are decided on whole
lines because that is how the pages are laid out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rasid.errors import DataFileError
from rasid.resources import data_path, read_tsv
from rasid.text.chars import ARABIC_LETTER, QUOTE_PAIRS, SENTENCE_END
from rasid.text.normalize import normalize_key

BOILERPLATE_FILE = "text/boilerplate.tsv"
CONTAINS_MAX_CHARS = 250
HEADLINE_MAX_WORDS = 15
HEADLINE_MAX_CHARS = 120
# "— Name (@handle) May 21, 2020" (also with an Arabic month or no date) under an embedded tweet.
TWEET_DATE = r"(?:\s+\S+\s+\d{1,2},?\s+\d{4}|\s+\d{1,2}\s+\S+\s+\d{4})?"
TWEET_ATTRIBUTION = re.compile(rf"^[—–-]\s*\S.*\(@\w{{1,30}}\){TWEET_DATE}\s*$")
LETTER = re.compile(f"[{ARABIC_LETTER}A-Za-z]")
FINAL_PUNCT = SENTENCE_END + ":؛،,;"
CLOSERS = "\"'”’»)]"


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Cues of page furniture: whole-line cues and cues a short line may contain (normalised keys)."""

    lines: frozenset[str]
    contains: tuple[str, ...]

    def matches(self, line: str) -> bool:
        key = normalize_key(line)
        bare = " ".join(re.sub(r"[^\w\s/.]", " ", key).split())
        if bare in self.lines or bare.rstrip(".") in self.lines:
            return True
        return len(line) < CONTAINS_MAX_CHARS and any(cue in key for cue in self.contains)


def load_boilerplate(path: Path | None = None) -> Boilerplate:
    source = path or data_path(BOILERPLATE_FILE)
    lines, contains = set(), []
    for row in read_tsv(source, columns=("cue", "scope"), required=("cue", "scope")):
        cue = normalize_key(row["cue"])
        if row["scope"] == "line":
            lines.add(cue)
        elif row["scope"] == "contains":
            contains.append(cue)
        else:
            raise DataFileError(f"cue {row['cue']!r}: scope must be 'line' or 'contains'", source=str(source))
    return Boilerplate(frozenset(lines), tuple(contains))


def is_tweet_attribution(line: str) -> bool:
    return bool(TWEET_ATTRIBUTION.match(line.strip()))


def is_whole_quote(line: str) -> bool:
    """The line is one quotation: it opens with a quote mark whose first closing mark ends the line."""
    stripped = line.strip().rstrip(SENTENCE_END + ":؛،,; ")
    if len(stripped) < 3 or stripped[0] not in QUOTE_PAIRS:
        return False
    closer = QUOTE_PAIRS[stripped[0]]
    first_close = stripped.find(closer, 1)
    return first_close == len(stripped) - 1


def is_headline(line: str) -> bool:
    """A short line that does not end like a sentence: a sub-headline or a caption."""
    stripped = line.strip().rstrip(CLOSERS)
    if not stripped or stripped[-1] in FINAL_PUNCT:
        return False
    return len(stripped) <= HEADLINE_MAX_CHARS and len(stripped.split()) <= HEADLINE_MAX_WORDS


def line_kind(line: str, boilerplate: Boilerplate) -> str:
    """Kind of a line on its own; the caller adds title and tweet from the line's neighbours."""
    if not LETTER.search(line) or boilerplate.matches(line) or ("pic.twitter.com" in line and len(line) < 80):
        return "boilerplate"
    if is_tweet_attribution(line):
        return "tweet"
    if is_whole_quote(line):
        return "quote"
    if is_headline(line):
        return "headline"
    return "body"


def line_kinds(lines: list[str], boilerplate: Boilerplate) -> list[str]:
    """Kinds of the non-empty lines of an article, in order."""
    kinds = [line_kind(line, boilerplate) for line in lines]
    for index, line in enumerate(lines):
        if is_tweet_attribution(line) and index > 0 and LETTER.search(lines[index - 1]):
            kinds[index - 1] = "tweet"  # the tweet text above its attribution line, even with a pic link
    if kinds:
        kinds[0] = "title"
    return kinds
