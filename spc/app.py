"""HTTP routes of the reference SPC (spc-protocol.md, version 1).

Endpoints are plain `def`: FastAPI runs them in its thread pool, each with its
own SQLite connection, so concurrent requests really are concurrent and
SQLite's locks, not the event loop, decide who waits. Request bodies are read
raw and parsed here (not by pydantic), so every refusal has the protocol's
error shape and names the field.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from zoneinfo import ZoneInfo

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response

from spc import errors, payments, store
from spc.errors import ApiError, bad_request
from spc.pdf_cache import PdfCache
from spc.rules import DEFAULT_LATE_DAYS
from spc.validation import (PaymentIn, canonical_json, closed_object, is_account, is_payment_id,
                            parse_date, parse_json, parse_limit, parse_payment, parse_rfc3339,
                            path_payment_id, query_text)

SERVER_VERSION = "spc-reference 1.0.0"
MAX_BODY = 2 * 1024 * 1024
SNAPSHOT_DEFAULT, SNAPSHOT_MAX = 1000, 5000
SEARCH_DEFAULT, SEARCH_MAX = 20, 100
BATCH_MAX = 200
BATCH_KEYS = frozenset({"payments"})


async def raw_body(request: Request) -> bytes:
    # Read in the event loop (the endpoint itself runs in a thread); parsed
    # only after authentication, so a request without a token gets 401 first.
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise ApiError(413, "payload_too_large", f"The body exceeds {MAX_BODY} bytes.")
    return raw


def _json(body: dict, status: int = 200) -> JSONResponse:
    # A ready JSONResponse skips FastAPI's jsonable_encoder, which costs five
    # times the JSON encoding itself on a 5000-account snapshot page.
    return JSONResponse(body, status_code=status)


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    # Weak comparison, as RFC 9110 prescribes for If-None-Match.
    return any(tag.strip().removeprefix("W/") == etag for tag in header.split(","))


def create_app(db_path: str, timezone: str = "Asia/Almaty",
               late_days: int = DEFAULT_LATE_DAYS) -> FastAPI:
    """`late_days`: how many days after its business date a payment or its cancel is taken."""
    tz = ZoneInfo(timezone)
    pdfs = PdfCache()
    with store.opened(db_path) as conn:
        store.init_schema(conn)
        catalog = store.load_catalog(conn)

    app = FastAPI(title="Reference SPC", version=SERVER_VERSION,
                  docs_url=None, redoc_url=None, openapi_url=None)
    errors.install(app)

    def now() -> dt.datetime:
        return dt.datetime.now(tz)

    def authenticate(conn: sqlite3.Connection, request: Request) -> store.Workstation:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        ws = store.find_token(conn, token.strip()) if scheme.lower() == "bearer" and token.strip() \
            else None
        if ws is None:
            raise ApiError(401, "unauthorized", "A valid bearer token is required.",
                           headers={"WWW-Authenticate": "Bearer"})
        return ws

    def account_row(conn: sqlite3.Connection, account: str) -> sqlite3.Row:
        if not is_account(account):
            raise ApiError(400, "invalid_account", "An account number is 4 to 20 digits.",
                           "account")
        row = store.get_account(conn, account)
        if row is None:
            raise ApiError(404, "account_not_found", f"No account {account}.", "account")
        return row

    @app.get("/v1/health")
    def health():
        return _json({"status": "ok", "time": now().isoformat(timespec="seconds"),
                      "version": SERVER_VERSION})

    # Registered before /v1/accounts/{account}, which would otherwise take "snapshot".
    @app.get("/v1/accounts/snapshot")
    def snapshot(request: Request, cursor: str | None = None, limit: str | None = None,
                 updated_since: str | None = None):
        with store.opened(db_path) as conn:
            authenticate(conn, request)
            n = parse_limit(limit, SNAPSHOT_DEFAULT, SNAPSHOT_MAX)
            # The cursor is opaque to clients; it happens to be the last account sent.
            if cursor is not None and not is_account(cursor):
                raise bad_request("Unknown cursor; pass back next_cursor unchanged.", "cursor")
            since = None
            if updated_since is not None:
                t = parse_rfc3339(updated_since, "updated_since")
                since = int(t.timestamp() * 1_000_000)
            rows = store.snapshot_bodies(conn, catalog, cursor, n + 1, since)
        more = len(rows) > n
        rows = rows[:n]
        # The bodies are JSON already (made by SQLite): joined, not decoded and encoded again.
        tail = json.dumps(rows[-1][0]) if more else "null"
        page = '{"items":[' + ",".join(body for _, body in rows) + '],"next_cursor":' + tail + "}"
        return Response(page.encode("utf-8"), media_type="application/json")

    @app.get("/v1/accounts")
    def search(request: Request, address: str | None = None, limit: str | None = None):
        with store.opened(db_path) as conn:
            authenticate(conn, request)
            if address is None or not address.strip():
                raise bad_request("address (a fragment to search for) is required.", "address")
            query_text(address, "address")
            n = parse_limit(limit, SEARCH_DEFAULT, SEARCH_MAX)
            return _json({"items": store.search_accounts(conn, address.strip(), n)})

    @app.get("/v1/accounts/{account}")
    def get_account(account: str, request: Request):
        with store.opened(db_path) as conn:
            authenticate(conn, request)
            return _json(store.account_body(account_row(conn, account), catalog))

    @app.get("/v1/accounts/{account}/invoice")
    def get_invoice(account: str, request: Request):
        with store.opened(db_path) as conn:
            authenticate(conn, request)
            row = account_row(conn, account)
        etag = store.etag_of(row)
        headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
        if _etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers=headers)
        pdf = pdfs.get_or_render(etag, store.account_body(row, catalog))
        headers["Content-Disposition"] = f'inline; filename="invoice-{account}-{row["period"]}.pdf"'
        return Response(pdf, media_type="application/pdf", headers=headers)

    @app.post("/v1/payments")
    def post_payment(request: Request, raw: bytes = Depends(raw_body)):
        with store.opened(db_path) as conn:
            ws = authenticate(conn, request)
            body = parse_json(raw)
            key = request.headers.get("idempotency-key")
            if key is None or not key.strip():
                raise bad_request("The Idempotency-Key header is required.", "Idempotency-Key")
            p = parsed_or_replayed(conn, ws, body, key.strip())
            if isinstance(p, dict):
                return _json(p, 200)
            if key.strip() != p.payment_id:
                raise bad_request("Idempotency-Key must equal payment_id.", "Idempotency-Key")
            if p.workstation_id != ws.workstation_id:
                raise ApiError(403, "forbidden", "workstation_id is not the token's workstation.",
                               "workstation_id")
            status, result = payments.submit(conn, p, canonical_json(body), now(), late_days)
        return _json(result, status)

    def parsed_or_replayed(conn: sqlite3.Connection, ws: store.Workstation, body: object,
                           key: str | None) -> PaymentIn | dict:
        """The parsed payment, or the stored result of a body the parser refuses today."""
        try:
            return parse_payment(body)
        except ApiError:
            replay = payments.replay_stored(conn, body, key, ws.workstation_id) if key else None
            if replay is None:
                raise
            return replay

    @app.post("/v1/payments/batch")
    def post_batch(request: Request, raw: bytes = Depends(raw_body)):
        with store.opened(db_path) as conn:
            ws = authenticate(conn, request)
            body = parse_json(raw)
            if isinstance(body, dict):
                closed_object(body, BATCH_KEYS)
            items = body.get("payments") if isinstance(body, dict) else None
            if not isinstance(items, list) or not 1 <= len(items) <= BATCH_MAX:
                raise bad_request(f"payments must be an array of 1 to {BATCH_MAX} payments.",
                                  "payments")
            # Each item is its own transaction: an item's fate never depends on
            # its neighbours, exactly as if it had been posted alone.
            return _json({"results": [_batch_item(conn, ws, item) for item in items]})

    def _batch_item(conn: sqlite3.Connection, ws: store.Workstation, item: object) -> dict:
        pid = item.get("payment_id") if isinstance(item, dict) else None
        # Echoed only if it could be a payment_id: a result never carries garbage back.
        pid = pid if isinstance(pid, str) and is_payment_id(pid) else None
        try:
            p = parsed_or_replayed(conn, ws, item, pid)
            if isinstance(p, dict):
                r = p
            else:
                if p.workstation_id != ws.workstation_id:
                    raise ApiError(403, "forbidden",
                                   "workstation_id is not the token's workstation.",
                                   "workstation_id")
                _, r = payments.submit(conn, p, canonical_json(item), now(), late_days)
        except ApiError as exc:
            return {"payment_id": pid, "status": "rejected",
                    "replayed": False, "error": exc.body()["error"]}
        return {"payment_id": r["payment_id"], "status": "accepted", "spc_txn_id": r["spc_txn_id"],
                "registered_at": r["registered_at"], "replayed": r["replayed"]}

    @app.get("/v1/payments/{payment_id}")
    def get_payment(payment_id: str, request: Request):
        with store.opened(db_path) as conn:
            ws = authenticate(conn, request)
            return _json(payments.get(conn, path_payment_id(payment_id), ws.workstation_id))

    @app.post("/v1/payments/{payment_id}/cancel")
    def cancel_payment(payment_id: str, request: Request, raw: bytes = Depends(raw_body)):
        with store.opened(db_path) as conn:
            ws = authenticate(conn, request)
            path_payment_id(payment_id)
            req = payments.parse_cancel(parse_json(raw))
            return _json(payments.cancel(conn, payment_id, ws.workstation_id, req, now().date(),
                                         late_days))

    @app.get("/v1/registers/{business_date}")
    def get_register(business_date: str, request: Request, workstation_id: str | None = None):
        with store.opened(db_path) as conn:
            ws = authenticate(conn, request)
            parse_date(business_date, "business_date")
            if workstation_id is not None:
                query_text(workstation_id, "workstation_id")
            wanted = workstation_id if workstation_id is not None else ws.workstation_id
            if wanted != ws.workstation_id:
                raise ApiError(403, "forbidden", "The register of another workstation.",
                               "workstation_id")
            return _json(payments.register(conn, business_date, wanted))

    return app
