"""rasid.text.clitics is the one place that knows Arabic clitics: its subsets are built from the shared letters,
they hold what each area was measured with, and no module outside rasid.text defines a clitic table again."""

import ast
import re
from pathlib import Path

import pytest

import rasid
from rasid.text import clitics as c
from rasid.text import segment

PACKAGE = Path(rasid.__file__).parent
PROCLITIC_SUBSETS = {
    "PERFECT_PROCLITICS": c.PERFECT_PROCLITICS, "NOUN_PROCLITICS": c.NOUN_PROCLITICS,
    "DEFINITE_CHAINS": c.DEFINITE_CHAINS,
    "PREPOSITION_ARTICLE_CHAINS": c.PREPOSITION_ARTICLE_CHAINS, "CUE_CHAINS": c.CUE_CHAINS,
    "NAME_PREFIXES": c.NAME_PREFIXES, "SEARCH_PROCLITICS": c.SEARCH_PROCLITICS, "NOUN_MARKERS": c.NOUN_MARKERS,
}
# conjunction, then a preposition (or the future س on a verb), then the article; ل + ال is written لل
CHAIN = re.compile(f"[{c.CONJUNCTIONS}]?(?:{c.LIL}|[{c.PREPOSITIONS}{c.FUTURE}])?(?:{c.ARTICLE})?")


def test_the_letters():
    assert set(c.CONJUNCTIONS) == {"و", "ف"} and set(c.PREPOSITIONS) == {"ب", "ل", "ك"}
    assert "ل" + c.ARTICLE[1:] == c.LIL
    assert set(c.CONJUNCTIONS + c.PREPOSITIONS) >= c.CLITIC_LETTERS
    assert c.CONJUNCTION_LETTERS == set(c.CONJUNCTIONS) <= c.CLITIC_LETTERS
    assert set(c.PREPOSITIONS) >= c.MARKER_PREPOSITIONS and c.MARKER_PREPOSITIONS <= c.CLITIC_LETTERS
    assert "" not in c.CLITIC_LETTERS | c.CONJUNCTION_LETTERS | c.MARKER_PREPOSITIONS  # word[:1] of "" is no clitic


@pytest.mark.parametrize("name", PROCLITIC_SUBSETS)
def test_each_proclitic_chain_is_made_of_the_shared_letters(name):
    subset = PROCLITIC_SUBSETS[name]
    assert all(CHAIN.fullmatch(chain) for chain in subset), name
    assert set(subset) <= set(c.ALL_CHAINS), name
    assert len(set(subset)) == len(subset), name


def test_imperfect_chains_add_only_the_future_and_the_one_listed_extra():
    assert all(CHAIN.fullmatch(chain) for chain in c.IMPERFECT_PROCLITICS if chain != "ولي")
    assert c.ARTICLE not in "".join(c.IMPERFECT_PROCLITICS) and "ولي" in c.IMPERFECT_PROCLITICS
    assert set(c.PERFECT_PROCLITICS) == {"", *c.CONJUNCTIONS} <= set(c.IMPERFECT_PROCLITICS)


@pytest.mark.parametrize("name", ["DEFINITE_CHAINS", "PREPOSITION_ARTICLE_CHAINS", "NOUN_MARKERS"])
def test_definite_chains_end_in_the_article(name):
    assert all(chain.endswith((c.ARTICLE, c.LIL)) or chain in c.PREPOSITIONS for chain in PROCLITIC_SUBSETS[name])


@pytest.mark.parametrize("name", [n for n in PROCLITIC_SUBSETS if n != "NOUN_MARKERS"])
def test_chains_are_longest_first(name):
    """Areas strip the first chain a word starts with: a chain must come before every prefix of it."""
    subset = PROCLITIC_SUBSETS[name]
    assert [len(x) for x in subset] == sorted((len(x) for x in subset), reverse=True), name


def test_left_out_chains_are_generated_and_really_left_out():
    assert c.LEFT_OUT["noun"] <= set(c.ALL_CHAINS) and c.LEFT_OUT["noun"].isdisjoint(c.NOUN_PROCLITICS)
    assert c.LEFT_OUT["search"] <= set(c.chains(articles=(c.ARTICLE,)))
    assert c.LEFT_OUT["search"].isdisjoint(c.SEARCH_PROCLITICS)
    assert set(c.PREPOSITION_ARTICLE_CHAINS) <= set(c.DEFINITE_CHAINS) and set(c.PREPOSITION_ARTICLE_CHAINS) <= set(
        c.CUE_CHAINS)
    assert set(c.ALL_CHAINS) - set(c.NOUN_PROCLITICS) == c.LEFT_OUT["noun"]


def test_enclitic_subsets_are_pronouns():
    pronouns = set(c.ENCLITIC_PRONOUNS)
    assert set(c.EVENT_ENCLITICS) <= pronouns and set(c.OBJECT_PRONOUNS) <= set(c.EVENT_ENCLITICS)
    assert c.NOUN_ENCLITICS - {""} <= c.VERB_ENCLITICS - {""} <= set(c.EVENT_ENCLITICS)
    assert "ي" not in c.NOUN_ENCLITICS | c.VERB_ENCLITICS and "ني" in c.VERB_ENCLITICS - c.NOUN_ENCLITICS


def test_the_segmenter_tables_cover_the_shared_clitics():
    assert "".join(segment.CONJUNCTION_RATIOS) == c.CONJUNCTIONS
    assert "".join(segment.PREPOSITION_RATIOS) == c.PREPOSITIONS
    assert set(segment.ENCLITIC_RATIOS) == set(c.ENCLITIC_PRONOUNS)
    assert all(segment.PROCLITIC_RUN.fullmatch(chain) for chain in c.NOUN_PROCLITICS)


