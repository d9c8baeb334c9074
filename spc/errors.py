"""The protocol's one error shape, for every failure the server can produce.

Clients parse `{"error": {"code", "message", "field"}}` and nothing else, so
FastAPI's own answers (validation errors, unknown routes, wrong methods) and
unexpected exceptions are rewritten into it too.
"""

from __future__ import annotations

import logging
import re
import sqlite3

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("spc")

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
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.headers = headers

    def body(self) -> dict:
        return error_body(self.code, self.message, self.field)


# Messages and fields may quote what a client sent: control characters would
# reach a supervisor's terminal or log, and a lone surrogate cannot be encoded
# as UTF-8 at all (the error answer itself would become a 500).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MAX_FIELD = 200
_MAX_MESSAGE = 1000


def _clean(text: str, limit: int) -> str:
    text = _UNSAFE.sub("\ufffd", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def error_body(code: str, message: str, field: str | None = None) -> dict:
    return {"error": {"code": code, "message": _clean(message, _MAX_MESSAGE),
                      "field": None if field is None else _clean(field, _MAX_FIELD)}}


def bad_request(message: str, field: str | None = None) -> ApiError:
    return ApiError(400, "invalid_request", message, field)


def unprocessable(code: str, message: str, field: str | None = None) -> ApiError:
    return ApiError(422, code, message, field)


def _response(status: int, code: str, message: str, field: str | None = None,
              headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, field), status_code=status, headers=headers)


def _field_from_loc(loc: tuple) -> str | None:
    # ("body", "lines", 0, "amount") -> "lines[0].amount"; the leading source
    # (body/query/path/header) is not part of the client's field name.
    parts = [p for p in loc[1:]] if loc and loc[0] in {"body", "query", "path", "header"} else list(loc)
    text = ""
    for p in parts:
        text += f"[{p}]" if isinstance(p, int) else (f".{p}" if text else str(p))
    return text or None


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _response(exc.status, exc.code, exc.message, exc.field, exc.headers)

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

    @app.exception_handler(sqlite3.OperationalError)
    async def _busy(_: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        # A lock held past busy_timeout is transient: the protocol's 503 +
        # Retry-After tells the client to try again, which is safe because
        # every payment is idempotent.
        if "locked" in str(exc) or "busy" in str(exc):
            log.warning("database busy: %s", exc)
            return _response(503, "service_unavailable", "The server is busy; retry later.",
                             headers={"Retry-After": "1"})
        log.exception("database error")
        return _response(500, "internal_error", "Internal server error.")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return _response(500, "internal_error", "Internal server error.")
