import pytest

from rasid.errors import DataFileError
from rasid.ner.conll import Span, read_conll, spans, to_tags


def test_read_conll_reads_anercorp_and_newsfane_layouts(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\ufeff\u200eقال\tO\r\n\u200eبشار\tB-Politician\r\n\r\nفي O\nدمشق B-LOC\n", encoding="utf-8")
    sentences = read_conll(path)
    assert [s.words for s in sentences] == [("قال", "بشار"), ("في", "دمشق")]
    assert sentences[0].tags == ("O", "B-Politician")


def test_read_conll_names_the_bad_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("قال O\nبغداد LOCATION\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 2: bad tag"):
        read_conll(path)


@pytest.mark.parametrize(("tags", "expected"), [
    (["B-PERS", "I-PERS", "O", "B-LOC"], [Span(0, 2, "PERS"), Span(3, 4, "LOC")]),
    (["O", "I-ORG", "I-ORG"], [Span(1, 3, "ORG")]),  # CoNLL: I- after O opens an entity
    (["B-PERS", "I-LOC"], [Span(0, 1, "PERS"), Span(1, 2, "LOC")]),
    (["B-LOC", "B-LOC"], [Span(0, 1, "LOC"), Span(1, 2, "LOC")]),
])
def test_spans_follow_conll_rules(tags, expected):
    assert spans(tags) == expected


def test_to_tags_round_trips_spans():
    tags = ["B-ORG", "I-ORG", "I-ORG", "O", "B-PERS"]
    assert to_tags(len(tags), spans(tags)) == tags
