"""What `cashier audit verify` reports about the data beside the chain: one problem each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataProblem:
    kind: str
    subject: str                  # payment_id, user_id, or "<workstation>/<date>"
    message: str
    audit_row: int | None = None  # the journal entry it was checked against
    field: str | None = None
    expected: object = None       # what the journal (or the numbering rule) says
    found: object = None          # what the database holds
    missing: tuple[int, ...] | None = None  # receipt_gap: the seqs that are not there

    def to_json(self) -> dict:
        out = {"kind": self.kind, "subject": self.subject, "message": self.message}
        for name in ("audit_row", "field", "expected", "found"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.missing is not None:
            out["missing"] = list(self.missing)
        return out
