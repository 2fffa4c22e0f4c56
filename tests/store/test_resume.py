"""kill -9 in the middle of an ingest loses at most the open batch; a rerun adds the rest, once."""

import signal
import subprocess
import sys

import pytest

from rasid.store import Store

WRITER = """
import os, signal, sys
from rasid.records import Article, Document
from rasid.store import Store

path, total, kill_at, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

def documents():
    for i in range(total):
        if i == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        yield Document(Article(id=f"doc{i:03d}", text=f"خبر رقم {i} عن اشتباكات في طرابلس"))

with Store.open(path) as store:
    print(store.add_documents(documents(), batch_size=batch))
"""


def _run_writer(db_path, total, kill_at, batch):
    args = [sys.executable, "-c", WRITER, str(db_path), str(total), str(kill_at), str(batch)]
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_store_add_documents_survives_kill_and_resumes(db_path):
    killed = _run_writer(db_path, total=10, kill_at=7, batch=3)
    assert killed.returncode == -signal.SIGKILL
    with Store.open(db_path, readonly=True) as reader:
        assert reader.counts()["articles"] == 6  # two committed batches; the open one is lost
    resumed = _run_writer(db_path, total=10, kill_at=-1, batch=3)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.strip() == "4"
    with Store.open(db_path, readonly=True) as reader:
        ids = [a["id"] for a in reader.articles()]
        assert ids == [f"doc{i:03d}" for i in range(10)]
        assert len(reader.search("اشتباكات")) == 10
