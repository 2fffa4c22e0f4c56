"""Counting the documents before an ingest: the count must equal what ``iter_inputs`` then yields."""

import gzip
import io
import json
import tarfile

import pytest

from rasid.ingest import iter_inputs
from rasid.ingest.count import count_documents, documents_in

NEWS = "أعلنت وزارة الخارجية الليبية أن الوزير التقى نظيره الإيطالي في طرابلس اليوم لبحث التعاون."
TREC = "".join(f"<DOC>\n<DOCNO>ant-{n}</DOCNO>\n<TITLE>خبر {n}</TITLE>\n<TEXT>{NEWS}</TEXT>\n</DOC>\n"
               for n in range(3))
FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>وكالة</title>"
        + "".join(f"<item><title>خبر {n}</title><description>{NEWS}</description></item>" for n in range(2))
        + "</channel></rss>")


def _jsonl(n):
    return "".join(json.dumps({"id": f"j{i}", "text": NEWS}, ensure_ascii=False) + "\n\n" for i in range(n))


def _tar(path, members):
    with tarfile.open(path, "w:gz") as tar:
        for name, text in members.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "plain.txt").write_text(f"خبر\n{NEWS}", encoding="utf-8")
    (folder / "sub" / "ant.txt").write_text(TREC, encoding="utf-8")  # TREC in a .txt, as ANT ships it
    (folder / "lines.jsonl").write_text(_jsonl(4), encoding="utf-8")
    (folder / "array.json").write_text(json.dumps([{"id": "a", "text": NEWS}, {"id": "b", "text": NEWS}],
                                                  ensure_ascii=False), encoding="utf-8")
    (folder / "feed.rss").write_text(FEED, encoding="utf-8")
    (folder / "empty.txt").write_text("")  # one error record
    (folder / ".hidden.txt").write_text(NEWS, encoding="utf-8")  # skipped
    (folder / "README.md").write_text("about this corpus")  # skipped
    (folder / "zipped.jsonl.gz").write_bytes(gzip.compress(_jsonl(2).encode()))
    _tar(folder / "archive.tar.gz", {"a/one.txt": NEWS, "a/two.jsonl": _jsonl(3), "._mac": "x"})
    return folder


def _yielded(paths, settings):
    return sum(1 for _ in iter_inputs(paths, settings))


def test_count_documents_equals_what_iter_inputs_yields(corpus, settings):
    paths = [str(corpus)]
    assert count_documents(paths, settings) == _yielded(paths, settings) == 1 + 3 + 4 + 2 + 2 + 1 + 2 + 4


def test_count_documents_of_globs_and_missing_paths(corpus, settings):
    paths = [str(corpus / "*.json*"), str(corpus / "missing.txt"), str(corpus / "nothing-*.txt")]
    assert count_documents(paths, settings) == _yielded(paths, settings) == 4 + 2 + 2 + 1 + 1


def test_count_documents_of_stdin_is_unknown(settings):
    assert count_documents(["-"], settings) is None


def test_oversized_file_counts_as_its_error(corpus, settings):
    small = settings.with_(max_document_bytes=100)
    paths = [str(corpus / "sub" / "ant.txt")]
    assert count_documents(paths, small) == _yielded(paths, small) == 1


@pytest.mark.parametrize(("data", "name", "expected"), [
    (TREC.encode(), "x.txt", 3),
    (b"<DOC><DOCNO>1</DOCNO><TEXT>x</TEXT></DOC>", "one.txt", 1),
    (_jsonl(5).encode(), "x.jsonl", 5),
    (b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', "x.json", 2),  # JSON lines in a .json file
    (b'{"articles": [{"text": "x"}, {"text": "y"}, {"text": "z"}]}', "x.json", 3),
    (b"[]", "x.json", 0),
    (FEED.encode(), "x.xml", 2),
    (NEWS.encode(), "x.html", 1),
    (b"   ", "blank.txt", 1),
])
def test_documents_in_one_input(data, name, expected):
    assert documents_in(data, name, 1_000_000) == expected
