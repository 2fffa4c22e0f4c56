"""The package's Python API: what ``import rasid`` offers stays what it is, whatever runs first."""

import rasid
from rasid.settings import Settings


def test_ingest_stays_the_function_after_extract_loads_the_ingest_package(tmp_path):
    settings = Settings(progress=False)
    (tmp_path / "a.txt").write_text("استقبل الرئيس التونسي وزير الخارجية الفرنسي في قصر قرطاج.", encoding="utf-8")
    list(rasid.extract([tmp_path / "a.txt"], settings))
    assert callable(rasid.ingest)
    report = rasid.ingest([tmp_path / "a.txt"], tmp_path / "r.db", settings)
    assert report.added == 1
