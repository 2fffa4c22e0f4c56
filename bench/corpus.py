"""The ANT news articles a bench may read: every one except the held-out ones.

The held-out set (the articles listed in /work/shared/eval/reserved.txt, the eval/ant articles and the
eval/corpus articles) is defined once, in scripts/held_out.py, which is loaded here by path. Benches skip
those articles by DOCNO: ``kept`` filters the items of ``rasid.ingest.iter_inputs`` (an Article's id is its
DOCNO), ``held_out_member`` tells which tar members to leave unread (a member's file name is its DOCNO).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from rasid.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
T = TypeVar("T")


@cache
def _held_out_module() -> ModuleType:
    path = ROOT / "scripts" / "held_out.py"
    spec = importlib.util.spec_from_file_location("rasid_scripts_held_out", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def held_out(shared: Path = SHARED_DATA) -> frozenset[str]:
    """DOCNOs of the held-out articles (``shared`` is the /work/shared/data folder)."""
    return _held_out_module().held_out_docnos(shared)


def held_out_member(name: str, shared: Path = SHARED_DATA) -> bool:
    """Whether the archive member ``name`` is a held-out article (and so must not be read)."""
    return _held_out_module().member_docno(name) in held_out(shared)


def kept(items: Iterable[T], shared: Path = SHARED_DATA) -> Iterator[T]:
    """``items`` (from ``iter_inputs``) without the held-out articles; error records pass through."""
    skip = held_out(shared)
    return (item for item in items if not (isinstance(item, Article) and item.id in skip))