# What each area was measured with (2026-12-07: seeds, ANT dev, actor sides, ANERcorp): a change here is a
# change to measure, not a tidy-up.
MEASURED = {
    "PERFECT_PROCLITICS": "، و، ف",
    "IMPERFECT_PROCLITICS": "، و، ف، ل، س، وس، فس، ول، فل، ولي",
    "NOUN_PROCLITICS": "، و، ف، ب، ل، ك، ال، وال، فال، بال، كال، لل، ولل، فلل، وب، ول، فب، فل، وك، وبال، فبال",
    "DEFINITE_CHAINS": "وبال، فبال، ولل، فلل، وال، فال، بال، لل، ال",
    "PREPOSITION_ARTICLE_CHAINS": "لل، بال، ولل، وبال، فلل، فبال",
    "CUE_CHAINS": "وبال، ولل، فبال، فلل، بال، لل، وب، ول، فب، فل، و، ف، ب، ل",
    "NAME_PREFIXES": "وال، بال، فال، كال، ال، لل، و، ب، ل، ف",
    "SEARCH_PROCLITICS": "وبال، وكال، ولل، فبال، فال، وال، بال، كال، لل، ال، و، ف، ب، ل",
    "NOUN_MARKERS": "ال، ب، ك، لل",
    "EVENT_ENCLITICS": "ه، ها، هم، هما، هن، ك، كم، نا، ي، ني",
    "NOUN_ENCLITICS": "، ه، ها، هم، هما، هن، ك، كم، نا",
    "VERB_ENCLITICS": "، ه، ها، هم، هما، هن، ك، كم، نا، ني",
    "OBJECT_PRONOUNS": "ه، ها، هم، هما، هن",
    "CLITIC_LETTERS": "و، ف، ب، ل",
    "MARKER_PREPOSITIONS": "ب، ل",
    "COMPLEMENT_CLITICS": "، ل",
}


@pytest.mark.parametrize("name", MEASURED)
def test_subsets_hold_what_was_measured(name):
    assert set(getattr(c, name)) == {s.strip() for s in MEASURED[name].split("،")}


# -- no module outside rasid.text defines a clitic table -------------------------------------------------------

PROCLITIC_STRINGS = frozenset({*c.ALL_CHAINS, *c.IMPERFECT_PROCLITICS}) - {""}
ENCLITIC_STRINGS = frozenset(c.ENCLITIC_PRONOUNS)
COLLECTIONS = ("frozenset", "set", "tuple", "list", "dict")


def _strings(node: ast.AST) -> list[str] | None:
    """The strings a collection display (tuples nested, dict keys) or frozenset("...") holds; None for any
    other value or when it holds something else."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in COLLECTIONS:
        if len(node.args) != 1 or node.keywords:
            return None
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return list(arg.value)
        return _strings(arg)
    if isinstance(node, ast.Dict):
        elements = node.keys
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        elements = node.elts
    else:
        return None
    out: list[str] = []
    for element in elements:
        if isinstance(element, ast.Constant) and isinstance(element.value, str):
            out.append(element.value)
        elif (inner := _strings(element)) is not None:
            out += inner
        else:
            return None
    return out


def is_clitic_table(node: ast.AST) -> bool:
    strings = _strings(node)
    if not strings or not any(strings):
        return False
    proclitic = all(s == "" or s in PROCLITIC_STRINGS for s in strings)
    enclitic = all(s == "" or s in ENCLITIC_STRINGS for s in strings)
    return proclitic or enclitic  # a mix is a letter table (و and ي are glides), not a clitic one


def clitic_tables(source: str) -> list[str]:
    """Names of the module-level assignments of ``source`` whose value is a collection of clitic strings only."""
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and is_clitic_table(node.value):
            found += [ast.unparse(t) for t in node.targets]
        elif isinstance(node, ast.AnnAssign) and node.value is not None and is_clitic_table(node.value):
            found.append(ast.unparse(node.target))
    return found


@pytest.mark.parametrize("source", [
    'CLITICS = ("و", "ف", "ب", "ل")',
    'PREFIXES: tuple[str, ...] = ("وال", "بال", "فال", "كال", "ال", "لل", "و", "ب", "ل", "ف")',
    'CLITIC_LETTERS = frozenset("وفبل")',
    'COMPLEMENT = frozenset({"", "ل"})',
    'MARKERS = (("بال", "ب"), ("لل", "ل"), ("ب", "ب"), ("ل", "ل"))',
    'RATIOS = {"و": 60.0, "ف": 20.0}',
    'ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ني")',
    'PREFIXES = ["", "و", "ف", "ل", "س", "وس", "فس", "ول", "فل", "ولي"]',
    'PRONOUNS = frozenset({"ه", "ها", "هما", "هم"})',
])
def test_the_check_finds_a_clitic_table(source):
    assert clitic_tables(source)


@pytest.mark.parametrize("source", [
    'PREPOSITIONS = frozenset({"في", "من", "الي", "علي"})',
    'PRONOUN_PREPOSITIONS = ("علي", "الي", "من", *sorted(MARKER_PREPOSITIONS))',
    'LETTERS = "وفبل"',  # a plain string is a word or a letter run, not a table
    'EVERY = "كل"',
    'EMPTY = ()',
    'TAGS = ("B-", "I-")',
    'FUTURE_NEXT = frozenset("يتنأ")',
    'GLIDES = {"و": "w", "ي": "y"}',
])
def test_the_check_leaves_other_values_alone(source):
    assert not clitic_tables(source)


def test_no_module_outside_rasid_text_defines_a_clitic_table():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] == "text":
            continue
        if found := clitic_tables(path.read_text(encoding="utf-8")):
            offenders[str(path.relative_to(PACKAGE))] = found
    assert not offenders, f"import these from rasid.text.clitics instead: {offenders}"
