"""The protocol's one error shape, for every failure the server can produce.

Clients parse `{"error": {"code", "message", "field"}}` and nothing else, so FastAPI's
own answers (validation errors, unknown routes, wrong methods) and unexpected exceptions
are rewritten into it too. A refusal may carry more keys beside "error" (a chain gap's
`expected_seq`); they are copied into the error object as well, so a client finds them
whichever of the two it reads.
"""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("backoffice")

_STATUS_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
    500: "internal_error",
    503: "service_unavailable",
}


class ApiError(Exception):
    """A refusal with its HTTP status; raised anywhere below a route."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 headers: dict[str, str] | None = None, extra: dict | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = headers
        self.extra = extra or {}

    def body(self) -> dict:
        return error_body(self.code, self.message, self.field, self.extra)


# Messages and fields may quote what a client sent: control characters would reach an
# operator's terminal or log, and a lone surrogate cannot be encoded as UTF-8 at all
# (the error answer itself would become a 500).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MAX_FIELD = 200
_MAX_MESSAGE = 1000


def clean(text: str, limit: int = _MAX_MESSAGE) -> str:
    text = _UNSAFE.sub("\ufffd", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def error_body(code: str, message: str, field: str | None = None,
               extra: dict | None = None) -> dict:
    error = {"code": code, "message": clean(message, _MAX_MESSAGE),
             "field": None if field is None else clean(field, _MAX_FIELD)}
    extra = extra or {}
    return {"error": {**error, **extra}, **extra}


def bad_request(message: str, field: str | None = None) -> ApiError:
    return ApiError(400, "invalid_request", message, field)


def forbidden(message: str, field: str | None = None) -> ApiError:
    return ApiError(403, "forbidden", message, field)


def _response(status: int, code: str, message: str, field: str | None = None,
              headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, field), status_code=status, headers=headers)


def _field_from_loc(loc: tuple) -> str | None:
    parts = list(loc[1:]) if loc and loc[0] in {"body", "query", "path", "header"} else list(loc)
    text = ""
    for p in parts:
        text += f"[{p}]" if isinstance(p, int) else (f".{p}" if text else str(p))
    return text or None


def _unavailable() -> JSONResponse:
    return _response(503, "service_unavailable", "The server is busy; retry later.",
                     headers={"Retry-After": "1"})


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        if first.get("type") == "json_invalid":
            return _response(400, "invalid_request", "The body is not valid JSON.")
        return _response(400, "invalid_request", first.get("msg", "Invalid request."),
                         _field_from_loc(tuple(first.get("loc", ()))))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "HTTP error."
        if exc.status_code == 404:
            message = "No such endpoint."
        return _response(exc.status_code, code, message, None, getattr(exc, "headers", None))

    @app.exception_handler(sa_exc.OperationalError)
    async def _busy(_: Request, exc: sa_exc.OperationalError) -> JSONResponse:
        # A lock held past the timeout, a deadlock the server broke, a connection the
        # database dropped: all transient. The client retries the same entries, which is
        # safe because a replayed entry is skipped.
        log.warning("database unavailable: %s", str(exc.orig)[:500])
        return _unavailable()

    @app.exception_handler(sa_exc.TimeoutError)
    async def _pool_exhausted(_: Request, exc: sa_exc.TimeoutError) -> JSONResponse:
        log.warning("no database connection free: %s", exc)
        return _unavailable()

    @app.exception_handler(sa_exc.DBAPIError)
    async def _db_error(_: Request, exc: sa_exc.DBAPIError) -> JSONResponse:
        if exc.connection_invalidated:
            log.warning("database connection lost: %s", str(exc.orig)[:500])
            return _unavailable()
        log.exception("database error", exc_info=exc)
        return _response(500, "internal_error", "Internal server error.")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return _response(500, "internal_error", "Internal server error.")
