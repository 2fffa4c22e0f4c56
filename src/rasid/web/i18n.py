"""Interface language: Arabic (right to left, the default) or English, with strings from strings.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rasid.errors import DataFileError

LANGUAGES = ("ar", "en")


@dataclass(frozen=True, slots=True)
class Strings:
    lang: str
    text: dict[str, str]
    roots: dict[str, str]
    quad_classes: dict[str, str]

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def other(self) -> str:
        return "en" if self.lang == "ar" else "ar"

    def __getitem__(self, key: str) -> str:
        return self.text.get(key, key)

    def root(self, root: str | None) -> str:
        return self.roots.get(str(root or ""), str(root or ""))

    def topic(self, topic: str) -> str:
        """The interface name of an article topic (politics -> سياسة); the topic itself when unnamed."""
        return self.text.get(f"topic_{topic}", topic)

    def quad(self, quad: int | str | None) -> str:
        return self.quad_classes.get(str(quad or ""), "")


def load_strings() -> dict[str, Strings]:
    """Both languages, checked: every key present in one language must be in the other."""
    raw: dict[str, Any] = json.loads(resources.files("rasid.web").joinpath("strings.json").read_text("utf-8"))
    missing = set(raw["ar"]) ^ set(raw["en"])
    if missing:
        raise DataFileError(f"strings missing in one language: {', '.join(sorted(missing))}", source="strings.json")
    return {lang: Strings(lang, raw[lang], {k: v[i] for k, v in raw["roots"].items()},
                          {k: v[i] for k, v in raw["quad_classes"].items()}) for i, lang in enumerate(LANGUAGES)}


def sector_names() -> dict[str, tuple[str, str]]:
    """CAMEO sector code -> (English, Arabic) name, for naming network nodes such as LBYGOV."""
    raw: dict[str, Any] = json.loads(resources.files("rasid.web").joinpath("strings.json").read_text("utf-8"))
    return {code: (names[1], names[0]) for code, names in raw["sectors"].items()}


def choose_language(query: str | None, cookie: str | None) -> str:
    for value in (query, cookie):
        if value in LANGUAGES:
            return value
    return "ar"
