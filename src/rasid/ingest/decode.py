"""Bytes to text. Arabic news comes as UTF-8, UTF-16 (Windows exports) or windows-1256 (older sites).

Order: byte-order marks, BOM-less UTF-16, strict UTF-8, UTF-8 with a few corrupt bytes, windows-1256
when the result reads as Arabic, then charset-normalizer. Anything else is rejected rather than
turned into mojibake that would poison every later stage.
"""

from __future__ import annotations

import logging
import unicodedata

import charset_normalizer

from rasid.errors import EncodingError

log = logging.getLogger(__name__)

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
TEXT_CONTROLS = b"\t\n\x0b\x0c\r\x1b"
CONTROL_BYTES = bytes(b for b in range(32) if b not in TEXT_CONTROLS) + b"\x7f"
MAX_CONTROL_SHARE = 0.05  # more control bytes than this in the head means binary
MAX_UTF8_ERROR_SHARE = 0.001  # up to 1 corrupt byte in 1000 still counts as UTF-8
MIN_ARABIC_SHARE_1256 = 0.9  # of non-ASCII letters, when reading windows-1256
MIN_LETTER_SHARE_1256 = 0.8  # of non-ASCII, non-space characters
SNIFF_BYTES = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean an image, archive or office file, not text."""
    if _bom_encoding(data) or _plausible_utf16(data[:SNIFF_BYTES]):
        return False
    if b"\x00" in data:
        return True
    head = data[:SNIFF_BYTES]
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return bool(head) and controls / len(head) > MAX_CONTROL_SHARE


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """The decoded text and the encoding used; raises EncodingError when nothing decodes cleanly."""
    for attempt in (_decode_bom, _decode_utf16_without_bom, _decode_utf8, _decode_mostly_utf8,
                    _decode_windows_1256, _decode_detected):
        result = attempt(data)
        if result is not None:
            log.debug("%s decoded as %s", name, result[1])
            return result
    raise EncodingError(
        "the bytes are not valid UTF-8, UTF-16 or windows-1256 and no other encoding fits; "
        "re-save the file as UTF-8", source=name)


def head_text(data: bytes | str, size: int = SNIFF_BYTES) -> str:
    """A lossy decode of the first bytes, enough to sniff markup; never raises."""
    if isinstance(data, str):
        return data[:size]
    head = data[:size]
    encoding = _bom_encoding(head) or _utf16_without_bom(head)
    if encoding:
        return head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return head.decode("utf-8", errors="replace")


def _bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs on one byte parity only (the high byte of ASCII characters)."""
    head = data[:SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if odd >= 0.05 * pairs and even == 0:
        return "utf-16-le"
    if even >= 0.05 * pairs and odd == 0:
        return "utf-16-be"
    return None


def _plausible_utf16(head: bytes) -> bool:
    """NUL parity alone is not enough (short binaries fool it); the head must also read as clean text."""
    encoding = _utf16_without_bom(head)
    if encoding is None:
        return False
    text = head.decode(encoding, errors="replace")
    return text.count("\ufffd") <= 1 and not _has_controls(text)


def _decode_bom(data: bytes) -> tuple[str, str] | None:
    encoding = _bom_encoding(data)
    if encoding is None:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise EncodingError(f"the file starts with a {encoding} byte-order mark but is not valid "
                            f"{encoding} ({exc.reason} at byte {exc.start}); re-save it as UTF-8") from exc


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    encoding = _utf16_without_bom(data)
    if encoding is None or len(data) % 2:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if not _has_controls(text) else None


def _decode_utf8(data: bytes) -> tuple[str, str] | None:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def _decode_mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """Scraped text often has one character cut in half; keep the rest instead of guessing a codepage."""
    text = data.decode("utf-8", errors="replace")
    errors = text.count("\ufffd")
    if errors <= max(1, len(data) * MAX_UTF8_ERROR_SHARE) and _non_ascii_count(text) > errors:
        return text, "utf-8-lossy"
    return None


def _decode_windows_1256(data: bytes) -> tuple[str, str] | None:
    text = data.decode("cp1256")
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    letters = [c for c in non_ascii if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    if not letters or len(letters) < MIN_LETTER_SHARE_1256 * len(non_ascii):
        return None
    return (text, "windows-1256") if arabic >= MIN_ARABIC_SHARE_1256 * len(letters) else None


def _decode_detected(data: bytes) -> tuple[str, str] | None:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    return None if _has_controls(text) else (text, best.encoding)


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\x0b\x0c" for c in text[:SNIFF_BYTES])


def _non_ascii_count(text: str) -> int:
    return sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
