"""HTML rendering: one Jinja2 environment with autoescaping always on, and the values every page needs."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from jinja2 import Environment, PackageLoader, StrictUndefined

from rasid.web.i18n import choose_language

SAFE_SCHEMES = ("http://", "https://")


def template_environment() -> Environment:
    """Autoescape is on for every template (article text and names are untrusted input)."""
    env = Environment(loader=PackageLoader("rasid.web", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["url"] = url
    env.filters["safe_href"] = safe_href
    return env


def url(path: str, **params: Any) -> str:
    """``path`` with the non-empty ``params`` as a query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def safe_href(value: str | None) -> str:
    """A link target only for http(s) URLs; anything else (javascript:, data:) becomes no link."""
    value = (value or "").strip()
    return value if value.lower().startswith(SAFE_SCHEMES) else ""


def page_language(request: Request) -> str:
    return choose_language(request.query_params.get("lang"), request.cookies.get("rasid_lang"))


def render_page(request: Request, template: str, data: dict[str, Any]) -> str:
    strings = request.app.state.strings[page_language(request)]
    switch = str(request.url.include_query_params(lang=strings.other))
    values = {"t": strings, "path": request.url.path, "switch_url": switch[len(str(request.base_url)) - 1:], **data}
    return request.app.state.templates.get_template(template).render(values)
