import gzip
import io
import json
import random
import sys
import tarfile
from pathlib import Path

import pytest

from rasid.ingest import iter_inputs
from rasid.ingest.inputs import archive_compression, walk_files
from rasid.records import Article, ErrorRecord

from .snippets import ARABIC_NEWS

ANT = Path("/work/shared/data/news/ant_multisource/antcorpus_multisource.tar.gz")
TREC = "<DOC>\n<DOCNO>{id}</DOCNO>\n<SRC>skynews</SRC>\n<TITLE>عنوان {id}</TITLE>\n<TEXT>\n{text}</TEXT>\n</DOC>\n"
WORDS = ARABIC_NEWS.split()


def _story(title="خبر"):
    return f"{title}\n{ARABIC_NEWS}"


def _noise_text(seed, words=3000):
    """Arabic word salad that compresses poorly, so a cut archive really loses members."""
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randrange(10**6)) for _ in range(words))


def _tar(path, members, mode="w:gz"):
    with tarfile.open(path, mode) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _ids(items):
    return [i.id if isinstance(i, Article) else f"!{i.code}" for i in items]


def test_iter_inputs_reads_a_single_file(tmp_path, settings):
    path = tmp_path / "story.txt"
    path.write_text(_story(), encoding="utf-8")
    [article] = iter_inputs([path], settings)
    assert (article.id, article.origin, article.format) == ("story", str(path), "txt")


def test_iter_inputs_walks_directories_sorted_and_skips_hidden(tmp_path, settings):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "c.txt").write_text(_story(), encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text(_story(), encoding="utf-8")
    (tmp_path / "a" / "b" / "x.txt").write_text(_story(), encoding="utf-8")
    (tmp_path / "a" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    items = list(iter_inputs([str(tmp_path)], settings))
    assert _ids(items) == ["x", "y", "c"]
    assert items[0].origin == str(tmp_path / "a" / "b" / "x.txt")
    assert walk_files(tmp_path) == [tmp_path / "a" / "b" / "x.txt", tmp_path / "a" / "y.txt", tmp_path / "c.txt"]


def test_iter_inputs_expands_glob_patterns(tmp_path, settings):
    (tmp_path / "sub").mkdir()
    for name in ("2.txt", "1.txt", "sub/3.txt", "skip.html"):
        (tmp_path / name).write_text(_story(), encoding="utf-8")
    assert _ids(iter_inputs([str(tmp_path / "**" / "*.txt")], settings)) == ["1", "2", "3"]
    [error] = iter_inputs([str(tmp_path / "*.nothing")], settings)
    assert isinstance(error, ErrorRecord) and "matched no files" in error.message


def test_iter_inputs_missing_path_is_an_error_record(tmp_path, settings):
    missing = tmp_path / "nope.txt"
    ok = tmp_path / "ok.txt"
    ok.write_text(_story(), encoding="utf-8")
    items = list(iter_inputs([missing, ok], settings))
    assert isinstance(items[0], ErrorRecord) and items[0].input == str(missing) and items[0].code == "E108"
    assert items[1].id == "ok"


def test_iter_inputs_reads_gzip_files(tmp_path, settings):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(_story("مقال مضغوط").encode()))
    lines = tmp_path / "batch.jsonl.gz"
    rows = [{"id": f"j{i}", "text": ARABIC_NEWS} for i in range(3)]
    lines.write_bytes(gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()))
    items = list(iter_inputs([path, lines], settings))
    assert _ids(items) == ["story", "j0", "j1", "j2"]
    assert items[0].title == "مقال مضغوط"
    assert [i.origin for i in items[1:]] == [f"{lines}:{n}" for n in (1, 2, 3)]


