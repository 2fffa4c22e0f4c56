"""The trigger lexicon and cue tables: coverage, generated forms, validation of rows."""

from __future__ import annotations

import json

import pytest

from rasid.errors import DataFileError
from rasid.events.forms import imperfect_forms, noun_forms, participle_forms, perfect_forms
from rasid.events.lexicon import validate_trigger_row
from rasid.resources import data_path

ROOTS = [f"{r:02d}" for r in range(1, 21)]


def test_lexicon_covers_every_cameo_root(lexicon):
    roots = {t.cameo[:2] for t in lexicon.triggers}
    assert roots == set(ROOTS)


def test_lexicon_has_hundreds_of_entries_and_thousands_of_forms(lexicon):
    assert len(lexicon.triggers) >= 250
    assert sum(len(forms) for forms in lexicon.index.values()) >= 5000


def test_lexicon_version_comes_from_the_manifest(lexicon):
    manifest = json.loads(data_path("events/MANIFEST.json").read_text(encoding="utf-8"))
    assert lexicon.version == manifest["files"]["triggers.tsv"]["version"] == "3"


@pytest.mark.parametrize(("surface", "cameo"), [
    ("التقت", "040"), ("يلتقون", "040"), ("تستقبل", "043"), ("زاروا", "042"), ("انتقدت", "111"),
    ("دعت", "020"), ("يدعون", "020"), ("اعتقلت", "173"), ("قصفت", "190"), ("نددوا", "111"),
    ("زياره", "042"), ("مظاهرات", "141"), ("مجزره", "202"), ("داعمه", "050"), ("رافضين", "120"),
])
def test_lexicon_indexes_inflected_forms(lexicon, surface, cameo):
    assert cameo in {f.trigger.cameo for f in lexicon.forms_for(surface)}


@pytest.mark.parametrize(("kind", "phrase"), [
    ("negation", ("لم",)), ("negation", ("دون", "ان")), ("intent", ("مستعد",)), ("future", ("سوف",)),
    ("conditional", ("في", "حال")), ("speculation", ("ربما",)), ("relative", ("الذي",)),
    ("agent", ("من", "قبل")), ("linker", ("بقياده",)), ("affirm", ("لا", "يزال")), ("pair", ("الجانبان",)),
])
def test_cues_are_loaded_in_matching_form(lexicon, kind, phrase):
    assert lexicon.is_cue(kind, phrase)


@pytest.mark.parametrize(("code", "intent"), [("042", "036"), ("0333", "0333"), ("073", "0333"),
                                              ("074", "0334"), ("195", "138"), ("163", "1312")])
def test_intent_code_maps_by_longest_prefix(lexicon, code, intent):
    assert lexicon.intent_code(code) == intent


def test_perfect_forms_of_a_defective_verb():
    assert {"التقي", "التقت", "التقوا", "التقيا"} <= perfect_forms("التقي")


def test_imperfect_forms_cover_persons_and_numbers():
    forms = imperfect_forms("يدعم")
    assert {"يدعم", "تدعم", "ندعم", "يدعمون", "يدعمان", "تدعمان"} <= forms


def test_noun_forms_of_a_ta_marbuta_noun():
    assert {"زياره", "زيارتان", "زيارتين"} <= noun_forms("زياره")


def test_participle_forms_cover_gender_and_number():
    assert {"داعمه", "داعمتان", "داعمون", "داعمين"} <= participle_forms("داعم")


GOOD_ROW = {"cameo": "040", "kind": "verb", "perfect": "التقى", "imperfect": "يلتقي", "forms": "", "tail": "",
            "frame": "ب,مع", "genitive": "", "voice": "", "symmetric": "1", "reporting": "", "note": ""}


@pytest.mark.parametrize(("field", "value", "message"), [
    ("kind", "adverb", "kind"), ("cameo", "999", "unknown CAMEO"), ("frame", "تحت", "frame marker"),
    ("symmetric", "yes", "symmetric"), ("imperfect", "", "perfect and imperfect"), ("voice", "middle", "voice"),
])
def test_validate_trigger_row_names_the_line_and_problem(ontology, field, value, message):
    row = {**GOOD_ROW, field: value}
    with pytest.raises(DataFileError, match=rf"line 7 .*{message}"):
        validate_trigger_row(row, 7, frozenset(ontology.codes()))


def test_validate_trigger_row_accepts_a_good_row(ontology):
    validate_trigger_row(GOOD_ROW, 1, frozenset(ontology.codes()))


def test_tail_column_splits_tails_from_excluding_words(lexicon):
    stand_by = next(t for t in lexicon.triggers if t.cameo == "050" and t.lemma == "وقف")
    assert ("مع",) in stand_by.tails and ("القتال",) in stand_by.excluded
    assert all("!" not in word for tail in stand_by.tails + stand_by.excluded for word in tail)
