"""The FastAPI application: read-only JSON API under /api, HTML pages at /, static assets at /static.

Every route opens the store read-only for the length of the request (SQLite connections are cheap and must
stay in the thread that made them), calls a view of ``rasid.service`` and renders its result.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasid.errors import StoreError
from rasid.service.errors import QueryError
from rasid.service.network import load_context
from rasid.web.api import router as api_router
from rasid.web.cache import ViewCache
from rasid.web.hosts import host_allowed, host_name, trusted_hosts
from rasid.web.i18n import choose_language, load_strings, sector_names
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
APP_ENVIRONMENT = "RASID_WEB_APP"  # how ``serve`` hands the store and hosts to uvicorn's worker processes


def create_app(db: str | Path, allowed_hosts: frozenset[str] | None = None) -> FastAPI:
    """The app over the store at ``db`` (opened read-only per request; it must exist).

    With ``allowed_hosts``, a request whose Host header names another host gets a 400 (see ``rasid.web.hosts``).
    """
    if not Path(db).is_file():
        raise StoreError("no store here; create one with 'rasid ingest PATHS --db FILE'", source=str(db))
    app = FastAPI(title="rasid", description="Read-only API over a rasid store: events, articles with their "
                  "evidence, actors, the alliance network, timelines and exports.", version=_version(),
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.db = str(db)
    app.state.allowed_hosts = allowed_hosts
    app.state.cache = ViewCache(db)
    app.state.context = load_context(sector_names())
    app.state.strings = load_strings()
    app.state.templates = template_environment()
    app.middleware("http")(guard)
    app.add_exception_handler(QueryError, query_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)  # the last resort, outside every middleware
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


async def guard(request: Request, call_next: Any) -> Response:
    """Every response passes here: foreign Host headers are refused, anything unexpected becomes a JSON 500,
    and the security headers are added."""
    if not host_allowed(request.headers.get("host"), request.app.state.allowed_hosts):
        response = foreign_host(request)
    else:
        try:
            response = await call_next(request)
        except Exception:  # the catch-all: logged with its traceback, which never reaches the client
            log.exception("unexpected error answering %s %s", request.method, request.url.path)
            response = internal_error()
    return with_security_headers(response)


def with_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def json_error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)


def internal_error() -> JSONResponse:
    return json_error(500, "E500", "internal error: the request could not be answered; the server log has the details")


def foreign_host(request: Request) -> JSONResponse:
    allowed = ", ".join(sorted(request.app.state.allowed_hosts))
    return json_error(400, "E400", f"this server answers only for the hosts {allowed}, not for "
                                   f"{host_name(request.headers.get('host')) or 'a missing or unreadable Host'!r}; "
                                   "add a name to the allowed_hosts setting to serve it")


async def unexpected_error(request: Request, exc: Exception) -> Response:
    log.error("unexpected error answering %s %s", request.method, request.url.path, exc_info=exc)
    return with_security_headers(internal_error())


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, code: str, message: str) -> Any:
    if wants_json(request):
        return json_error(status, code, message)
    strings = request.app.state.strings[choose_language(request.query_params.get("lang"),
                                                        request.cookies.get(LANG_COOKIE))]
    title = strings["not_found"] if status == 404 else strings["bad_request"]
    html = render_page(request, "error.html", {"status": status, "message": message, "title": title})
    return HTMLResponse(html, status_code=status)


async def query_error(request: Request, exc: Exception) -> Any:
    assert isinstance(exc, QueryError)
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


def app_from_environment() -> FastAPI:
    """The app as a uvicorn worker process builds it: ``--workers N`` needs an import string, not an app."""
    config = json.loads(os.environ[APP_ENVIRONMENT])
    hosts = config["allowed_hosts"]
    return create_app(config["db"], None if hosts is None else frozenset(hosts))


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          allowed_hosts: Iterable[str] = ()) -> None:
    """Run the app with uvicorn, in ``workers`` processes, until interrupted."""
    import uvicorn

    if not Path(db).is_file():
        raise StoreError("no store here; create one with 'rasid ingest PATHS --db FILE'", source=str(db))
    hosts = trusted_hosts(host, allowed_hosts)
    os.environ[APP_ENVIRONMENT] = json.dumps({"db": str(Path(db).resolve()),
                                              "allowed_hosts": None if hosts is None else sorted(hosts)})
    log.info("serving %s on http://%s:%d/ with %d worker(s)", db, host, port, workers)
    uvicorn.run(f"{__name__}:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning")
