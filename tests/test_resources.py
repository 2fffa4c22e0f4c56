"""Every bundled data file is in its area's manifest, with a source, a licence and the right checksum."""

from pathlib import Path

import pytest

from rasid.errors import DataFileError
from rasid.resources import data_path, file_checksum, manifest, read_tsv

DATA = Path(data_path("__init__.py")).parent
DATA_FILES = sorted(str(p.relative_to(DATA)) for p in DATA.glob("*/*")
                    if p.is_file() and p.name != "MANIFEST.json" and not p.name.endswith((".py", ".pyc")))


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_is_in_manifest_with_checksum(name):
    entry = manifest()["files"].get(name)
    assert entry, f"{name} is not listed in data/{name.split('/')[0]}/MANIFEST.json"
    assert entry.get("source") and (entry.get("licence") or entry.get("license"))
    assert entry.get("sha256") == file_checksum(DATA / name), f"{name} changed; update its manifest checksum"


def test_read_tsv_names_file_and_line_on_empty_required_field(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("code\tname\nLBY\tليبيا\nTUR\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"x.tsv.*line 3: empty 'name'"):
        list(read_tsv(path, ["code", "name"], required=["name"]))


def test_read_tsv_reports_missing_columns(tmp_path):
    path = tmp_path / "y.tsv"
    path.write_text("code\nLBY\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="missing column"):
        list(read_tsv(path, ["code", "name"]))


def test_read_tsv_line_numbers_count_comments(tmp_path):
    path = tmp_path / "z.tsv"
    path.write_text("# a comment\ncode\tname\n\n# another\nLBY\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 5"):
        list(read_tsv(path, ["code"], required=["name"]))
