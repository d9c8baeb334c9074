"""HTTP routes of the back office (backoffice-protocol.md, version 1): the journal, the
anchors, presence and the branch view; people and settings (central_api.py), the
branch's day close and the postings (books_api.py) are registered from their modules.

Endpoints are plain `def`: FastAPI runs them in its thread pool, each with a pooled
connection, so requests really run side by side and the database's locks decide who
waits. Bodies are read raw and parsed here (not by pydantic), so every refusal has the
protocol's error shape and names the field.
"""

from __future__ import annotations

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Connection, Engine

from backoffice import (
    books_api,
    branch,
    central_api,
    clock,
    db,
    errors,
    journal,
    presence,
    tokens,
)
from backoffice.errors import ApiError, bad_request, forbidden
from backoffice.migrations import migrate
from backoffice.validation import date, is_ident, parse_json

SERVER_VERSION = "backoffice 1.0.0"
# 500 entries of a few hundred bytes each is well under a megabyte; the ceiling leaves
# room for large details without letting a client hold the server's memory.
MAX_BODY = 16 * 1024 * 1024


async def raw_body(request: Request) -> bytes:
    # Read in the event loop (the endpoint itself runs in a thread) and given up at the
    # ceiling, not after the whole of an endless body has been buffered.
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError(413, "payload_too_large", f"The body exceeds {MAX_BODY} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(413, "payload_too_large", f"The body exceeds {MAX_BODY} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def _json(body: dict, status: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status)


def _path_id(value: str, field: str) -> str:
    if not is_ident(value):
        raise bad_request("Expected an id: 1 to 64 of A-Z a-z 0-9 . _ : @ -.", field)
    return value


def create_app(url_or_engine: str | Engine) -> FastAPI:
    engine = url_or_engine if isinstance(url_or_engine, Engine) else db.create_engine(url_or_engine)
    migrate(engine)

    app = FastAPI(title="Back office", version=SERVER_VERSION,
                  docs_url=None, redoc_url=None, openapi_url=None)
    app.state.engine = engine
    errors.install(app)

    def authenticate(conn: Connection, request: Request) -> tokens.Desk:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        desk = None
        if scheme.lower() == "bearer" and token and len(token) <= 200:
            with db.reading(conn):
                desk = tokens.find(conn, token)
        if desk is None:
            raise ApiError(401, "unauthorized", "A valid bearer token is required.",
                           headers={"WWW-Authenticate": "Bearer"})
        return desk

    @app.get("/v1/health")
    def health():
        return _json({"status": "ok", "time": clock.stamp(), "version": SERVER_VERSION})

    @app.post("/v1/journal")
    def post_journal(request: Request, raw: bytes = Depends(raw_body)):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            entries = journal.parse_batch(parse_json(raw), desk)
            return _json(journal.ingest(conn, desk, entries))

    @app.get("/v1/anchors/{workstation_id}")
    def get_anchor(workstation_id: str, request: Request):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            if _path_id(workstation_id, "workstation_id") != desk.workstation_id:
                raise forbidden("The anchor of another workstation.", "workstation_id")
            return _json(journal.anchor(conn, desk))

    @app.post("/v1/heartbeat")
    def post_heartbeat(request: Request, raw: bytes = Depends(raw_body)):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            return _json(presence.beat(conn, desk, presence.parse(parse_json(raw), desk)))

    @app.get("/v1/branches/{branch_id}/desks")
    def get_desks(branch_id: str, request: Request, business_date: str | None = None):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            if _path_id(branch_id, "branch_id") != desk.branch_id:
                raise forbidden("The desks of another branch.", "branch_id")
            if business_date is None:
                raise bad_request("business_date (YYYY-MM-DD) is required.", "business_date")
            return _json(branch.desks(conn, branch_id, date(business_date, "business_date")))

    central_api.install(app, engine, authenticate)
    books_api.install(app, engine, authenticate, raw_body)
    return app
