"""Fixtures shared across test packages."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def script():
    """scripts/train_event_model.py as a module (the scripts directory is not a package)."""
    spec = importlib.util.spec_from_file_location("train_event_model", ROOT / "scripts" / "train_event_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
