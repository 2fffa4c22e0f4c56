import gzip
import sys

import pytest

from rasid.ingest import read_document
from rasid.records import Article, ErrorRecord

from .snippets import ARABIC_NEWS, ENGLISH_NEWS

TITLE = "السراج يلتقي وزير الدفاع الإيطالي"


def _one(data, name, settings, origin=""):
    items = list(read_document(data, name, settings, origin))
    assert len(items) == 1
    return items[0]


def test_txt_title_is_first_line_and_text_is_whole_file(settings):
    raw = f"\n  {TITLE}\n\n{ARABIC_NEWS}"
    article = _one(raw.encode(), "000_e8cc05979524b772.txt", settings, "seeds/000_e8cc05979524b772.txt")
    assert isinstance(article, Article)
    assert article.id == "000_e8cc05979524b772"
    assert article.title == TITLE
    assert article.text == raw  # offsets count from the start of the file content
    assert article.format == "txt" and article.language == "ar"
    assert article.origin == "seeds/000_e8cc05979524b772.txt"
    assert ("encoding", "utf-8") in article.meta


def test_txt_bom_is_not_part_of_the_text(settings):
    article = _one(("\ufeff" + TITLE + "\n" + ARABIC_NEWS).encode("utf-8"), "a.txt", settings)
    assert article.text.startswith(TITLE)


@pytest.mark.parametrize(("encoding", "label"), [("cp1256", "windows-1256"), ("utf-16", "utf-16")])
def test_txt_in_legacy_encodings_reads_the_same_text(settings, encoding, label):
    raw = TITLE + "\n" + ARABIC_NEWS
    article = _one(raw.encode(encoding), "legacy.txt", settings)
    assert article.text == raw
    assert ("encoding", label) in article.meta


def test_english_article_is_yielded_and_marked(settings):
    article = _one(("Sarraj meets Guerini\n" + ENGLISH_NEWS).encode(), "en.txt", settings)
    assert isinstance(article, Article) and article.language == "en"


def test_default_source_applies_when_input_names_none(settings):
    article = _one(ARABIC_NEWS.encode(), "a.txt", settings.with_(default_source="الوسط"))
    assert article.source == "الوسط"


@pytest.mark.parametrize(("data", "name", "code", "error", "phrase"), [
    (b"", "empty.txt", "E101", "EmptyDocumentError", "empty"),
    (b"  \n\t\r\n   \n", "blank.txt", "E101", "EmptyDocumentError", "only whitespace"),
    ("\u00a0\u2003\n".encode(), "nbsp.txt", "E101", "EmptyDocumentError", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "photo.png", "E102", "BinaryDocumentError", "binary"),
    (b"GIF89a\x01\x00\x01\x00\x80\x00", "x.txt", "E102", "BinaryDocumentError", "binary"),
    (b"\x00\x01\x02binary\x00blob" * 50, "data.txt", "E102", "BinaryDocumentError", "binary"),
    (bytes(range(1, 9)) * 200 + b"text", "ctrl.txt", "E102", "BinaryDocumentError", "binary"),
    (bytes(range(0x80, 0x100)) * 10, "noise.txt", "E103", "EncodingError", "UTF-8"),
    (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "report.pdf", "E106", "UnsupportedFormatError", "pdftotext"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "report.docx", "E106", "UnsupportedFormatError", "plain text"),
    (b"some words that are not a pdf", "report.pdf", "E106", "UnsupportedFormatError", "pdf"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "cut.txt.gz", "E105", "MalformedDocumentError", "gzip"),
])
def test_bad_input_becomes_error_record(settings, data, name, code, error, phrase):
    record = _one(data, name, settings, f"in/{name}")
    assert isinstance(record, ErrorRecord)
    assert (record.code, record.error, record.input, record.stage) == (code, error, f"in/{name}", "ingest")
    assert phrase.lower() in record.message.lower()


def test_too_large_document_is_rejected(settings):
    record = _one(ARABIC_NEWS.encode() * 10, "big.txt", settings.with_(max_document_bytes=1000), "big.txt")
    assert record.code == "E104" and record.error == "DocumentTooLargeError"
    assert "max_document_bytes" in record.message


def test_gzipped_document_is_read_and_bounded(settings):
    data = gzip.compress((TITLE + "\n" + ARABIC_NEWS).encode())
    article = _one(data, "story.txt.gz", settings)
    assert article.id == "story" and article.title == TITLE
    record = _one(gzip.compress(b"x" * 5000), "bomb.txt.gz", settings.with_(max_document_bytes=1000))
    assert record.code == "E104"


def test_reader_crash_becomes_error_record(settings, monkeypatch):
    def explode(text):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr(sys.modules["rasid.ingest.document"], "read_jsonl", explode)
    record = _one(b'{"id": "1", "text": "x"}\n', "a.jsonl", settings)
    assert record.code == "E100" and "RuntimeError" in record.message
