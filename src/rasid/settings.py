"""One settings object: defaults, then a TOML config file, then ``RASID_*`` environment variables.

Every setting is declared once in ``SETTINGS`` with its default and help text, so the CLI, the docs test
and the config loader all read the same table.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from rasid.errors import ConfigError

# "tokens" (clitic-segmented tokens) is registered but off by default: no later stage reads it and the store
# does not keep it, so it only cost time (about 10% of a document's). Add it to ``pipeline`` to get it.
DEFAULT_PIPELINE = (
    "topic", "sentences", "places", "mentions", "times", "events", "event_model", "event_dates", "event_places",
    "dedupe",
)


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("pipeline", DEFAULT_PIPELINE, "Stage names, in the order they run."),
    Setting("db", "rasid.db", "Path of the SQLite store."),
    Setting("max_document_bytes", 20_000_000, "Inputs larger than this are rejected with an error record."),
    Setting("max_sentence_chars", 2_000, "Longer sentences are split at commas for event coding."),
    Setting("max_sentence_words", 600,
            "A document with a sentence longer than this many words is not coded (error E110): no news sentence is "
            "that long, and run-on text would only cost time."),
    Setting("document_cpu_seconds", 10.0,
            "CPU seconds one document may take; the stages after the one that crosses it do not run and the "
            "document gets error E110 (0 turns the budget off)."),
    Setting("min_arabic_ratio", 0.3, "Share of letters that must be Arabic for a document to count as Arabic."),
    Setting("skip_non_arabic", True, "Record non-Arabic documents as errors instead of coding them."),
    Setting("timezone", "UTC", "Time zone assumed for publication dates that carry none."),
    Setting("default_source", "", "Outlet name used when an input names none."),
    Setting("progress", True, "Show progress bars on long work."),
    Setting("batch_size", 200, "Articles written to the store per transaction."),
    Setting("event_model", True,
            "Run the learned event layer: vet the lexicon coder's events and add the roots it missed."),
    Setting("event_ranker", False,
            "Let the event model's ranker decide which candidate events stand instead of its thresholds (version "
            "11: better on the hand-coded pool and dev, below the seed floor; docs/events.md)."),
    Setting("ner", True, "Run the statistical name recogniser for names the actor knowledge base lacks."),
    Setting("merge_window_days", 3, "Reports of one event may be this many days apart and still be merged."),
    Setting("near_duplicate_threshold", 0.8,
            "MinHash Jaccard estimate at or above which an article is recorded as a near-duplicate of an earlier one."),
    Setting("near_duplicate_window_days", 7, "A copy is looked for among articles published this many days around it."),
    Setting("story_window_days", 2.0,
            "An article joins a story only through articles published up to this many days before."),
    Setting("story_threshold", 0.3, "The least story score (text, actors, events) for an article to join a story."),
    Setting("min_confidence", 0.0, "Events below this confidence are dropped."),
    Setting("engine", "local", "Where ingest runs: local or dask."),
    Setting("workers", 0,
            "Worker processes for engine = local (1 runs in this process; 0, the default, uses every CPU this "
            "process may run on). An ingest starts at most one worker per partition of 100 articles."),
    Setting("scheduler", "", "Dask scheduler address for engine=dask."),
    Setting("skip_topics", ("sport",),
            "Topics (politics, sport, economy, culture, technology) whose articles get no events coded; their "
            "text, actors, dates and places are still read and stored."),
    Setting("topic_threshold", 0.98, "Least topic-model probability for skip_topics to apply to an article."),
    Setting("corpus_pass_every", 0,
            "Merged partitions of 100 articles between runs of the near-duplicate and story passes during an "
            "ingest (0: only once, at the end, in publication order; cheapest for archives not in date order)."),
    Setting("memo_limit", 200_000,
            "Word forms each per-process analysis memo holds before it is cleared (bounds memory in long runs)."),
    Setting("allowed_hosts", (),
            "Host names 'rasid serve' answers besides 127.0.0.1, localhost, [::1] and its --host; any other Host "
            "header gets a 400 (a guard against DNS rebinding; on a non-loopback --host, setting it turns the "
            "check on)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    pipeline: tuple[str, ...] = DEFAULT_PIPELINE
    db: str = "rasid.db"
    max_document_bytes: int = 20_000_000
    max_sentence_chars: int = 2_000
    max_sentence_words: int = 600
    document_cpu_seconds: float = 10.0
    min_arabic_ratio: float = 0.3
    skip_non_arabic: bool = True
    timezone: str = "UTC"
    default_source: str = ""
    progress: bool = True
    batch_size: int = 200
    event_model: bool = True
    event_ranker: bool = False
    ner: bool = True
    merge_window_days: int = 3
    near_duplicate_threshold: float = 0.8
    near_duplicate_window_days: int = 7
    story_window_days: float = 2.0
    story_threshold: float = 0.3
    min_confidence: float = 0.0
    engine: str = "local"
    workers: int = 0
    scheduler: str = ""
    skip_topics: tuple[str, ...] = ("sport",)
    topic_threshold: float = 0.98
    corpus_pass_every: int = 0
    memo_limit: int = 200_000
    allowed_hosts: tuple[str, ...] = ()

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: _coerce(k, v) for k, v in changes.items()})

    @property
    def worker_count(self) -> int:
        """``workers``, with 0 read as every CPU this process may use."""
        return self.workers if self.workers > 0 else usable_cpus()


def usable_cpus() -> int:
    """CPUs this process may run on: its affinity mask where the OS has one (a container or taskset limits
    it), else the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def _coerce(name: str, value: Any) -> Any:
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}; known settings: {', '.join(sorted(_BY_NAME))}")
    default = _BY_NAME[name].default
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(value)
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r} expects {type(default).__name__}, got {value!r}") from exc


def load_settings(config: str | Path | None = None, env: Mapping[str, str] | None = None,
                  **overrides: Any) -> Settings:
    """Defaults, then the config file (``[rasid]`` table or top level), then RASID_* vars, then overrides."""
    settings = Settings()
    if config is not None:
        settings = settings.with_(**_read_config(Path(config)))
    env = os.environ if env is None else env
    from_env = {k[6:].lower(): v for k, v in env.items() if k.startswith("RASID_")}
    settings = settings.with_(**{k: v for k, v in from_env.items() if k in _BY_NAME})
    return settings.with_(**{k: v for k, v in overrides.items() if v is not None})


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    return dict(data.get("rasid", data))


def settings_names() -> list[str]:
    return [f.name for f in fields(Settings)]
