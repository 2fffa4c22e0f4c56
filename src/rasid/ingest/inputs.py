"""What users point rasid at: files, directory trees, glob patterns, gzip files and tar archives, or stdin.

Archives are streamed member by member (tarfile's ``r|`` modes), so a corpus of any size is read in
constant memory. Sizes are checked before any document is read.
"""

from __future__ import annotations

import bz2
import glob
import logging
import lzma
import os
import sys
import tarfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasid.errors import DocumentTooLargeError, IngestError, InputNotFoundError, MalformedDocumentError
from rasid.ingest.common import IngestEnv, error_record, ingest_env
from rasid.ingest.document import read_document
from rasid.records import Article, ErrorRecord
from rasid.settings import Settings

log = logging.getLogger(__name__)

TAR_MAGIC_OFFSET = 257
HEAD_BYTES = 1024
READ_ERRORS = (tarfile.TarError, EOFError, OSError, zlib.error, lzma.LZMAError)
Output = Iterator[Article | ErrorRecord]


def iter_inputs(paths: Iterable[str | Path], settings: Settings) -> Output:
    """Articles and error records from every input, in a deterministic order; never raises for bad input."""
    env = ingest_env(settings)
    for spec in paths:
        yield from _iter_spec(str(spec), env)


def _iter_spec(spec: str, env: IngestEnv) -> Output:
    path = Path(spec)
    if spec == "-":
        yield from _read_stdin(env)
    elif path.is_dir():
        for file in walk_files(path):
            yield from _read_file(file, env)
    elif path.exists():
        yield from _read_file(path, env)
    elif glob.has_magic(spec):
        yield from _iter_glob(spec, env)
    else:
        yield error_record(InputNotFoundError("no such file or directory; check the path"), spec)


def _iter_glob(pattern: str, env: IngestEnv) -> Output:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield error_record(InputNotFoundError("the pattern matched no files"), pattern)
    for match in matches:
        yield from _iter_spec(match, env)


def walk_files(root: Path) -> list[Path]:
    """Files under ``root`` sorted by path (``a/b/x`` before ``a/y`` before ``c``), hidden ones skipped."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not _is_hidden(d)]
        found.extend(Path(folder) / name for name in files if not _is_hidden(name))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_file(path: Path, env: IngestEnv) -> Output:
    try:
        compression = archive_compression(path)
        if compression is not None:
            yield from _read_tar(path, compression, env)
            return
        data = _read_bounded(path, env.settings.max_document_bytes)
    except IngestError as exc:
        yield error_record(exc, str(path))
        return
    except OSError as exc:
        yield error_record(IngestError(f"cannot read the file ({exc.strerror or exc}); check permissions"),
                           str(path))
        return
    yield from read_document(data, path.name, env.settings, str(path), env)


def _read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing before reading when it is over the size limit."""
    size = path.stat().st_size
    if size > limit:
        raise DocumentTooLargeError(f"{size:,} bytes is over the max_document_bytes limit of {limit:,}; "
                                    "split the file or raise the setting")
    return path.read_bytes()


def _read_stdin(env: IngestEnv) -> Output:
    limit = env.settings.max_document_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        yield error_record(DocumentTooLargeError(f"standard input is over the max_document_bytes limit of "
                                                 f"{limit:,}"), "-")
        return
    yield from read_document(data, "stdin", env.settings, "-", env)


def archive_compression(path: Path) -> str | None:
    """'' for a plain tar, 'gz'/'bz2'/'xz' for a compressed one, None when the file is not a tar archive."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    compression, inner = _decompress_head(head)
    if inner[TAR_MAGIC_OFFSET:TAR_MAGIC_OFFSET + 5] == b"ustar":
        return compression
    if path.name.lower().endswith((".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz")):
        return compression  # an old-style tar without the ustar magic
    return None


def _decompress_head(head: bytes) -> tuple[str, bytes]:
    try:
        if head.startswith(b"\x1f\x8b"):
            return "gz", zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        if head.startswith(b"BZh"):
            return "bz2", bz2.BZ2Decompressor().decompress(head)
        if head.startswith(b"\xfd7zXZ\x00"):
            return "xz", lzma.LZMADecompressor().decompress(head)
    except (zlib.error, OSError, lzma.LZMAError, EOFError):
        return "", b""
    return "", head


def _read_tar(path: Path, compression: str, env: IngestEnv) -> Output:
    for name, item in _tar_members(path, compression, env.settings.max_document_bytes):
        where = f"{path}::{name}" if name else str(path)
        if isinstance(item, IngestError):
            yield error_record(item, where)
        else:
            yield from read_document(item, name, env.settings, where, env)


def _tar_members(path: Path, compression: str, limit: int) -> Iterator[tuple[str, bytes | IngestError]]:
    """(member name, bytes or error) per regular member; a corrupt archive ends with one error ('', error)."""
    count = 0
    try:
        with tarfile.open(path, mode=f"r|{compression}") as tar:
            while (member := tar.next()) is not None:
                tar.members = []  # stream mode keeps every header otherwise; memory must stay flat
                if member.isfile() and not _is_hidden_member(member.name):
                    yield member.name, _member_bytes(tar, member, limit)
                    count += 1
    except READ_ERRORS as exc:
        yield "", MalformedDocumentError(f"the archive is truncated or corrupt after {count} complete "
                                         f"member(s) ({exc}); re-download or re-create it")


def _member_bytes(tar: tarfile.TarFile, member: tarfile.TarInfo, limit: int) -> bytes | IngestError:
    if member.size > limit:
        return DocumentTooLargeError(f"{member.size:,} bytes is over the max_document_bytes limit of "
                                     f"{limit:,}; split the file or raise the setting")
    handle = tar.extractfile(member)
    return handle.read() if handle is not None else IngestError("the archive member cannot be read")


# Files that travel with a corpus but are not articles: skipped when a directory or archive is expanded
# (a file named explicitly on the command line is always read).
PACKAGING_STEMS = frozenset({"README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "SOURCE", "CHANGELOG", "AUTHORS"})


def _is_hidden(name: str) -> bool:
    """Dot files, and corpus packaging files such as README.md or LICENSE (not documents)."""
    base = name.rsplit("/", 1)[-1]
    return base.startswith(".") or base.split(".", 1)[0].upper() in PACKAGING_STEMS


def _is_hidden_member(name: str) -> bool:
    """Dot files and macOS resource forks (``__MACOSX/``, ``._x``) are packaging noise, not documents."""
    parts = name.split("/")
    return "__MACOSX" in parts or any(_is_hidden(p) for p in parts if p not in (".", ".."))
