"""HTML rendering: one Jinja2 environment with autoescaping always on, and the values every page needs."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, quote_from_bytes, urlencode

from fastapi import Request
from jinja2 import Environment, PackageLoader, StrictUndefined

from rasid.web.i18n import choose_language

SAFE_SCHEMES = ("http://", "https://")


def template_environment() -> Environment:
    """Autoescape is on for every template (article text and names are untrusted input)."""
    env = Environment(loader=PackageLoader("rasid.web", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["url"] = url
    env.globals["item_url"] = item_url
    env.filters["safe_href"] = safe_href
    return env


def url(path: str, **params: Any) -> str:
    """``path`` with the non-empty ``params`` as a query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}?{urlencode(kept)}" if kept else path


def item_url(prefix: str, item_id: object, **params: Any) -> str:
    """``prefix/<id>``, the id percent-encoded as one segment: an id may hold /, ?, #, a newline or ``../``."""
    return url(f"{prefix}/{quote(str(item_id), safe='')}", **params)


def site_path(raw_path: bytes) -> str:
    """A request's path as a link that stays on this site: encoded, and never ``//host`` or ``/\\host``
    (which a browser reads as another site)."""
    return "/" + quote_from_bytes(raw_path, safe="/%").lstrip("/")


def switch_url(request: Request, lang: str) -> str:
    """This page in the other language: its own path and query with ``lang`` set, built from the path only."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", lang)]
    raw = request.scope.get("raw_path") or request.url.path.encode()
    return f"{site_path(raw)}?{urlencode(params)}"


def safe_href(value: str | None) -> str:
    """A link target only for http(s) URLs; anything else (javascript:, data:) becomes no link."""
    value = (value or "").strip()
    return value if value.lower().startswith(SAFE_SCHEMES) else ""


def page_language(request: Request) -> str:
    return choose_language(request.query_params.get("lang"), request.cookies.get("rasid_lang"))


def render_page(request: Request, template: str, data: dict[str, Any]) -> str:
    strings = request.app.state.strings[page_language(request)]
    values = {"t": strings, "path": request.url.path, "switch_url": switch_url(request, strings.other), **data}
    return request.app.state.templates.get_template(template).render(values)
