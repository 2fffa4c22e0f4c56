import random

import pytest

from rasid.errors import EncodingError
from rasid.ingest.decode import decode_bytes, head_text, looks_binary

from .snippets import ARABIC_NEWS

SNIPPETS = (
    "أعلنت وزارة الخارجية السعودية اليوم عن زيارة الوزير إلى القاهرة",
    "قصفت طائرات التحالف مواقع للحوثيين في محافظة صعدة شمال اليمن",
    ARABIC_NEWS,
)


@pytest.mark.parametrize("text", SNIPPETS)
@pytest.mark.parametrize(("encode", "expected"), [
    (lambda t: t.encode("utf-8"), "utf-8"),
    (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    (lambda t: t.encode("utf-16"), "utf-16"),
    (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16"),
    (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    (lambda t: t.encode("cp1256"), "windows-1256"),
])
def test_decode_bytes_reads_arabic_in_common_encodings(text, encode, expected):
    decoded, encoding = decode_bytes(encode(text), "x.txt")
    assert decoded == text
    assert encoding == expected


def test_decode_bytes_windows_1256_real_bytes():
    # "الحكومة اللبنانية" as windows-1256 bytes: alef=C7 lam=E1 ha=CD kaf=DF waw=E6 meem=E3 ta marbuta=C9 …
    data = b"\xc7\xe1\xcd\xdf\xe6\xe3\xc9 \xc7\xe1\xe1\xc8\xe4\xc7\xe4\xed\xc9"
    assert decode_bytes(data, "x.txt") == ("الحكومة اللبنانية", "windows-1256")


def test_decode_bytes_keeps_utf8_with_one_cut_character():
    data = ARABIC_NEWS.encode("utf-8") * 3 + "ليبيا".encode()[:-1]
    text, encoding = decode_bytes(data, "x.txt")
    assert encoding == "utf-8-lossy"
    assert text.startswith(ARABIC_NEWS) and text.endswith("\ufffd")


def test_decode_bytes_falls_back_to_detection_for_latin1_french():
    data = "Le président français a déclaré à la presse qu'il était très préoccupé.".encode("cp1252")
    text, encoding = decode_bytes(data, "fr.txt")
    assert "président" in text
    assert encoding in {"cp1252", "latin_1", "iso8859_15"}


def test_decode_bytes_rejects_random_high_bytes():
    rng = random.Random(7)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(2000))
    with pytest.raises(EncodingError, match="re-save the file as UTF-8"):
        decode_bytes(data, "noise.txt")


def test_decode_bytes_rejects_broken_utf16_after_bom():
    with pytest.raises(EncodingError, match="byte-order mark"):
        decode_bytes(b"\xff\xfe" + "خبر".encode("utf-16-le") + b"\x00\xdc", "x.txt")


@pytest.mark.parametrize(("data", "binary"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
    (bytes(range(1, 32)) * 20, True),
    (ARABIC_NEWS.encode("utf-8"), False),
    ("خبر عاجل".encode("utf-16"), False),
    ("خبر عاجل from Reuters".encode("utf-16-le"), False),
    (b"line one\r\nline two\tand a tab\n", False),
])
def test_looks_binary_separates_text_from_binary(data, binary):
    assert looks_binary(data) is binary


def test_head_text_never_raises_on_bad_bytes():
    assert head_text(b"<DOC>\xff\xfe\xfd") .startswith("<DOC>")
