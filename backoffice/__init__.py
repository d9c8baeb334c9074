"""The bank's back office (backoffice-protocol.md): every desk's journal in one place.

It receives each workstation's audit chain, checks it, keeps it forever and derives the
branch view from it as it arrives. SQLAlchemy Core on PostgreSQL (production) or SQLite
(the embedded default), one code path for both. It stands alone: it imports neither the
desk (cashier/) nor the reference SPC (spc/), and is tested against the protocol.
"""
