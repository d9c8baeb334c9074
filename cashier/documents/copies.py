"""Who may make a copy of a payment's document (a receipt or a void slip).

A copy is a second piece of paper that says a payment happened, so it is made by a
signed-in teller or supervisor, re-read from the database (a person disabled since
signing in is refused), and the copy's audit entry names them.
"""

from __future__ import annotations

from cashier.identity import users


def copy_maker(ws, by: users.User | None) -> str:
    """The user id a copy is recorded under; refuses when nobody is signed in."""
    if by is None:
        raise users.AuthError("not_signed_in", "Sign in first: a copy of a receipt records who "
                              "made it.")
    users.require(by, "teller", "supervisor")
    return users.require(users.get(ws.conn, by.user_id), "teller", "supervisor").user_id


def actor_of(ws, by: users.User | None, copy: bool) -> str | None:
    """Who a document's archive and print entries name: the copy's maker, else whoever
    asked (None: the workstation's actor)."""
    if copy:
        return copy_maker(ws, by)
    return by.user_id if by is not None else None
