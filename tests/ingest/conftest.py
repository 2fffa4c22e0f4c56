"""Shared fixtures for ingest tests: default settings and a loaded ingest environment."""

import pytest

from rasid.ingest.common import ingest_env
from rasid.settings import Settings


@pytest.fixture
def settings():
    return Settings()


@pytest.fixture
def env(settings):
    return ingest_env(settings)
