"""The text stages: sentences (with kinds and offsets) and tokens (with clitic segments)."""

from __future__ import annotations

from functools import partial
from typing import Any

from rasid.records import Document
from rasid.stage import Context, Stage
from rasid.text.lines import Boilerplate, load_boilerplate
from rasid.text.segment import segment_word
from rasid.text.split import split_sentences
from rasid.text.stems import Stems, load_stems
from rasid.text.tokenize import tokenize


def _resource(ctx: Context, name: str, loader: Any) -> Any:
    """The loaded resource from the run's Context when it holds one (``ctx.stems``), else a fresh load."""
    loaded = getattr(ctx, name, None)
    return loaded if loaded is not None else loader()


def sentences_stage(doc: Document, ctx: Context) -> Document:
    boilerplate: Boilerplate = _resource(ctx, "boilerplate", load_boilerplate)
    return doc.with_(produced="sentences", sentences=split_sentences(doc.text, doc.id, boilerplate))


def tokens_stage(doc: Document, ctx: Context) -> Document:
    stems: Stems = _resource(ctx, "stems", load_stems)
    segment = ctx.memo("text.segment", partial(segment_word, stems=stems))
    return doc.with_(produced="tokens", tokens=tokenize(doc.text, doc.sentences, stems, segment))


STAGES = (
    Stage("sentences", sentences_stage, requires=frozenset({"text"}), produces=frozenset({"sentences"}),
          help="Split the article into sentences with kinds (title, headline, tweet, quote, boilerplate, body)."),
    Stage("tokens", tokens_stage, requires=frozenset({"sentences"}), produces=frozenset({"tokens"}),
          help="Words, numbers, Latin words and punctuation, with Arabic clitics segmented."),
)
