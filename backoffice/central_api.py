"""GET /v1/users and GET /v1/settings: people and settings, managed once, pulled by desks.

Registered on the app by `install`, with the app's own authentication: a request works on
one pooled connection, as every other route does (app.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Connection, Engine

from backoffice import people, settings_store
from backoffice.errors import bad_request, forbidden
from backoffice.tokens import Desk
from backoffice.validation import MAX_SEQ, is_ident

_COUNT = re.compile(r"[0-9]{1,19}")


def parse_since(value: str | None) -> int:
    if value is None:
        return 0
    if not _COUNT.fullmatch(value) or int(value) > MAX_SEQ:
        raise bad_request(f"Expected a whole number from 0 to {MAX_SEQ}.", "since_version")
    return int(value)


def install(app: FastAPI, engine: Engine,
            authenticate: Callable[[Connection, Request], Desk]) -> None:
    @app.get("/v1/users")
    def get_users(request: Request, since_version: str | None = None):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            since = parse_since(since_version)
            return JSONResponse(people.changed_since(conn, since, desk.branch_id))

    @app.get("/v1/settings")
    def get_settings(request: Request, workstation_id: str | None = None):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            if workstation_id is None:
                raise bad_request("workstation_id is required.", "workstation_id")
            if not is_ident(workstation_id):
                raise bad_request("Expected an id: 1 to 64 of A-Z a-z 0-9 . _ : @ -.",
                                  "workstation_id")
            if workstation_id != desk.workstation_id:
                raise forbidden("The settings of another workstation.", "workstation_id")
            return JSONResponse(settings_store.for_desk(conn, desk.branch_id,
                                                        desk.workstation_id))
