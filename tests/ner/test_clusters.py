import pytest

from rasid.errors import DataFileError
from rasid.ner.clusters import cluster_key, load_clusters
from rasid.text.normalize import normalize


@pytest.fixture(scope="module")
def clusters():
    return load_clusters()


@pytest.mark.parametrize(("word", "key"), [
    ("والسراج", "سراج"), ("السراج", "سراج"), ("لحكومة", "حكومه"), ("وزيره", "وزير"), ("2019", "0000"),
    ("وليد", "وليد"),  # a name that only looks like و + stem stays whole
])
def test_cluster_key_strips_clitics_and_folds_digits(resources, word, key):
    _, _, stems = resources
    assert cluster_key(word, normalize(word).text, stems) == key


@pytest.mark.parametrize(("same", "other"), [
    (("ترامب", "ماكرون", "بوتين"), "طرابلس"),  # leaders' surnames together, a city apart
    (("بيروت", "جنيف", "اسطنبول"), "حكومه"),
])
def test_shipped_clusters_group_words_used_alike(clusters, same, other):
    mid = {clusters.of(w)[1] for w in same}
    assert len(mid) == 1 and clusters.of(other)[1] not in mid


def test_shipped_clusters_have_three_granularities(clusters):
    assert clusters.sizes == ("c64", "c256", "c1024") and len(clusters.table) > 30_000
    assert clusters.of("لا-يوجد-هذا") is None


def test_load_clusters_rejects_a_bad_header(tmp_path, monkeypatch):
    bad = tmp_path / "clusters.tsv"
    bad.write_text("word\tc64\nبيروت\t3\n", encoding="utf-8")
    monkeypatch.setattr("rasid.ner.clusters.data_path", lambda name: bad)
    with pytest.raises(DataFileError, match="header"):
        load_clusters()


def test_shipped_vectors_align_with_the_cluster_rows(clusters):
    assert clusters.vectors is not None and clusters.vectors.shape[0] == len(clusters.rows) == len(clusters.table)
    near, far = clusters.vector("ترامب"), clusters.vector("طرابلس")
    other = clusters.vector("ماكرون")
    assert float(near @ other) > float(near @ far)


def test_load_clusters_rejects_vectors_of_another_length(tmp_path, monkeypatch):
    import numpy as np

    table = tmp_path / "clusters.tsv"
    table.write_text("key\tc64\nبيروت\t3\nدمشق\t3\n", encoding="utf-8")
    vectors = tmp_path / "vectors.npy"
    np.save(vectors, np.zeros((3, 4), dtype=np.float16))
    monkeypatch.setattr("rasid.ner.clusters.data_path", lambda name: vectors if name.endswith(".npy") else table)
    with pytest.raises(DataFileError, match="2 rows"):
        load_clusters()