@pytest.mark.parametrize(("mode", "suffix", "compression"), [
    ("w:gz", "corpus.tar.gz", "gz"), ("w:gz", "corpus.tgz", "gz"), ("w", "corpus.tar", ""),
    ("w:bz2", "corpus.tar.bz2", "bz2"), ("w:gz", "no_extension", "gz"),
])
def test_iter_inputs_streams_tar_archives_of_several_formats(tmp_path, settings, mode, suffix, compression):
    members = [
        ("SkyNews/middleEast/SK-1.txt", TREC.format(id="SK-1", text=ARABIC_NEWS).encode()),
        ("pages/story.html", f"<html><body><article><p>{ARABIC_NEWS}</p></article></body></html>".encode()),
        ("lines/b.jsonl", json.dumps({"id": "j1", "text": ARABIC_NEWS}, ensure_ascii=False).encode()),
        ("plain/seed.txt", _story().encode("cp1256")),
        ("__MACOSX/._seed.txt", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X"),
        ("empty.txt", b""),
    ]
    path = _tar(tmp_path / suffix, members, mode)
    assert archive_compression(path) == compression
    items = list(iter_inputs([path], settings))
    assert _ids(items) == ["SK-1", "story", "j1", "seed", "!E101"]
    assert items[0].origin == f"{path}::SkyNews/middleEast/SK-1.txt"
    assert items[0].source == "Sky News Arabia" and items[0].format == "trec"
    assert items[2].origin == f"{path}::lines/b.jsonl:1"
    assert ("encoding", "windows-1256") in items[3].meta
    assert items[4].input == f"{path}::empty.txt"


def test_iter_inputs_truncated_tar_gz_keeps_earlier_members(tmp_path, settings):
    members = [(f"m{i}.txt", _noise_text(i).encode()) for i in range(4)]
    full = _tar(tmp_path / "full.tar.gz", members).read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(full[: len(full) * 2 // 3])
    after = tmp_path / "after.txt"
    after.write_text(_story(), encoding="utf-8")
    items = list(iter_inputs([cut, after], settings))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    assert [a.id for a in articles][:2] == ["m0", "m1"] and articles[-1].id == "after"
    assert len(articles) < 5
    assert len(errors) == 1 and errors[0].input == str(cut) and errors[0].code == "E105"
    assert "truncated or corrupt" in errors[0].message


def test_iter_inputs_truncated_plain_tar_is_one_error(tmp_path, settings):
    full = _tar(tmp_path / "full.tar", [("a.txt", _story().encode()), ("b.txt", _noise_text(1).encode())], "w")
    cut = tmp_path / "cut.tar"
    cut.write_bytes(full.read_bytes()[:3000])
    items = list(iter_inputs([cut], settings))
    assert _ids(items) == ["a", "!E105"]


def test_iter_inputs_truncated_gzip_document_is_an_error(tmp_path, settings):
    data = gzip.compress(_noise_text(3).encode())
    path = tmp_path / "story.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    [error] = iter_inputs([path], settings)
    assert error.code == "E105" and "gzip" in error.message and error.input == str(path)


def test_iter_inputs_rejects_a_50mb_file_without_reading_it(tmp_path, settings, monkeypatch):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(b"\xd8\xae\xd8\xa8\xd8\xb1 " * 10)
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: no 50 MB write
    small = tmp_path / "small.txt"
    small.write_text(_story(), encoding="utf-8")
    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    items = list(iter_inputs([huge, small], settings))  # default limit is 20 MB
    assert items[0].code == "E104" and items[0].input == str(huge)
    assert "52,428,801 bytes" in items[0].message
    assert items[1].id == "small"
    assert read == ["small.txt"]


def test_iter_inputs_checks_member_size_before_reading(tmp_path, settings, monkeypatch):
    path = _tar(tmp_path / "c.tar.gz", [("big.txt", ARABIC_NEWS.encode() * 20), ("ok.txt", _story().encode())])
    extracted = []
    original = tarfile.TarFile.extractfile
    monkeypatch.setattr(tarfile.TarFile, "extractfile",
                        lambda self, member: extracted.append(member.name) or original(self, member))
    items = list(iter_inputs([path], settings.with_(max_document_bytes=2000)))
    assert _ids(items) == ["!E104", "ok"]
    assert items[0].input == f"{path}::big.txt"
    assert extracted == ["ok.txt"]


def test_iter_inputs_reads_stdin(settings, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_story("من المدخل").encode())))
    [article] = iter_inputs(["-"], settings)
    assert article.title == "من المدخل" and article.origin == "-"


def test_iter_inputs_unsupported_file_in_a_batch(tmp_path, settings):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00")
    (tmp_path / "c.txt").write_text(_story(), encoding="utf-8")
    items = list(iter_inputs([tmp_path], settings))
    assert _ids(items) == ["!E106", "!E106", "c"]
    assert all(i.error == "UnsupportedFormatError" for i in items[:2])


def test_iter_inputs_is_deterministic(tmp_path, settings):
    for name in ("b.txt", "a.txt", "c.jsonl"):
        (tmp_path / name).write_text(_story() if name.endswith("txt") else
                                     json.dumps({"text": ARABIC_NEWS}, ensure_ascii=False), encoding="utf-8")
    first, second = (list(iter_inputs([tmp_path], settings)) for _ in range(2))
    assert first == second


@pytest.mark.skipif(not ANT.exists(), reason=f"ANT corpus not present at {ANT} (only on the shared data volume)")
def test_iter_inputs_reads_real_ant_documents(settings):
    items = []
    for item in iter_inputs([ANT], settings):
        items.append(item)
        if len(items) == 3:
            break
    assert all(isinstance(i, Article) for i in items)
    for article in items:
        assert article.format == "trec" and article.language == "ar"
        assert article.origin.startswith(f"{ANT}::Alarabia/")
        assert article.id == Path(article.origin.split("::")[1]).stem
        assert article.source == "Al Arabiya"
        assert article.published is not None and article.published.utcoffset() is not None
        assert article.title and article.text.startswith(article.title)


def test_walk_skips_corpus_packaging_files_but_reads_them_when_named(tmp_path, settings):
    (tmp_path / "README.md").write_text("# About this corpus\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Apache License\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(_story(), encoding="utf-8")
    items = list(iter_inputs([tmp_path], settings))
    assert [i.id for i in items] == ["a"]
    named = list(iter_inputs([tmp_path / "README.md"], settings))
    assert len(named) == 1
