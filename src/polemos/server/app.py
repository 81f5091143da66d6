"""The FastAPI application of `polemos serve`: the map page, its static files, the /api
routes and the OpenAPI docs, all served from the package (nothing from the internet).

``create_app(store_url, config)`` opens the store once and closes it at shutdown; the
middlewares add security headers, check the Host header, cap request bodies, and allow
cross-origin calls only from the origins the configuration names.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from polemos.errors import InputError, ModelError, PolemosError, StoreError
from polemos.server.api import make_router
from polemos.server.config import ServerConfig
from polemos.server.security import SecurityHeadersMiddleware
from polemos.store import Store

STATIC_DIR = Path(__file__).resolve().parent / "static"


def _version() -> str:
    try:
        return version("polemos")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


def create_app(store_url: str | None = None, config: ServerConfig | None = None) -> FastAPI:
    """The web app on the store at ``store_url`` (a path or URL; None: the default store)."""
    config = config or ServerConfig()
    store = Store(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(title="polemos", version=_version(), lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  max_body_size=config.max_body_bytes,
                  description="ACLED-style events extracted from news, with evidence. "
                              "The map is at /; write endpoints need a bearer token.")
    app.state.store = store
    app.state.config = config
    app.include_router(make_router(store, config))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI from the bundled files (FastAPI's default page loads it from a CDN)."""
        return FileResponse(STATIC_DIR / "docs.html", media_type="text/html")

    @app.exception_handler(InputError)
    async def _input_error(_req: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(ModelError)
    async def _model_error(_req: Request, exc: ModelError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(StoreError)
    async def _store_error(_req: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(PolemosError)
    async def _polemos_error(_req: Request, exc: PolemosError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    # Outermost last: headers on every answer, then the Host check. FastAPI's own
    # max_body_size answers 413 to a body over the limit, declared or streamed.
    if config.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    if config.allowed_hosts != ("*",):
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(config.allowed_hosts))
    app.add_middleware(SecurityHeadersMiddleware, tiles=config.tiles)
    return app


@contextmanager
def serve_in_background(app: FastAPI, host: str = "127.0.0.1", port: int = 0,
                        timeout: float = 20.0) -> Iterator[str]:
    """Run ``app`` in uvicorn on a thread (port 0: a free one) and yield its base URL;
    stops it on exit. For notebooks, embedding and tests."""
    import uvicorn

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise PolemosError(f"the server on {host}:{port} did not start within {timeout} s")
        time.sleep(0.02)
    bound = sock.getsockname()[1]
    try:
        yield f"http://{host}:{bound}" if ":" not in host else f"http://[{host}]:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()


__all__ = ["STATIC_DIR", "create_app", "serve_in_background"]
