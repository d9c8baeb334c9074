"""The branch's day close and the bank's books over HTTP (backoffice-protocol.md):

    POST /v1/branches/{branch_id}/days/{business_date}/close   branch_close.py
    GET  /v1/branches/{branch_id}/days/{business_date}         the stored close (an extension)
    GET  /v1/postings?business_date=...[&branch_id=...]        postings.py, JSON or CSV

Registered on the app by `install`, with the app's own authentication and body reading:
a request works on one pooled connection, as every other route does (app.py). A desk
asks about its own branch; another branch's is 403.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.engine import Connection, Engine

from backoffice import branch_close, postings
from backoffice.errors import bad_request, forbidden
from backoffice.tokens import Desk
from backoffice.validation import date, ident, parse_json


def _own_branch(desk: Desk, branch_id: str, what: str) -> str:
    if ident(branch_id, "branch_id") != desk.branch_id:
        raise forbidden(f"{what} of another branch: a desk's token is for its own branch "
                        f"({desk.branch_id}).", "branch_id")
    return branch_id


def install(app: FastAPI, engine: Engine, authenticate: Callable[[Connection, Request], Desk],
            raw_body: Callable) -> None:
    @app.post("/v1/branches/{branch_id}/days/{business_date}/close")
    def close_branch_day(branch_id: str, business_date: str, request: Request,
                         raw: bytes = Depends(raw_body)):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            _own_branch(desk, branch_id, "The day")
            day = date(business_date, "business_date")
            fields = branch_close.parse(parse_json(raw))
            return JSONResponse(branch_close.close(conn, branch_id, day, fields))

    @app.get("/v1/branches/{branch_id}/days/{business_date}")
    def get_branch_day(branch_id: str, business_date: str, request: Request):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            _own_branch(desk, branch_id, "The day")
            return JSONResponse(branch_close.stored(conn, branch_id,
                                                    date(business_date, "business_date")))

    @app.get("/v1/postings")
    def get_postings(request: Request, business_date: str | None = None,
                     branch_id: str | None = None):
        with engine.connect() as conn:
            desk = authenticate(conn, request)
            branch = desk.branch_id if branch_id is None else \
                _own_branch(desk, branch_id, "The postings")
            if business_date is None:
                raise bad_request("business_date (YYYY-MM-DD) is required.", "business_date")
            day = date(business_date, "business_date")
            csv_wanted = postings.wants_csv(request.headers.get("accept"))
            rows = postings.for_day(conn, day, branch)
        if csv_wanted:
            return Response(postings.as_csv(rows), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition":
                                     f'attachment; filename="postings-{branch}-{day}.csv"'})
        return Response(postings.as_json(rows, day, branch), media_type="application/json")
