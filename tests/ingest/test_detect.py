import pytest

from rasid.ingest.detect import detect_format, extension_format

TREC = "<DOC>\n<DOCNO>BB-1</DOCNO>\n<TEXT>\nنص الخبر\n</TEXT>\n</DOC>\n"


@pytest.mark.parametrize(("data", "name", "expected"), [
    (TREC.encode(), "AL-culture-1-20180218.txt", "trec"),  # ANT ships TREC XML in .txt files
    ("\ufeff" + TREC, "x.txt", "trec"),
    (TREC.encode("utf-16"), "x.txt", "trec"),
    (b"<!DOCTYPE html><html><body><p>\xd8\xae\xd8\xa8\xd8\xb1</p></body></html>", "page.txt", "html"),
    (b"<html lang='ar'><head><title>t</title></head></html>", "page", "html"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed.xml", "feed"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "atom.xml", "feed"),
    (b'{"id": "1", "text": "\xd8\xae\xd8\xa8\xd8\xb1"}\n{"id": "2", "text": "x"}\n', "a.txt", "jsonl"),
    (b'{"id": "1", "text": "x"}', "one.jsonl", "jsonl"),
    (b'{"articles": []}', "export.json", "json"),
    (b'[{"id": "1", "text": "x"}]', "export.txt", "json"),
    ("عنوان الخبر\n\nنص الخبر".encode(), "seed.txt", "txt"),
    ("نص بلا امتداد".encode(), "README", "txt"),
    (b"%PDF-1.7\n...", "report.txt", "pdf"),
    (b"PK\x03\x04\x14\x00", "report.docx", "office"),
    (b"plain words", "report.pdf", "pdf"),
    (b"plain words", "page.htm", "html"),
])
def test_detect_format_content_first_then_extension(data, name, expected):
    assert detect_format(data, name) == expected


def test_detect_format_accepts_text():
    assert detect_format(TREC, "x") == "trec"


@pytest.mark.parametrize(("name", "expected"), [
    ("a/b/story.HTML", "html"), ("x.jsonl.gz", "jsonl"), ("x.rss", "feed"), ("x.docx", "office"), ("x.csv", "txt"),
])
def test_extension_format_reads_suffix(name, expected):
    assert extension_format(name) == expected
