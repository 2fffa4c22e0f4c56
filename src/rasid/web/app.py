"""The FastAPI application: read-only JSON API under /api, HTML pages at /, static assets at /static.

Every route opens the store read-only for the length of the request (SQLite connections are cheap and must
stay in the thread that made them), calls a function of ``rasid.web.data`` and renders its result.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasid.actors.kb import load_knowledge_base
from rasid.errors import StoreError
from rasid.web.api import router as api_router
from rasid.web.cache import ViewCache
from rasid.web.data import Context
from rasid.web.errors import WebError
from rasid.web.i18n import choose_language, load_strings
from rasid.web.pages import router as pages_router
from rasid.web.render import render_page, template_environment

log = logging.getLogger(__name__)

# No inline script or style anywhere: every script and stylesheet is a file under /static.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                           "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
LANG_COOKIE = "rasid_lang"


def create_app(db: str | Path) -> FastAPI:
    """The app over the store at ``db`` (opened read-only per request; it must exist)."""
    if not Path(db).is_file():
        raise StoreError("no store here; create one with 'rasid ingest PATHS --db FILE'", source=str(db))
    app = FastAPI(title="rasid", description="Read-only API over a rasid store: events, articles with their "
                  "evidence, actors, the alliance network, timelines and exports.", version=_version(),
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.db = str(db)
    app.state.cache = ViewCache(db)
    app.state.context = Context(kb_roles=load_knowledge_base().roles)
    app.state.strings = load_strings()
    app.state.templates = template_environment()
    app.middleware("http")(security_headers)
    app.add_exception_handler(WebError, web_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=str(resources.files("rasid.web").joinpath("static"))),
              name="static")
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rasid")
    except PackageNotFoundError:
        return "0"


async def security_headers(request: Request, call_next: Any) -> Any:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, code: str, message: str) -> Any:
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)
    strings = request.app.state.strings[choose_language(request.query_params.get("lang"),
                                                        request.cookies.get(LANG_COOKIE))]
    title = strings["not_found"] if status == 404 else strings["bad_request"]
    html = render_page(request, "error.html", {"status": status, "message": message, "title": title})
    return HTMLResponse(html, status_code=status)


async def web_error(request: Request, exc: Exception) -> Any:
    assert isinstance(exc, WebError)
    return error_response(request, exc.status, exc.code, exc.message)


async def validation_error(request: Request, exc: Exception) -> Any:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}"
                         + (f" (got {e['input']!r})" if "input" in e and e["input"] is not None else "")
                         for e in exc.errors())
    return error_response(request, 422, "E422", problems)


async def http_error(request: Request, exc: Exception) -> Any:
    assert isinstance(exc, StarletteHTTPException)
    message = "no such page or route" if exc.status_code == 404 else str(exc.detail)
    return error_response(request, exc.status_code, f"E{exc.status_code}", message)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db)
    log.info("serving %s on http://%s:%d/", db, host, port)
    uvicorn.run(app, host=host, port=port, log_level="warning")
