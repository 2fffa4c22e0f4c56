"""Actor and name-recogniser commands: ``rasid actors``, ``rasid tag --conll`` and ``rasid eval ner``.

``eval ner`` belongs under the core ``eval`` group, which lives in ``rasid.cli``; it is attached there when
the CLI loads this module (``EVAL_COMMANDS`` names it for a registration hook).
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from rasid.errors import RasidError

if TYPE_CHECKING:
    from rasid.ner.model import Recognizer

model_option = click.option("--model", "model_path", type=click.Path(dir_okay=False, exists=True),
                            help="A CRF model file (default: the bundled ANERcorp model).")


def _recognizer(model_path: str | None) -> Recognizer:
    """Loaded on use, so that ``rasid --help`` does not open the model."""
    from rasid.actors.kb import load_knowledge_base
    from rasid.ner.model import load_recognizer

    return load_recognizer(Path(model_path) if model_path else None, kb=load_knowledge_base())


def _day(_: object, __: object, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


@click.command("actors")
@click.argument("text_or_path")
@click.option("--date", "when", callback=_day, help="Article date (YYYY-MM-DD) that decides dated roles.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per mention.")
@click.option("--no-ner", is_flag=True, help="Knowledge base only, without the name recogniser.")
@model_option
def actors(text_or_path: str, when: date | None, as_json: bool, no_ner: bool, model_path: str | None) -> None:
    """List each actor mention of TEXT-OR-PATH: span, canonical entity, code and the dated role applied."""
    from rasid.actors.kb import load_knowledge_base
    from rasid.actors.report import describe_mentions
    from rasid.text.stems import load_stems

    try:
        text = _text_of(text_or_path)
        kb = load_knowledge_base()
        ner = None if no_ner else _recognizer(model_path)
        reports = describe_mentions(text, kb, when, ner, load_stems().counts)
    except RasidError as exc:
        raise click.ClickException(str(exc)) from exc
    for report in reports:
        if as_json:
            click.echo(json.dumps(report.to_json(), ensure_ascii=False))
            continue
        m = report.mention
        role = f"  [{report.role_title} {report.role_start}..{report.role_end}]" if report.role_title else ""
        click.echo(f"{m.start:5d}-{m.end:<5d} {m.type:7} {m.code or '-':10} {m.text}  -> {report.entity}{role}")


def _text_of(text_or_path: str) -> str:
    """The file's text when the argument names a file, else the argument itself."""
    if "\n" in text_or_path or len(text_or_path) > 1024:
        return text_or_path
    try:
        path = Path(text_or_path)
        return path.read_text(encoding="utf-8") if path.is_file() else text_or_path
    except OSError:
        return text_or_path


@click.command("tag")
@click.option("--conll", "conll_path", type=click.Path(dir_okay=False, exists=True), required=True,
              help="CoNLL input: one token per line (any columns), blank line between sentences.")
@model_option
def tag(conll_path: str, model_path: str | None) -> None:
    """Tag the tokens of a CoNLL file; each line gets the predicted BIO tag as a new last column."""
    from rasid.ner.tagfile import tag_conll_lines

    try:
        for line in tag_conll_lines(Path(conll_path), _recognizer(model_path)):
            sys.stdout.write(line + "\n")
    except RasidError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("ner")
@click.argument("path", type=click.Path(dir_okay=False, exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@model_option
def eval_ner(path: str, as_json: bool, model_path: str | None) -> None:
    """Score the name recogniser on a gold CoNLL FILE: exact-span P/R/F1 per type and overall."""
    from rasid.ner.evaluate import evaluate_file, format_report

    try:
        report = evaluate_file(Path(path), _recognizer(model_path))
    except RasidError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report.to_json(), indent=1) if as_json else format_report(report))


COMMANDS = (actors, tag)
EVAL_COMMANDS = (eval_ner,)
