"""The bank's internal controls at the desk. Its screening modules are pure Python that
import the kernel only (no Qt, no network, no database; the layers in pyproject.toml hold
it): the customer's IIN checked and masked (iin.py), names made comparable across Cyrillic,
Kazakh and Latin spellings (names.py), and the bank's sanctions list, loaded whole, watched
for changes and checked (sanctions.py; the file's format is docs/sanctions-list.md)."""

from cashier.controls.iin import (
    Iin,
    IinInvalid,
    Sex,
    check_digit,
    clean_iin,
    mask_iin,
    parse_iin,
    valid_iin_for,
)
from cashier.controls.names import name_key, name_tokens
from cashier.controls.sanctions import (
    Entry,
    Hit,
    ListWatcher,
    SanctionsList,
    SanctionsListError,
)

__all__ = ["Entry", "Hit", "Iin", "IinInvalid", "ListWatcher", "SanctionsList",
           "SanctionsListError", "Sex", "check_digit", "clean_iin", "mask_iin", "name_key",
           "name_tokens", "parse_iin", "valid_iin_for"]
